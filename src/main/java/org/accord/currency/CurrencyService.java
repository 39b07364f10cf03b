package org.accord.currency;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.accord.audit.AuditTrail;
import org.accord.currency.persistence.ExchangeRateMapper;
import org.accord.shared.ConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Converts amounts with the exchange rate in force at a date: rates are kept per currency and
 * effective date, never overwritten, so that a conversion made once can be made again with the same
 * result. Administrators record rates one by one; finance imports the UN operational rates.
 */
@Service
public class CurrencyService {

  /**
   * What {@link #importOperationalRates} recorded, and how many of its rates were there already.
   */
  public record RateImport(int recorded, int alreadyRecorded, List<ExchangeRate> rates) {}

  private static final BigDecimal MAX_USD_PER_UNIT = new BigDecimal("10000000000");
  private static final int USD_PER_UNIT_DECIMALS = 10;

  private final ExchangeRateMapper rates;
  private final AuditTrail audit;
  private final Clock clock;

  CurrencyService(ExchangeRateMapper rates, AuditTrail audit, Clock clock) {
    this.rates = rates;
    this.audit = audit;
    this.clock = clock;
  }

  /** A currency is known when it is an ISO 4217 code and has a rate, in force now or later. */
  public boolean isKnown(String currency) {
    return isIso4217(currency) && rates.firstEffectiveDate(currency).isPresent();
  }

  /**
   * A sum of money in a known currency, as a proposal's or a receipt's: the currency field named
   * when it is missing, not ISO 4217 or without a rate, the amount field when it is not a positive
   * decimal with the currency's minor units. The amount, or null with the violation.
   */
  public BigDecimal requireMoney(
      Violations violations,
      String amountField,
      String amount,
      String currencyField,
      String currency) {
    String code = currency == null ? "" : currency.strip();
    if (code.isEmpty() || !isKnown(code)) {
      violations.add(
          currencyField,
          code.isEmpty() ? "is required" : "'" + code + "' is not a known ISO 4217 currency");
      violations.requireMoney(amountField, amount, false);
      return null;
    }
    return violations.requireMoney(amountField, amount, code, false);
  }

  /** The USD equivalent at today's rate, to the cent (banker's rounding, as for accounting). */
  public BigDecimal toUsd(BigDecimal amount, String currency) {
    return usd(amount, rateOn(currency, today(), "currency"));
  }

  /** The USD equivalent at the rate in force on the date (400 naming {@code valueDate} if none). */
  public BigDecimal toUsd(BigDecimal amount, String currency, LocalDate date) {
    return usd(amount, rateOn(currency, date));
  }

  /**
   * The amount in another currency at today's rates, through their US-dollar rates, to the target's
   * minor units. The same currency converts to itself exactly.
   */
  public BigDecimal convert(BigDecimal amount, String from, String to) {
    return convert(amount, from, to, today(), "currency");
  }

  /** As {@link #convert(BigDecimal, String, String)}, at the rates in force on the date. */
  public BigDecimal convert(BigDecimal amount, String from, String to, LocalDate date) {
    return convert(amount, from, to, date, "valueDate");
  }

  /**
   * The currency's rate in force on the date, for a record that must say which rate it used: 400
   * naming {@code currency} when the currency has no rate at all, {@code valueDate} when none is in
   * force yet on that date.
   */
  public ExchangeRate rateOn(String currency, LocalDate date) {
    return rateOn(currency, date, "valueDate");
  }

  /** Each currency's rate in force on the date. */
  public List<ExchangeRate> inForceOn(LocalDate date) {
    return rates.allInForce(date);
  }

  public List<ExchangeRate> inForceToday() {
    return inForceOn(today());
  }

  /** Every rate of the currency, the latest effective first. */
  public List<ExchangeRate> history(String currency) {
    requireIso4217(currency);
    List<ExchangeRate> history = rates.history(currency);
    if (history.isEmpty()) {
      throw new NotFoundException("No exchange rate has been recorded for " + currency);
    }
    return history;
  }

