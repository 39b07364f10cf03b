package org.accord.shared.process;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Checks each user task's decision when it is completed, whatever the client: a value outside the
 * task's closed set, or a missing comment where one is required, is refused with a 400 from
 * engine-rest and Tasklist, and the task stays open. Without it, a stray value would leave the
 * process stuck at a gateway with no way out.
 */
@Component
class DecisionRulesPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, DecisionRule> rules;

  DecisionRulesPlugin(List<DecisionRule> rules) {
    this.rules =
        rules.stream().collect(Collectors.toMap(DecisionRule::taskKey, Function.identity()));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration
        .getCustomPostBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
                DecisionRule rule = rules.get(activity.getId());
                if (rule == null) {
                  return;
                }
                // A decision from an earlier round (the head's APPROVE, a screening before a
                // revision) must neither pre-fill the form nor count as this task's decision.
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                  behavior
                      .getTaskDefinition()
                      .addTaskListener(TaskListener.EVENTNAME_CREATE, task -> forget(rule, task));
                }
                // An execution listener, not a task listener: the engine wraps a task
                // listener's exception, which engine-rest would answer with 500, not 400.
                ExecutionListener checkOnCompletion =
                    execution -> {
                      if (!execution.isCanceled()) {
                        check(rule, execution);
                      }
                    };
                activity.addListener(ExecutionListener.EVENTNAME_END, checkOnCompletion);
              }
            });
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
