package org.accord.duties;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;

/**
 * The separation-of-duties table, the DMN decision {@code separation-of-duties}. It is evaluated by
 * the DMN engine alone: a completion asks it a few dozen times, and recording each evaluation in
 * the engine's history would add more rows than the completion itself writes.
 */
public class DutiesTable {

  public static final String DECISION_KEY = "separation-of-duties";

  private final DmnEngine dmn;
  private final Supplier<DmnDecision> decision;

  public DutiesTable(DmnEngine dmn, Supplier<DmnDecision> decision) {
    this.dmn = dmn;
    this.decision = decision;
  }

  /** The rule that bars one person from doing both duties, in either order. */
  public Optional<Exclusion> between(String duty, String otherDuty) {
    return row(duty, otherDuty).or(() -> row(otherDuty, duty));
  }

  private Optional<Exclusion> row(String duty, String earlierDuty) {
    DmnDecisionResultEntries hit =
        dmn.evaluateDecision(decision.get(), Map.of("duty", duty, "earlierDuty", earlierDuty))
            .getFirstResult();
    if (hit == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Exclusion(
            hit.getEntry("rule"),
            Scope.valueOf(hit.<String>getEntry("scope")),
            hit.getEntry("explanation")));
  }
}
