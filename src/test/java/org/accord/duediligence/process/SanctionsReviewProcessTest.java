package org.accord.duediligence.process;

import static org.accord.duediligence.SanctionsReviewProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.accord.agreement.AgreementService;
import org.accord.duediligence.SanctionsReviewProcess;
import org.accord.duediligence.SanctionsReviewProcess.Tasks;
import org.accord.duediligence.SanctionsService;
import org.accord.notification.Audience;
import org.accord.notification.NotificationService;
import org.accord.notification.process.NotificationDelegates;
import org.accord.testing.ProcessTests;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/sanctions-review.bpmn")
class SanctionsReviewProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private final SanctionsService sanctions = mock(SanctionsService.class);

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    NotificationDelegates.register(
        mock(NotificationService.class), mock(Audience.class), mock(AgreementService.class));
    Mocks.register("confirmSanctionsMatchDelegate", new ConfirmSanctionsMatchDelegate(sanctions));
    Mocks.register("clearSanctionsMatchDelegate", new ClearSanctionsMatchDelegate(sanctions));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aPotentialMatch_waitsForComplianceWithTheMatchToReview() {
    ProcessInstance review = start();

    assertThat(review).isWaitingAt(Tasks.REVIEW_SANCTIONS_MATCH);
    assertThat(task(review)).hasCandidateGroup("compliance");
    assertThat(review)
        .variables()
        .containsEntry(LIST_ENTRY_REFERENCE, "KPe.903")
        .containsEntry(LIST_TYPE, "DPRK")
        .containsEntry(LISTED_ON, "2017-08-05")
        .containsEntry(OPEN_AGREEMENTS, "PA-2026-0042 Rural broadband toolkit (ACTIVE)");
  }

  @Test
  void aConfirmedMatch_suspendsThePartner() {
    ProcessInstance review = start();
    complete(
        task(review),
        withVariables(
            SANCTIONS_DECISION,
            SanctionsReviewProcess.SanctionsDecision.CONFIRMED_MATCH.name(),
            SANCTIONS_COMMENT,
            "Same registration number"));

    assertThat(review).hasPassed("ConfirmSanctionsMatch", "PartnerSuspended").isEnded();
    verify(sanctions).confirmMatch("AVS", "KPe.903");
    verify(sanctions, never()).clearMatch(anyString(), anyString());
  }

  @Test
  void aFalsePositive_isRememberedAndSuspendsNothing() {
    ProcessInstance review = start();
    complete(
        task(review),
        withVariables(
            SANCTIONS_DECISION, SanctionsReviewProcess.SanctionsDecision.FALSE_POSITIVE.name()));

    assertThat(review).hasPassed("ClearSanctionsMatch", "MatchCleared").isEnded();
    verify(sanctions).clearMatch("AVS", "KPe.903");
    verify(sanctions, never()).confirmMatch(anyString(), anyString());
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            SanctionsReviewProcess.KEY,
            "AVS",
            withVariables(
                PARTNER_CODE,
                "AVS",
                PARTNER_NAME,
                "Argent Veil Shipping",
                MATCHED_NAME,
                "ARGENT VEIL SHIPPING COMPANY",
                LIST_ENTRY_NAME,
                "ARGENT VEIL SHIPPING COMPANY",
                LIST_ENTRY_REFERENCE,
                "KPe.903",
                LIST_TYPE,
                "DPRK",
                LISTED_ON,
                "2017-08-05",
                OPEN_AGREEMENTS,
                "PA-2026-0042 Rural broadband toolkit (ACTIVE)"));
  }
}
