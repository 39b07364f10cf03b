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
import org.accord.duties.DutiesTable;
import org.accord.duties.SeparationOfDuties;
import org.accord.identity.DeputyService;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
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
  private final IdentityService identityService;
  private final Map<String, DecisionRule> decisionRules;
  private final Clock clock;
  private SeparationOfDuties duties;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  DutiesPlugin(
      @Lazy AgreementService agreements,
      @Lazy IdentityService identityService,
      List<DecisionRule> decisionRules,
      Clock clock) {
    this.agreements = agreements;
    this.identityService = identityService;
    this.decisionRules =
        decisionRules.stream()
            .collect(Collectors.toMap(DecisionRule::taskKey, Function.identity()));
    this.clock = clock;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    duties =
        new SeparationOfDuties(
            new DutiesTable(
                configuration.getDmnEngine(),
                () ->
                    (DmnDecision)
                        Context.getProcessEngineConfiguration()
                            .getDeploymentCache()
                            .findDeployedLatestDecisionDefinitionByKey(DutiesTable.DECISION_KEY)));
  }

  @Override
  protected void configure(UserTask task) {
    task.whenCompleted(this::completed);
  }

  private void completed(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    if (reference == null || agreements.find(reference).isEmpty()) {
      return; // not an agreement's process: a deputyship, a sanctions review
    }
    String user = currentUser();
    Object actingFor = execution.getVariable(DeputyService.ACTING_FOR);
    Act act =
        new Act(
            execution.getCurrentActivityId(),
            user == null ? "system" : user,
            actingFor == null ? null : actingFor.toString(),
            execution.getProcessInstanceId(),
            // Each pass through a multi-instance task is a round of its own.
            execution.getParentActivityInstanceId());
    if (user != null) {
      List<Act> earlier = agreements.decisions(reference).stream().map(Act::of).toList();
      duties
          .breach(act, earlier)
          .ifPresent(
              breach -> {
                throw new AuthorizationException(breach.message());
              });
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

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
