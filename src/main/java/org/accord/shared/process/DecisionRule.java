package org.accord.shared.process;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What completing a user task must carry: a decision from a closed set, and a comment for the
 * decisions that send work back or stop it. Forms guide the user; this rule holds for every client,
 * engine-rest included.
 *
 * <p>Each feature declares its rules as beans named {@code <decision>Rule}, never like the decision
 * variable: an expression's name is a bean whenever the variable is not set, so a condition such as
 * {@code ${screeningDecision == 'ACCEPT'}} would compare the rule instead of failing. {@code
 * ProcessModelTest} refuses a bean named like a process variable.
 */
public record DecisionRule(
    String taskKey,
    String decisionVariable,
    Map<String, Verdict> verdicts,
    String commentVariable,
    Set<String> decisionsNeedingComment) {

  /** The task completes with one of these decisions, and a comment where the decision needs one. */
  public static <E extends Enum<E> & DecisionValue> DecisionRule of(
      String taskKey, String decisionVariable, Class<E> decisions, String commentVariable) {
    E[] values = decisions.getEnumConstants();
    return new DecisionRule(
        taskKey,
        decisionVariable,
        Arrays.stream(values)
            .collect(Collectors.toUnmodifiableMap(Enum::name, DecisionValue::verdict)),
        commentVariable,
        Arrays.stream(values)
            .filter(DecisionValue::needsComment)
            .map(Enum::name)
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** The task is a signature: it completes signed ({@code true}), with the signatory's name. */
  public static DecisionRule signature(
      String taskKey, String signedVariable, String signatoryVariable) {
    return new DecisionRule(
        taskKey,
        signedVariable,
        Map.of("true", Verdict.RECORDED),
        signatoryVariable,
        Set.of("true"));
  }

  public Set<String> allowedDecisions() {
    return verdicts.keySet();
  }

  /** The verdicts of every rule's decisions, by task key and decision. */
  public static Map<String, Map<String, Verdict>> byTask(Iterable<DecisionRule> rules) {
    return StreamSupport.stream(rules.spliterator(), false)
        .collect(Collectors.toMap(DecisionRule::taskKey, DecisionRule::verdicts));
  }
}
