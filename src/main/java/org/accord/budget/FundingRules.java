package org.accord.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.accord.budget.ProposedFunding.InstalmentEntry;
import org.accord.budget.ProposedFunding.LineEntry;
import org.accord.currency.CurrencyService;
import org.accord.shared.Money;
import org.accord.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * Checks a proposal's budget and payment schedule and completes them: the programme support costs
 * are computed, a proposal without lines gets one line of other direct costs for its amount, and a
 * proposal without a schedule is paid in full on signature.
 */
@Component
public class FundingRules {

  static final int MOST_LINES = BudgetLineType.values().length * FundingSource.values().length;
  static final int MOST_INSTALMENTS = 60;
  private static final BigDecimal HUNDRED = new BigDecimal(100);

  /**
   * What the money terms are checked against: the agreement's currency, its amount when the
   * proposal states one (null when it leaves it to the budget), its dates and its number of
   * reporting periods.
   */
  public record Frame(
      String currency,
      BigDecimal amount,
      LocalDate startDate,
      LocalDate endDate,
      int reportingPeriods) {}

  private final CurrencyService currencies;
  private final BudgetPolicy policy;

  FundingRules(CurrencyService currencies, BudgetPolicy policy) {
    this.currencies = currencies;
    this.policy = policy;
  }

  /** The complete terms, or null when a violation was added (the frame's own included). */
  public FundingTerms check(ProposedFunding proposed, Frame frame, Violations violations) {
    if (frame.currency() == null || !currencies.isKnown(frame.currency())) {
      return null;
    }
    Budget budget =
        proposed.hasLines()
            ? budget(proposed, frame, violations)
            : frame.amount() == null
                ? null
                : FundingTerms.ofAmount(frame.amount(), frame.currency()).budget();
    if (budget == null) {
      return null;
    }
    List<Instalment> schedule =
        proposed.schedule() == null || proposed.schedule().isEmpty()
            ? List.of(FundingTerms.paidOnSignature(budget.partnerCash(), frame.currency()))
            : schedule(proposed.schedule(), budget.partnerCash(), frame, violations);
    return schedule == null ? null : new FundingTerms(budget, schedule);
  }

  private Budget budget(ProposedFunding proposed, Frame frame, Violations violations) {
    if (proposed.budget().size() > MOST_LINES) {
      violations.add("budget", "has at most " + MOST_LINES + " lines, one per line and source");
      return null;
    }
    String currency = frame.currency();
    List<BudgetLine> lines = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int before = violations.size();
    for (int i = 0; i < proposed.budget().size(); i++) {
      LineEntry entry = proposed.budget().get(i);
      String field = "budget[" + i + "]";
      if (entry == null) {
        violations.add(field, "must not be empty");
        continue;
      }
      violations.requirePresent(field + ".line", entry.line());
      violations.requirePresent(field + ".source", entry.source());
      if (entry.line() == BudgetLineType.PROGRAMME_SUPPORT_COSTS) {
        violations.add(field + ".line", "is computed from programmeSupportRate, not entered");
      } else if (entry.line() != null
          && entry.source() != null
          && !seen.add(entry.line() + "/" + entry.source())) {
        violations.add(field, entry.line() + " financed by " + entry.source() + " appears twice");
      }
      BigDecimal amount =
          violations.requireMoney(field + ".amount", entry.amount(), currency, false);
      String description =
          entry.source() == FundingSource.IN_KIND
              ? violations.requireText(field + ".description", entry.description(), 500)
              : optionalText(field + ".description", entry.description(), violations);
      lines.add(new BudgetLine(entry.line(), entry.source(), amount, description));
    }
    BigDecimal rate = rate(proposed.programmeSupportRate(), violations);
    if (violations.size() > before || rate == null) {
      return null;
    }
    BigDecimal directPartnerCash =
        lines.stream()
            .filter(line -> line.source() == FundingSource.PARTNER_CASH)
            .map(BudgetLine::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal support = Money.round(directPartnerCash.multiply(rate).divide(HUNDRED), currency);
    if (support.signum() > 0) {
      lines.add(
          new BudgetLine(
              BudgetLineType.PROGRAMME_SUPPORT_COSTS, FundingSource.PARTNER_CASH, support, null));
    }
    Budget budget = new Budget(currency, rate, List.copyOf(lines));
    if (directPartnerCash.signum() == 0) {
      violations.add("budget", "needs at least one line the partner's cash finances");
      return null;
    }
    if (frame.amount() != null && frame.amount().compareTo(budget.partnerCash()) != 0) {
      violations.add(
          "amount",
          "must equal the partner's cash in the budget, "
              + Money.of(budget.partnerCash(), currency)
              + " (direct costs "
              + Money.amount(directPartnerCash, currency)
              + " and programme support costs of "
              + rate.stripTrailingZeros().toPlainString()
              + "% "
              + Money.amount(support, currency)
              + "), or be left out");
      return null;
    }
    return budget;
  }

  private BigDecimal rate(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      return policy.programmeSupportRate();
    }
    BigDecimal rate = violations.requireMoney("programmeSupportRate", text, true);
    if (rate != null && rate.compareTo(HUNDRED) > 0) {
      violations.add("programmeSupportRate", "is a percentage: at most 100");
      return null;
    }
    return rate;
  }

