package org.accord.plan;

import java.util.Locale;
import org.accord.results.IndicatorPlan;

/**
 * Which unit fits which contribution rule. A percentage is written {@code %} and only averages
 * ({@link ContributionRule#WEIGHTED_AVERAGE}); countries reached are counted in {@code countries}
 * ({@link ContributionRule#DISTINCT_COUNTRIES}); any other unit is a count or quantity (people
 * trained, policies adopted, USD) and adds up ({@link ContributionRule#SUM}).
 */
public final class KpiUnits {

  public static final String PERCENT = "%";
  public static final String COUNTRIES = IndicatorPlan.COUNTRIES;

  private KpiUnits() {}

  public static boolean isPercentage(String unit) {
    return PERCENT.equals(unit);
  }

  /** Null when the rule fits the unit, or what is wrong, to name beside the field {@code rule}. */
  static String misfit(ContributionRule rule, String unit) {
    boolean countries = COUNTRIES.equals(unit.toLowerCase(Locale.ROOT));
    return switch (rule) {
      case WEIGHTED_AVERAGE ->
          isPercentage(unit) ? null : "WEIGHTED_AVERAGE needs the percentage unit '%'";
      case DISTINCT_COUNTRIES -> countries ? null : "DISTINCT_COUNTRIES needs the unit 'countries'";
      case SUM ->
          isPercentage(unit)
              ? "SUM needs a count or quantity, not a percentage: use WEIGHTED_AVERAGE for '%'"
              : null;
    };
  }
}
