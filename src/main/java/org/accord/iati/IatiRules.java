package org.accord.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.iati.IatiActivity.ActivityDate;
import org.accord.iati.IatiActivity.Budget;
import org.accord.iati.IatiActivity.CountryShare;
import org.accord.iati.IatiActivity.Sector;

/**
 * The main rules of the IATI Standard ruleset that the schema cannot check: the identifier starts
 * with the reporting organisation's, starts come before ends, a budget period lasts at most a year,
 * and percentages of countries and of each sector vocabulary add up to 100.
 */
public final class IatiRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private IatiRules() {}

  /** What the activity breaks, in words; empty when it keeps every rule. */
  public static List<String> violations(IatiActivity activity) {
    List<String> violations = new ArrayList<>();
    String prefix = activity.reportingOrg().ref() + "-";
    if (!activity.identifier().startsWith(prefix)) {
      violations.add("iati-identifier " + activity.identifier() + " does not start with " + prefix);
    }
    order(violations, date(activity, "1"), date(activity, "3"), "planned start", "planned end");
    order(violations, date(activity, "2"), date(activity, "4"), "actual start", "actual end");
    for (Budget budget : activity.budgets()) {
      if (budget.end().isBefore(budget.start())) {
        violations.add("budget period " + budget.start() + " ends before it starts");
      } else if (ChronoUnit.DAYS.between(budget.start(), budget.end().plusDays(1))
          > ChronoUnit.DAYS.between(budget.start(), budget.start().plusYears(1))) {
        violations.add(
            "budget period " + budget.start() + " to " + budget.end() + " is longer than a year");
      }
    }
    if (!activity.countries().isEmpty()) {
      hundred(
          violations,
          activity.countries().stream()
              .map(CountryShare::percentage)
              .reduce(BigDecimal.ZERO, BigDecimal::add),
          "recipient-country percentages");
    }
    Map<String, BigDecimal> byVocabulary =
        activity.sectors().stream()
            .collect(
                Collectors.groupingBy(
                    Sector::vocabulary,
                    Collectors.reducing(BigDecimal.ZERO, Sector::percentage, BigDecimal::add)));
    byVocabulary.forEach(
        (vocabulary, sum) ->
            hundred(violations, sum, "sector percentages of vocabulary " + vocabulary));
    return violations;
  }

  private static Optional<LocalDate> date(IatiActivity activity, String type) {
    return activity.dates().stream()
        .filter(date -> date.type().equals(type))
        .map(ActivityDate::date)
        .findFirst();
  }

  private static void order(
      List<String> violations,
      Optional<LocalDate> start,
      Optional<LocalDate> end,
      String startName,
      String endName) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      violations.add(endName + " " + end.get() + " is before " + startName + " " + start.get());
    }
  }

  private static void hundred(List<String> violations, BigDecimal sum, String what) {
    if (sum.compareTo(HUNDRED) != 0) {
      violations.add(what + " add up to " + sum.toPlainString() + ", not 100");
    }
  }
}