  private List<Instalment> schedule(
      List<InstalmentEntry> entries, BigDecimal partnerCash, Frame frame, Violations violations) {
    if (entries.size() > MOST_INSTALMENTS) {
      violations.add("schedule", "has at most " + MOST_INSTALMENTS + " instalments");
      return null;
    }
    int before = violations.size();
    List<Instalment> schedule = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      InstalmentEntry entry = entries.get(i);
      String field = "schedule[" + i + "]";
      if (entry == null) {
        violations.add(field, "must not be empty");
        continue;
      }
      String currency = entry.currency() == null ? null : entry.currency().strip();
      BigDecimal amount = null;
      if (currency == null || currency.isEmpty()) {
        violations.add(field + ".currency", "is required");
      } else if (!currencies.isKnown(currency)) {
        violations.add(field + ".currency", "'" + currency + "' is not a known ISO 4217 currency");
      } else {
        amount = violations.requireMoney(field + ".amount", entry.amount(), currency, false);
      }
      violations.requirePresent(field + ".trigger", entry.trigger());
      checkTrigger(entry, field, frame, violations);
      schedule.add(
          new Instalment(
              i + 1, amount, currency, entry.trigger(), entry.dueDate(), entry.reportNumber()));
    }
    if (violations.size() > before) {
      return null;
    }
    requireSum(schedule, partnerCash, frame.currency(), violations);
    return violations.size() > before ? null : List.copyOf(schedule);
  }

  private static void checkTrigger(
      InstalmentEntry entry, String field, Frame frame, Violations violations) {
    if (entry.trigger() == InstalmentTrigger.ON_DATE) {
      LocalDate due = violations.requirePresent(field + ".dueDate", entry.dueDate());
      if (due != null
          && frame.startDate() != null
          && frame.endDate() != null
          && (due.isBefore(frame.startDate()) || due.isAfter(frame.endDate()))) {
        violations.add(
            field + ".dueDate",
            "must fall within the agreement, " + frame.startDate() + " to " + frame.endDate());
      }
    } else if (entry.dueDate() != null) {
      violations.add(field + ".dueDate", "is only for an instalment due ON_DATE");
    }
    if (entry.trigger() == InstalmentTrigger.ON_REPORT_ACCEPTED) {
      Integer report = violations.requirePresent(field + ".reportNumber", entry.reportNumber());
      if (report != null && (report < 1 || report > frame.reportingPeriods())) {
        violations.add(
            field + ".reportNumber",
            "must be the number of one of the agreement's "
                + frame.reportingPeriods()
                + " progress reports");
      }
    } else if (entry.reportNumber() != null) {
      violations.add(field + ".reportNumber", "is only for an instalment due ON_REPORT_ACCEPTED");
    }
  }

  /**
   * The instalments add up to the partner's cash. Those in another currency count at today's rate,
   * each rounded to the agreement currency's minor unit, so each may be off by that unit.
   */
  private void requireSum(
      List<Instalment> schedule, BigDecimal partnerCash, String currency, Violations violations) {
    BigDecimal sum = BigDecimal.ZERO;
    int converted = 0;
    for (Instalment instalment : schedule) {
      sum = sum.add(currencies.convert(instalment.amount(), instalment.currency(), currency));
      converted += instalment.currency().equals(currency) ? 0 : 1;
    }
    BigDecimal allowed =
        BigDecimal.ONE
            .movePointLeft(Money.minorUnits(currency))
            .multiply(BigDecimal.valueOf(converted));
    BigDecimal difference = sum.subtract(partnerCash);
    if (difference.abs().compareTo(allowed) > 0) {
      violations.add(
          "schedule",
          "the instalments come to "
              + Money.of(sum, currency)
              + (converted > 0 ? " at today's exchange rates" : "")
              + ", the partner's cash contribution is "
              + Money.of(partnerCash, currency)
              + ": "
              + Money.amount(difference.abs(), currency)
              + (difference.signum() < 0 ? " short" : " too much"));
    }
  }

  private static String optionalText(String field, String text, Violations violations) {
    return text == null || text.isBlank() ? null : violations.requireText(field, text, 500);
  }
}
