package org.accord.duties.process;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Decision;
import org.accord.duties.Act;
import org.accord.identity.DeputyHandOver;
import org.accord.security.CurrentUser;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * At every task completion in an agreement's processes (its own, due diligence, amendments,
 * reporting), whatever the client: refuses with 403 what the separation-of-duties table forbids to
 * the person completing or to the person they act for, and records the act (who, for whom, what,
 * when, where) in the agreement's decisions, which the next checks read.
 */
@Component
class DutiesPlugin extends UserTaskPlugin {

  /** What an act without a decision variable (a report, a revision) records as its decision. */
  static final String COMPLETED = "COMPLETED";

  private final AgreementService agreements;
  private final CurrentUser currentUser;
  private final DutiesCheck check;
  private final Map<String, DecisionRule> decisionRules;
  private final Clock clock;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  DutiesPlugin(
      @Lazy AgreementService agreements,
      CurrentUser currentUser,
      DutiesCheck check,
      List<DecisionRule> decisionRules,
      Clock clock) {
    this.agreements = agreements;
    this.currentUser = currentUser;
    this.check = check;
    this.decisionRules =
        decisionRules.stream()
            .collect(Collectors.toMap(DecisionRule::taskKey, Function.identity()));
    this.clock = clock;
  }

  @Override
  protected void configure(UserTask task) {
    task.whenCompleted(this::completed);
  }

  private void completed(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (!check.isAgreement(reference)) {
      return; // not an agreement's process: a deputyship, a sanctions review
    }
    Object actingFor = execution.getVariable(DeputyHandOver.ACTING_FOR);
    Act act =
        new Act(
            execution.getCurrentActivityId(),
            currentUser.actor(),
            actingFor == null ? null : actingFor.toString(),
            execution.getProcessInstanceId(),
            // Each pass through a multi-instance task is a round of its own.
            execution.getParentActivityInstanceId());
    if (currentUser.id() != null) {
      check.require(act, reference);
    }
    agreements.recordDecision(
        reference,
        new Decision(
            act.duty(),
            decision(execution).orElse(COMPLETED),
            act.person(),
            OffsetDateTime.now(clock),
            act.roundId(),
            act.actingFor(),
            act.caseId(),
            comment(execution).orElse(null)));
  }

  private Optional<String> decision(DelegateExecution execution) {
    return Optional.ofNullable(decisionRules.get(execution.getCurrentActivityId()))
        .map(rule -> execution.getVariable(rule.decisionVariable()))
        .map(Object::toString);
  }

  private Optional<String> comment(DelegateExecution execution) {
    return Optional.ofNullable(decisionRules.get(execution.getCurrentActivityId()))
        .map(DecisionRule::commentVariable)
        .map(execution::getVariable)
        .map(Object::toString)
        .filter(comment -> !comment.isBlank());
  }
}
