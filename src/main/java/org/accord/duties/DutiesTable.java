package org.accord.duties;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * What the table answered, for the version of it deployed: its answer depends on the two duties
   * alone. The FEEL engine parses every input entry of every rule on each evaluation, which made
   * the table a tenth of the processor time of Accord's lifecycle ({@code ./mvnw -Pbench verify
   * -Dbench.only=lifecycle}, JFR samples).
   */
  private volatile Answers answers = new Answers(null, Map.of());

  private record Answers(DmnDecision table, Map<String, Optional<Exclusion>> byDuties) {

    Optional<Exclusion> row(DmnEngine dmn, String duty, String earlierDuty) {
      return byDuties.computeIfAbsent(
          duty + "\n" + earlierDuty, key -> evaluate(dmn, table, duty, earlierDuty));
    }
  }

  public DutiesTable(DmnEngine dmn, Supplier<DmnDecision> decision) {
    this.dmn = dmn;
    this.decision = decision;
  }

  /** The rule that bars one person from doing both duties, in either order. */
  public Optional<Exclusion> between(String duty, String otherDuty) {
    Answers current = answersOf(decision.get());
    return current.row(dmn, duty, otherDuty).or(() -> current.row(dmn, otherDuty, duty));
  }

  /** Those of the deployed table; a new version of it is asked afresh. */
  private Answers answersOf(DmnDecision table) {
    Answers current = answers;
    if (current.table() != table) {
      current = new Answers(table, new ConcurrentHashMap<>());
      answers = current;
    }
    return current;
  }

  private static Optional<Exclusion> evaluate(
      DmnEngine dmn, DmnDecision table, String duty, String earlierDuty) {
    DmnDecisionResultEntries hit =
        dmn.evaluateDecision(table, Map.of("duty", duty, "earlierDuty", earlierDuty))
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
