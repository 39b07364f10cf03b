package org.accord.amendment.process;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.accord.agreement.AgreementService;
import org.accord.amendment.Amendment;
import org.accord.amendment.AmendmentService;
import org.accord.amendment.AmendmentStatus;
import org.accord.amendment.AmendmentType;
import org.accord.notification.Audience;
import org.accord.notification.NotificationService;
import org.accord.notification.process.NotificationDelegates;
import org.accord.testing.ProcessTests;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"processes/agreement-amendment.bpmn", "processes/approval-authority.dmn"})
class AgreementAmendmentProcessTest {

  private static final String REFERENCE = "PA-2026-0042";

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private final NotificationService notifications = mock(NotificationService.class);
  private final AmendmentService amendments = mock(AmendmentService.class);
  private final AgreementFactsStub facts = new AgreementFactsStub();

  /** What the amendment process asks about its agreement. */
  public static class AgreementFactsStub {
    public String riskRating(Object execution) {
      return "LOW";
    }

    public String donorGroup(Object execution) {
      return "donor-GSMA";
    }
  }

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Audience audience = mock(Audience.class);
    when(audience.ofGroups(any())).thenReturn(Set.of("someone@accord.example"));
    NotificationDelegates.register(notifications, audience, mock(AgreementService.class));
    Mocks.register("agreementFacts", facts);
    Mocks.register("amendmentSteps", new AmendmentSteps(amendments));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void extensionOrSmallChange_needsTheOfficerAndTheDonorOnly_andIsApplied() {
    ProcessInstance amendment = request("NO_COST_EXTENSION", false, "250000.00");

    assertThat(amendment).isWaitingAt(REVIEW_AMENDMENT);
    assertThat(task(amendment)).hasCandidateGroup("partnership-officers");
    complete(task(amendment), withVariables("amendmentReview", "ENDORSE"));

    assertThat(amendment).hasNotPassed("DetermineApprovers").isWaitingAt(SIGN_OFF_AMENDMENT);
    assertThat(task(amendment)).hasCandidateGroup("donor-GSMA");
    complete(task(amendment), withVariables("donorDecision", "APPROVE"));

    assertThat(amendment).isEnded().hasPassed("ApplyAmendment", "AmendmentApplied");
    verify(amendments).approve(REFERENCE, 1);
    verify(notifications).queue(argThat(m -> m.template().equals("amendment-applied")));
  }

  @Test
  void budgetChangeOverTwentyPercent_goesThroughTheApprovalMatrixBeforeTheDonor() {
    ProcessInstance amendment = request("BUDGET_MAJOR", true, "320000.00");
    complete(task(amendment), withVariables("amendmentReview", "ENDORSE"));

    assertThat(amendment).hasPassed("DetermineApprovers").isWaitingAt(APPROVE_AMENDMENT);
    assertThat(task(amendment)).hasCandidateGroup("head-of-partnerships");
    complete(task(amendment), withVariables("approvalDecision", "APPROVE"));
    assertThat(task(amendment)).hasCandidateGroup("director");
    complete(task(amendment), withVariables("approvalDecision", "APPROVE"));

    assertThat(amendment).isWaitingAt(SIGN_OFF_AMENDMENT);
    complete(
        task(amendment),
        withVariables("donorDecision", "DECLINE", "donorComment", "Not within our envelope"));

    assertThat(amendment).isEnded().hasPassed("DeclinedByDonor");
    verify(amendments).reject(REFERENCE, 1);
    verify(amendments, never()).approve(any(), eq(1));
  }

  @Test
  void approverRejectingAResultsChange_endsTheAmendmentBeforeTheDonorSeesIt() {
    ProcessInstance amendment = request("RESULTS_CHANGE", true, "50000.00");
    complete(task(amendment), withVariables("amendmentReview", "ENDORSE"));
    complete(
        task(amendment),
        withVariables("approvalDecision", "REJECT", "approvalComment", "Targets too low"));

    assertThat(amendment)
        .isEnded()
        .hasPassed("RejectedInApproval")
        .hasNotPassed(SIGN_OFF_AMENDMENT);
    verify(amendments).reject(REFERENCE, 1);
    verify(notifications)
        .queue(
            argThat(
                m ->
                    m.template().equals("amendment-rejected")
                        && "Targets too low".equals(m.model().get("reason"))));
  }

  @Test
  void officerRejectingTheRequest_keepsTheAgreementAsItIs() {
    ProcessInstance amendment = request("ADMINISTRATIVE", false, "250000.00");
    complete(
        task(amendment),
        withVariables("amendmentReview", "REJECT", "amendmentReviewComment", "No need"));

    assertThat(amendment).isEnded().hasPassed("RejectedByOfficer");
    verify(amendments).reject(REFERENCE, 1);
  }

  @Test
  void agreementTerminatedWhileTheAmendmentIsUnderWay_withdrawsIt() {
    ProcessInstance amendment = request("BUDGET_MINOR", false, "260000.00");

    runtimeService()
        .createMessageCorrelation("AgreementTerminated")
        .processInstanceBusinessKey(REFERENCE)
        .correlateAll();

    assertThat(amendment).isEnded().hasPassed("AmendmentWithdrawn");
    verify(amendments).withdraw(REFERENCE, 1);
  }

  private ProcessInstance request(String type, boolean major, String amountUsd) {
    Amendment amendment =
        new Amendment(
            1,
            AmendmentType.valueOf(type),
            AmendmentStatus.REQUESTED,
            "Why",
            null,
            null,
            null,
            null,
            "officer",
            OffsetDateTime.now(),
            null);
    Assertions.assertThat(amendment.type().isMajor()).isEqualTo(major);
    when(amendments.byProcess(anyString())).thenReturn(amendment);
    when(amendments.amendedAmountUsd(amendment)).thenReturn(new BigDecimal(amountUsd));
    return runtimeService()
        .createMessageCorrelation("AmendmentRequested")
        .processInstanceBusinessKey(REFERENCE)
        .setVariable("amendmentNumber", 1)
        .setVariable("amendmentType", type)
        .correlateStartMessage();
  }
}
