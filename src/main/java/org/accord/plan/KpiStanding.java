package org.accord.plan;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Region;

/**
 * Where the plan stands on its KPIs in a year: each KPI's target in force, its actual by its
 * contribution rule from the accepted reports of the agreements linked to it, and the same by
 * region and by initiative (agreements of no initiative are in no initiative's part). An actual is
 * null while no accepted report has contributed.
 */
public record KpiStanding(String plan, int year, LocalDate targetsAsOf, List<KpiYear> kpis) {

  /** A KPI in the year; {@code achieved} is the actual as a percentage of the target. */
  public record KpiYear(
      String code,
      String name,
      String unit,
      String outcome,
      ContributionRule rule,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseline,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal target,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actual,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal achieved,
      long agreements,
      List<Part> byRegion,
      List<InitiativePart> byInitiative) {}

  /** What the agreements of one region contributed, by the same rule. */
  public record Part(
      Region region,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actual,
      long agreements) {}

  /** What the agreements of one initiative contributed, by the same rule. */
  public record InitiativePart(
      String initiative,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actual,
      long agreements) {}
}
