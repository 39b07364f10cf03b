package org.accord.agreement.process;

import static org.accord.agreement.process.PartnershipAgreementProcess.Variables.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Decision;
import org.accord.agreement.process.PartnershipAgreementProcess.Tasks;
import org.accord.identity.DeputyService;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Records every decision on an agreement (who, what, when) and holds the separation of duties,
 * whatever the client: the initiator of a proposal neither screens nor approves it, one person
 * gives one approval per round, and an approver does not sign the MoU for the agency. A completion
 * that breaks a rule is refused with 403 and the task stays open.
 */
@Component
class SeparationOfDutiesPlugin extends UserTaskPlugin {

  private static final Map<String, String> DECISIONS =
      Map.of(
          Tasks.SCREEN_PROPOSAL,
          SCREENING_DECISION,
          Tasks.APPROVE_AGREEMENT,
          APPROVAL_DECISION,
          Tasks.DONOR_SIGN_OFF,
          DONOR_DECISION,
          Tasks.SIGN_MOU_AGENCY,
          AGENCY_SIGNED,
          Tasks.SIGN_MOU_PARTNER,
          PARTNER_SIGNED,
          Tasks.EVALUATE_AGREEMENT,
          EVALUATION_RATING,
          // The reviews of due-diligence, the called process: its process API's names.
          "legalReview",
          "legalFindings",
          "financialReview",
          "financialFindings",
          "complianceReview",
          "complianceDecision");

  private final AgreementService agreements;
  private final IdentityService identityService;
  private final Clock clock;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  SeparationOfDutiesPlugin(
      @Lazy AgreementService agreements, @Lazy IdentityService identityService, Clock clock) {
    this.agreements = agreements;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  protected void configure(UserTask task) {
    if (DECISIONS.containsKey(task.key())) {
      task.whenCompleted(this::completed);
    }
  }

  void completed(DelegateExecution execution) {
    String taskKey = execution.getCurrentActivityId();
    String reference = execution.getProcessBusinessKey();
    // Each pass through the multi-instance approval is a round of its own.
    String round = execution.getParentActivityInstanceId();
    String user = currentUser();
    if (user != null) {
      checkDuties(taskKey, agreements.require(reference), round, user);
    }
    Object decision = execution.getVariable(DECISIONS.get(taskKey));
    Object actingFor = execution.getVariable(DeputyService.ACTING_FOR);
    if (decision != null) {
      agreements.recordDecision(
          reference,
          new Decision(
              taskKey,
              decision.toString(),
              user == null ? "system" : user,
              OffsetDateTime.now(clock),
              round,
              actingFor == null ? null : actingFor.toString()));
    }
  }

  private void checkDuties(String taskKey, Agreement agreement, String round, String user) {
    boolean initiator = user.equals(agreement.initiator());
    switch (taskKey) {
      case Tasks.SCREEN_PROPOSAL -> {
        if (initiator) {
          throw denied(user, "the initiator of a proposal cannot screen it");
        }
      }
      case Tasks.APPROVE_AGREEMENT -> {
        if (initiator) {
          throw denied(user, "the initiator of a proposal cannot approve it");
        }
        if (decidedBy(agreement, user, Tasks.APPROVE_AGREEMENT, round)) {
          throw denied(user, "one person cannot give two approvals of the same agreement");
        }
      }
      case Tasks.SIGN_MOU_AGENCY -> {
        if (decidedBy(agreement, user, Tasks.APPROVE_AGREEMENT, null)) {
          throw denied(user, "an approver of the agreement cannot sign it for the agency");
        }
      }
      default -> {
        // no rule
      }
    }
  }

  private boolean decidedBy(Agreement agreement, String user, String taskKey, String round) {
    return agreements.decisions(agreement.reference()).stream()
        .anyMatch(
            decision ->
                decision.taskKey().equals(taskKey)
                    && decision.decidedBy().equals(user)
                    && (round == null || round.equals(decision.roundId())));
  }

  private static AuthorizationException denied(String user, String rule) {
    return new AuthorizationException(
        "Separation of duties: " + user + " may not do this, " + rule);
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