  /**
   * Records a rate an administrator sets, in force from the date given or from today. A currency
   * whose rate for that date is recorded already keeps it: the same value again is accepted as it
   * is, another one is a conflict.
   */
  @Transactional
  public ExchangeRate record(
      String currency, BigDecimal usdPerUnit, LocalDate effectiveDate, String recordedBy) {
    Violations violations = new Violations();
    if (!isIso4217(currency)) {
      violations.add("currency", "'" + currency + "' is not an ISO 4217 code");
    }
    if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
      violations.add("usdPerUnit", "must be a positive decimal");
    } else if (usdPerUnit.stripTrailingZeros().scale() > USD_PER_UNIT_DECIMALS) {
      violations.add("usdPerUnit", "must have at most 10 decimal places");
    } else if (usdPerUnit.compareTo(MAX_USD_PER_UNIT) >= 0) {
      violations.add("usdPerUnit", "must be less than 10,000,000,000");
    } else if ("USD".equals(currency) && usdPerUnit.compareTo(BigDecimal.ONE) != 0) {
      violations.add("usdPerUnit", "the US dollar is worth 1 US dollar");
    }
    violations.throwIfAny();
    ExchangeRate rate =
        new ExchangeRate(
            currency,
            usdPerUnit,
            null,
            effectiveDate == null ? today() : effectiveDate,
            RateSource.MANUAL,
            OffsetDateTime.now(clock),
            recordedBy);
    Recorded recorded = recordOnce(rate);
    if (!recorded.stored().sameValueAs(rate)) {
      throw new ConflictException(conflict(recorded.stored()));
    }
    return recorded.stored();
  }

  /**
   * Imports a table of the UN operational rates of exchange ({@link OperationalRatesCsv}): all of
   * it or, if any line is wrong or contradicts a rate recorded for the same currency and date,
   * nothing. Rates recorded already with the same value are left as they are, so importing a table
   * twice is harmless.
   */
  @Transactional
  public RateImport importOperationalRates(InputStream csv, String importedBy) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<ExchangeRate> recorded = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    int already = 0;
    for (OperationalRatesCsv.Line line : OperationalRatesCsv.read(csv)) {
      ExchangeRate rate =
          new ExchangeRate(
              line.currency(),
              // For reading only: conversions divide by the units per dollar as given.
              BigDecimal.ONE.divide(
                  line.unitsPerUsd(), USD_PER_UNIT_DECIMALS, RoundingMode.HALF_EVEN),
              line.unitsPerUsd(),
              line.effectiveDate(),
              RateSource.UN_OPERATIONAL,
              now,
              importedBy);
      Recorded outcome = recordOnce(rate);
      if (outcome.isNew()) {
        recorded.add(outcome.stored());
      } else if (outcome.stored().sameValueAs(rate)) {
        already++;
      } else {
        conflicts.add("line " + line.number() + ": " + conflict(outcome.stored()));
      }
    }
    if (!conflicts.isEmpty()) {
      // Thrown out of the transaction: the rates this import recorded before are rolled back.
      throw new ConflictException(
          "Nothing was imported: " + String.join("; ", conflicts.stream().limit(20).toList()));
    }
    return new RateImport(recorded.size(), already, List.copyOf(recorded));
  }

  private record Recorded(ExchangeRate stored, boolean isNew) {}

  /** The rate recorded, audited with the rate it succeeds on its date; or the one there already. */
  private Recorded recordOnce(ExchangeRate rate) {
    ExchangeRate before = rates.inForce(rate.currency(), rate.effectiveDate()).orElse(null);
    if (rates.insertIfAbsent(rate) == 0) {
      return new Recorded(
          rates.recordedFor(rate.currency(), rate.effectiveDate()).orElseThrow(), false);
    }
    ExchangeRate stored = rates.recordedFor(rate.currency(), rate.effectiveDate()).orElseThrow();
    audit.recordAs(
        rate.updatedBy(), "EXCHANGE_RATE", rate.currency(), null, "RECORDED", before, stored);
    return new Recorded(stored, true);
  }

  private static String conflict(ExchangeRate existing) {
    return "%s already has a rate effective %s (%s, recorded by %s on %s): rates are never overwritten; record a correction with another effective date"
        .formatted(
            existing.currency(),
            existing.effectiveDate(),
            existing.unitsPerUsd() == null
                ? existing.usdPerUnit().stripTrailingZeros().toPlainString() + " USD per unit"
                : existing.unitsPerUsd().stripTrailingZeros().toPlainString() + " per USD",
            existing.updatedBy(),
            existing.updatedAt().toLocalDate());
  }

  private static BigDecimal usd(BigDecimal amount, ExchangeRate rate) {
    return rate.usdOf(amount).setScale(2, RoundingMode.HALF_EVEN);
  }

  private BigDecimal convert(
      BigDecimal amount, String from, String to, LocalDate date, String dateField) {
    if (from.equals(to)) {
      return amount;
    }
    ExchangeRate source = rateOn(from, date, dateField);
    return Money.round(source.convertTo(amount, rateOn(to, date, dateField)), to);
  }

  private ExchangeRate rateOn(String currency, LocalDate date, String dateField) {
    return rates
        .inForce(currency, date)
        .orElseThrow(
            () ->
                rates
                    .firstEffectiveDate(currency)
                    .map(
                        first ->
                            new InvalidInputException(
                                dateField,
                                "no exchange rate for %s is in force on %s: its first is effective from %s"
                                    .formatted(currency, date, first)))
                    .orElseGet(
                        () ->
                            new InvalidInputException(
                                "currency", "no exchange rate for " + currency)));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void requireIso4217(String currency) {
    if (!isIso4217(currency)) {
      throw new InvalidInputException("currency", "'" + currency + "' is not an ISO 4217 code");
    }
  }

  static boolean isIso4217(String code) {
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
