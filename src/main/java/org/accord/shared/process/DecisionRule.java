package org.accord.shared.process;

import java.util.Set;

/**
 * What completing a user task must carry: a decision from a closed set, and a comment for the
 * decisions that send work back or stop it. Forms guide the user; this rule holds for every client,
 * engine-rest included.
 */
public record DecisionRule(
    String taskKey,
    String decisionVariable,
    Set<String> allowedDecisions,
    String commentVariable,
    Set<String> decisionsNeedingComment) {

  public static DecisionRule of(String taskKey, String decisionVariable, String... allowed) {
    return new DecisionRule(taskKey, decisionVariable, Set.of(allowed), null, Set.of());
  }

  /** The comment is required with these decisions, to tell the next person why. */
  public DecisionRule commentRequiredFor(String commentVariable, String... decisions) {
    return new DecisionRule(
        taskKey, decisionVariable, allowedDecisions, commentVariable, Set.of(decisions));
  }
}
