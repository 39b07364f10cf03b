package org.accord.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.accord.results.IndicatorPlan;
import org.accord.results.KpiLink;
import org.accord.results.KpiLinks;
import org.accord.results.Measure;
import org.accord.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * Whether an agreement's indicator may add to a KPI: the KPI exists, and its contribution rule fits
 * how the indicator is measured. A count adds up to a count; a percentage is averaged, weighted by
 * the base the link states; countries are counted once, from indicators counted in countries.
 */
@Component
class KpiLinkRules implements KpiLinks {

  private static final BigDecimal LARGEST_BASE = new BigDecimal("1000000000000000");

  private final PlanService plans;

  KpiLinkRules(PlanService plans) {
    this.plans = plans;
  }

  @Override
  public void check(IndicatorPlan indicator, String field, Violations violations) {
    KpiLink link = indicator.kpi();
    // Codes are matched as given: the link is stored as given.
    String plan = link.plan();
    String code = link.code();
    violations.requireText(field + ".plan", plan, 20);
    violations.requireText(field + ".code", code, 20);
    if (plan == null || plan.isBlank() || code == null || code.isBlank()) {
      return;
    }
    if (!plans.exists(plan)) {
      violations.add(field + ".plan", "no plan " + plan);
      return;
    }
    Optional<Kpi> found = plans.kpi(plan, code);
    if (found.isEmpty()) {
      violations.add(
          field + ".code",
          "plan " + plan + " has no KPI " + code + "; its KPIs are " + plans.kpiCodes(plan));
      return;
    }
    Kpi kpi = found.get();
    String misfit = misfit(kpi, indicator);
    if (misfit != null) {
      violations.add(field, misfit);
    }
    checkBase(kpi, link.base(), field + ".base", violations);
  }

  /** What does not fit, or null. */
  private static String misfit(Kpi kpi, IndicatorPlan indicator) {
    String what = "KPI " + kpi.code() + " (" + kpi.unit() + ") ";
    boolean percentage = indicator.measureOrDefault() == Measure.PERCENTAGE;
    return switch (kpi.rule()) {
      case SUM ->
          percentage
              ? what + "adds values up: a percentage cannot be added to it; link a count"
              : null;
      case WEIGHTED_AVERAGE ->
          percentage
              ? null
              : what + "averages percentages: link an indicator measured as a PERCENTAGE";
      case DISTINCT_COUNTRIES ->
          indicator.countsCountries()
              ? null
              : what
                  + "counts each country reached once: link an indicator counted in '"
                  + IndicatorPlan.COUNTRIES
                  + "'";
    };
  }

  private static void checkBase(Kpi kpi, BigDecimal base, String field, Violations violations) {
    if (kpi.rule() != ContributionRule.WEIGHTED_AVERAGE) {
      if (base != null) {
        violations.add(
            field,
            "only a KPI averaged by WEIGHTED_AVERAGE weighs by a base; KPI "
                + kpi.code()
                + " is "
                + kpi.rule());
      }
    } else if (base == null) {
      violations.add(
          field,
          "is required: KPI "
              + kpi.code()
              + " averages percentages weighted by each agreement's"
              + " base (the people its percentage is of, say)");
    } else if (base.signum() <= 0) {
      violations.add(field, "must be more than zero");
    } else if (base.compareTo(LARGEST_BASE) >= 0 || base.stripTrailingZeros().scale() > 4) {
      violations.add(field, "must be less than 10^15 with at most four decimal places");
    }
  }
}
