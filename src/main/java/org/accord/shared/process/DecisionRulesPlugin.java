package org.accord.shared.process;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Checks each user task's decision when it is completed, whatever the client: a value outside the
 * task's closed set, or a missing comment where one is required, is refused with a 400 from
 * engine-rest and Tasklist, and the task stays open. Without it, a stray value would leave the
 * process stuck at a gateway with no way out.
 */
@Component
public class DecisionRulesPlugin extends UserTaskPlugin {

  private final Map<String, DecisionRule> rules;

  /** Public for the process tests, which run the processes with the rules production holds. */
  public DecisionRulesPlugin(List<DecisionRule> rules) {
    this.rules =
        rules.stream().collect(Collectors.toMap(DecisionRule::taskKey, Function.identity()));
  }

  @Override
  protected void configure(UserTask task) {
    DecisionRule rule = rules.get(task.key());
    if (rule != null) {
      // A decision from an earlier round (the head's APPROVE, a screening before a revision)
      // must neither pre-fill the form nor count as this task's decision.
      task.onCreate(created -> forget(rule, created));
      task.whenCompleted(completed -> check(rule, completed));
    }
  }

  private static void forget(DecisionRule rule, DelegateTask task) {
    task.getExecution().removeVariable(rule.decisionVariable());
    if (rule.commentVariable() != null) {
      task.getExecution().removeVariable(rule.commentVariable());
    }
  }

  static void check(DecisionRule rule, VariableScope completed) {
    Violations violations = new Violations();
    Object decision = completed.getVariable(rule.decisionVariable());
    if (decision == null || !rule.allowedDecisions().contains(decision.toString())) {
      violations.add(
          rule.decisionVariable(),
          "must be one of "
              + new TreeSet<>(rule.allowedDecisions())
              + (decision == null ? "" : ", not '" + decision + "'"));
    } else if (rule.decisionsNeedingComment().contains(decision.toString())) {
      Object comment = completed.getVariable(rule.commentVariable());
      if (comment == null || comment.toString().isBlank()) {
        violations.add(
            rule.commentVariable(),
            "is required when " + rule.decisionVariable() + " is " + decision);
      }
    }
    try {
      violations.throwIfAny();
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }
}
