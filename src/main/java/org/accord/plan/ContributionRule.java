package org.accord.plan;

/**
 * How agreements' values add up to a KPI's actual (DESIGN.md): values are summed, countries reached
 * are counted once, or a percentage is averaged weighted by a stated base. The rule has to fit the
 * KPI's unit ({@link KpiUnits}).
 */
public enum ContributionRule {
  SUM,
  DISTINCT_COUNTRIES,
  WEIGHTED_AVERAGE
}
