package org.accord.plan;

import java.util.List;
import org.accord.agreement.Priority;
import org.accord.results.OutputType;

/** A plan as the page shows it: its five priorities with their outcomes, its outputs and KPIs. */
public record PlanDetail(
    String code,
    String title,
    int firstYear,
    int lastYear,
    List<PriorityOutcomes> priorities,
    List<Output> outputs,
    List<Kpi> kpis) {

  /** A priority, with the words users read, and the plan's outcomes under it. */
  public record PriorityOutcomes(Priority priority, String label, List<Outcome> outcomes) {}

  /** One of the six output types, which cut across the priorities. */
  public record Output(OutputType type, String label) {}
}
