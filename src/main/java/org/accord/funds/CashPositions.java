package org.accord.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.budget.Budget;
import org.accord.currency.CurrencyService;
import org.accord.funds.persistence.SettlementMapper;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.reporting.LineSpending;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportAccepted;
import org.accord.security.Roles;
import org.accord.shared.Money;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * What each agreement has in hand: received less spent. A report accepted while more was spent than
 * received is accepted, and finance is told in the same transaction.
 */
@Service
public class CashPositions {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final AgreementService agreements;
  private final Receipts receipts;
  private final ProgressReports reports;
  private final CurrencyService currencies;
  private final NotificationService notifications;
  private final Audience audience;
  private final SettlementMapper settlements;

  CashPositions(
      AgreementService agreements,
      Receipts receipts,
      ProgressReports reports,
      CurrencyService currencies,
      NotificationService notifications,
      Audience audience,
      SettlementMapper settlements) {
    this.agreements = agreements;
    this.receipts = receipts;
    this.reports = reports;
    this.currencies = currencies;
    this.notifications = notifications;
    this.audience = audience;
    this.settlements = settlements;
  }

  public CashPosition of(String reference) {
    Agreement agreement = agreements.require(reference);
    String currency = agreement.currency();
    BigDecimal received =
        receipts.list(reference).stream()
            .filter(receipt -> !receipt.isReversed())
            .map(
                receipt ->
                    currencies.convert(
                        receipt.amount(), receipt.currency(), currency, receipt.valueDate()))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    List<PeriodReport> periods = reports.reports(agreement);
    BigDecimal spent = PeriodReport.spent(periods);
    Budget terms = agreements.fundingTerms(reference).budget();
    BigDecimal budget = terms.partnerCash();
    BigDecimal refunded =
        Money.round(
            settlements.find(agreement.id()).map(Settlement::refunded).orElse(BigDecimal.ZERO),
            currency);
    return new CashPosition(
        currency,
        budget,
        received,
        spent,
        refunded,
        received.subtract(spent).subtract(refunded),
        spent.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_EVEN),
        LineSpending.of(terms, periods));
  }

  @EventListener
  public void reportAccepted(ReportAccepted accepted) {
    Agreement agreement = accepted.agreement();
    CashPosition cash = of(agreement.reference());
    if (!cash.isOverspent()) {
      return;
    }
    Map<String, Object> model = new HashMap<>();
    model.put("reference", agreement.reference());
    model.put("title", agreement.title());
    model.put("period", String.valueOf(accepted.period()));
    model.put("spent", new Amount(cash.spent(), cash.currency()));
    model.put("received", new Amount(cash.received(), cash.currency()));
    model.put("balance", new Amount(cash.balance().negate(), cash.currency()));
    notifications.queue(
        new Message(
            "overspent:" + agreement.reference() + ":" + accepted.period(),
            "funds-overspent",
            agreement.reference(),
            audience.ofGroups(List.of(Roles.FINANCE)),
            model));
  }
}
