package org.accord.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.accord.audit.AuditTrail;
import org.accord.currency.persistence.ExchangeRateMapper;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts amounts to their US-dollar equivalent with the rates table the application ships and
 * administrators keep current.
 */
@Service
public class CurrencyService {

  private final ExchangeRateMapper rates;
  private final AuditTrail audit;

  CurrencyService(ExchangeRateMapper rates, AuditTrail audit) {
    this.rates = rates;
    this.audit = audit;
  }

  /** A currency is known when it is an ISO 4217 code and the rates table has a rate for it. */
  public boolean isKnown(String currency) {
    return isIso4217(currency) && rates.find(currency).isPresent();
  }

  /** The USD equivalent, to the cent (banker's rounding, as for any accounting conversion). */
  public BigDecimal toUsd(BigDecimal amount, String currency) {
    return amount.multiply(rateOf(currency).usdPerUnit()).setScale(2, RoundingMode.HALF_EVEN);
  }

  /**
   * The amount in another currency, through their US-dollar rates, to the target's minor units. The
   * same currency converts to itself exactly.
   */
  public BigDecimal convert(BigDecimal amount, String from, String to) {
    if (from.equals(to)) {
      return amount;
    }
    BigDecimal usd = amount.multiply(rateOf(from).usdPerUnit());
    return Money.round(usd.divide(rateOf(to).usdPerUnit(), MathContext.DECIMAL64), to);
  }

  private ExchangeRate rateOf(String currency) {
    return rates
        .find(currency)
        .orElseThrow(
            () -> new InvalidInputException("currency", "no exchange rate for " + currency));
  }

  public List<ExchangeRate> all() {
    return rates.findAll();
  }

  public Optional<ExchangeRate> find(String currency) {
    return rates.find(currency);
  }

  @Transactional
  public ExchangeRate update(String currency, BigDecimal usdPerUnit, String updatedBy) {
    if (!isIso4217(currency)) {
      throw new InvalidInputException("currency", "'" + currency + "' is not an ISO 4217 code");
    }
    if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
      throw new InvalidInputException("usdPerUnit", "must be a positive decimal");
    }
    Optional<ExchangeRate> before = rates.find(currency);
    rates.upsert(currency, usdPerUnit, updatedBy);
    ExchangeRate after = rates.find(currency).orElseThrow();
    audit.recordAs(
        updatedBy, "EXCHANGE_RATE", currency, null, "UPDATED", before.orElse(null), after);
    return after;
  }

  private static boolean isIso4217(String code) {
    if (code == null || !code.matches("[A-Z]{3}")) {
      return false;
    }
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException notIso) {
      return false;
    }
  }
}
