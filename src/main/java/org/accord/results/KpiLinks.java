package org.accord.results;

import org.accord.shared.Violations;

/**
 * Checks an indicator's link to a KPI: that the KPI exists and that its contribution rule fits the
 * indicator (a percentage is not added to a count). The plan, which knows its KPIs, implements it;
 * the results framework only holds the link.
 */
public interface KpiLinks {

  /**
   * Adds a violation under {@code field} (the link: {@code ...indicators[n].kpi}) when it is wrong.
   */
  void check(IndicatorPlan indicator, String field, Violations violations);
}
