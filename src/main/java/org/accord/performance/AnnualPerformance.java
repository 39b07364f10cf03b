package org.accord.performance;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.reporting.Lesson;
import org.accord.results.OutputType;

/**
 * A plan year as the annual performance report states it: the targets in force at the end of the
 * year (or today, for the year under way), and what the agreements did against them.
 */
public record AnnualPerformance(
    String plan,
    String title,
    int year,
    LocalDate targetsAsOf,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal mobilizedUsd,
    List<PriorityYear> priorities,
    List<OutputYear> outputs) {

  /**
   * The report as it is published to every partner: the totals and counts, with no agreement named
   * (each KPI says how many contributed, not which) and without the lessons learned, each of which
   * is one agreement's.
   */
  public AnnualPerformance forPartners() {
    return new AnnualPerformance(
        plan,
        title,
        year,
        targetsAsOf,
        mobilizedUsd,
        priorities.stream()
            .map(
                priority ->
                    new PriorityYear(
                        priority.priority(),
                        priority.label(),
                        priority.outcomes(),
                        priority.kpis().stream()
                            .map(
                                line ->
                                    new KpiLine(
                                        line.kpi(),
                                        line.contributors(),
                                        List.of(),
                                        line.initiatives()))
                            .toList(),
                        priority.mobilizedUsd(),
                        List.of()))
            .toList(),
        outputs);
  }

  /** A priority's outcomes and KPIs, the money received for it and the lessons recorded. */
  public record PriorityYear(
      Priority priority,
      String label,
      List<Outcome> outcomes,
      List<KpiLine> kpis,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal mobilizedUsd,
      List<Lesson> lessons) {}

  /**
   * A KPI in the year, the first agreements (by reference) that contributed to it, and the
   * initiatives they belong to.
   */
  public record KpiLine(
      KpiYear kpi, long contributors, List<String> agreements, List<String> initiatives) {}

  /**
   * How many agreements of an output type had a report accepted for a period ending in the year.
   */
  public record OutputYear(OutputType type, String label, long agreements) {}
}
