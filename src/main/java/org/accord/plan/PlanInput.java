package org.accord.plan;

import java.math.BigDecimal;
import java.util.Map;

/** What managers send: the requests' bodies, checked field by field by {@link PlanService}. */
public final class PlanInput {

  private PlanInput() {}

  /** A new plan period. */
  public record NewPlan(String code, String title, Integer firstYear, Integer lastYear) {}

  /** A plan's title and period, changed. */
  public record PlanUpdate(String title, Integer firstYear, Integer lastYear) {}

  /** An outcome under a priority (a constant of {@code Priority}). */
  public record OutcomeInput(String code, String priority, String statement, Boolean placeholder) {}

  /**
   * A KPI as a whole; {@code code} only when adding one ({@code POST}), the path names it on {@code
   * PUT}. Targets by year, e.g. {@code {"2026": 10, "2027": 20}}.
   */
  public record KpiInput(
      String code,
      String name,
      String unit,
      BigDecimal baseline,
      String outcome,
      String rule,
      Boolean placeholder,
      Map<Integer, BigDecimal> targets) {}
}
