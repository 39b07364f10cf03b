package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.Variables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import org.accord.agreement.AgreementService;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.duediligence.DueDiligenceService;
import org.accord.duediligence.SanctionsList;
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

@Deployment(resources = {"processes/due-diligence.bpmn", "processes/partner-risk-rating.dmn"})
class DueDiligenceProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private final DueDiligenceService dueDiligence = mock(DueDiligenceService.class);

  private final NotificationService notifications = mock(NotificationService.class);
  private final Audience audience = mock(Audience.class);

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    NotificationDelegates.register(notifications, audience, mock(AgreementService.class));
    when(dueDiligence.screen(anyString())).thenReturn(Optional.empty());
    DueDiligenceDelegates.register(dueDiligence);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void legalAndFinanceReviewInParallelAfterTheSanctionsScreen() {
    ProcessInstance instance = start("NGO");

    assertThat(instance)
        .hasPassed("ScreenSanctions")
        .isWaitingAt(Tasks.LEGAL_REVIEW, Tasks.FINANCIAL_REVIEW);
    assertThat(task(Tasks.LEGAL_REVIEW, instance)).hasCandidateGroup("legal");
    assertThat(task(Tasks.FINANCIAL_REVIEW, instance)).hasCandidateGroup("finance");
    assertThat(instance).variables().containsEntry(SANCTIONS_MATCH, false);
  }

  @Test
  void clearFindingsForAnNgo_clearTheDueDiligenceAtLowRisk() {
    ProcessInstance instance = start("NGO");
    review(instance, "CLEAR", "CLEAR");

    assertThat(instance)
        .isEnded()
        .hasNotPassed(Tasks.COMPLIANCE_REVIEW)
        .variables()
        .containsEntry(RISK_RATING, "LOW")
        .containsEntry(OUTCOME, "CLEARED");
    verify(dueDiligence).record("GSMA", "CLEARED", "LOW");
  }

  @Test
  void concernsInOneReview_clearTheDueDiligenceAtMediumRisk() {
    ProcessInstance instance = start("NGO");
    review(instance, "CONCERNS", "CLEAR");

    assertThat(instance)
        .isEnded()
        .hasNotPassed(Tasks.COMPLIANCE_REVIEW)
        .variables()
        .containsEntry(RISK_RATING, "MEDIUM")
        .containsEntry(OUTCOME, "CLEARED");
  }

  @Test
  void blockingLegalFinding_failsTheDueDiligenceWithoutCompliance() {
    ProcessInstance instance = start("NGO");
    review(instance, "BLOCKING", "CLEAR");

    assertThat(instance)
        .isEnded()
        .hasNotPassed(Tasks.COMPLIANCE_REVIEW)
        .variables()
        .containsEntry(OUTCOME, "FAILED");
    verify(dueDiligence).record("GSMA", "FAILED", "HIGH");
  }

  @Test
  void blockingFinancialFinding_failsTheDueDiligence() {
    ProcessInstance instance = start("NGO");
    review(instance, "CLEAR", "BLOCKING");

    assertThat(instance).isEnded().variables().containsEntry(OUTCOME, "FAILED");
  }

  @Test
  void concernsInBothReviews_goToComplianceAsHighRisk() {
    ProcessInstance instance = start("NGO");
    review(instance, "CONCERNS", "CONCERNS");

    assertThat(instance)
        .isWaitingAt(Tasks.COMPLIANCE_REVIEW)
        .variables()
        .containsEntry(RISK_RATING, "HIGH");
    assertThat(task(instance)).hasCandidateGroup("compliance");
  }

  @Test
  void potentialSanctionsMatch_makesTheRiskHighAndComplianceMayAcceptIt() {
    when(dueDiligence.screen("GSM Association"))
        .thenReturn(
            Optional.of(
                new SanctionsList.Match(
                    new SanctionsList.Entry("GSM Assoc", List.of(), "Sample list", "QDe.1", null),
                    "GSM Assoc")));
    ProcessInstance instance = start("NGO");
    assertThat(instance).variables().containsEntry(SANCTIONS_MATCH, true);
    review(instance, "CLEAR", "CLEAR");

    assertThat(instance).isWaitingAt(Tasks.COMPLIANCE_REVIEW);
    complete(
        task(instance),
        withVariables(COMPLIANCE_DECISION, "ACCEPT_RISK", "complianceComment", "False positive"));

    assertThat(instance)
        .isEnded()
        .variables()
        .containsEntry(OUTCOME, "CLEARED")
        .containsEntry(RISK_RATING, "HIGH");
    verify(dueDiligence).record("GSMA", "CLEARED", "HIGH");
  }

  @Test
  void complianceRejectingTheRisk_failsTheDueDiligence() {
    ProcessInstance instance = start("NGO");
    review(instance, "CONCERNS", "CONCERNS");
    complete(
        task(instance),
        withVariables(COMPLIANCE_DECISION, "REJECT", "complianceComment", "Too risky"));

    assertThat(instance).isEnded().variables().containsEntry(OUTCOME, "FAILED");
    verify(dueDiligence).record("GSMA", "FAILED", "HIGH");
  }

  private static ProcessInstance start(String partnerType) {
    return runtimeService()
        .startProcessInstanceByKey(
            DueDiligenceProcess.KEY,
            "PA-2026-0042",
            withVariables(
                PARTNER_CODE, "GSMA", PARTNER_NAME, "GSM Association", "partnerType", partnerType));
  }

  private static void review(ProcessInstance instance, String legal, String financial) {
    complete(
        task(Tasks.LEGAL_REVIEW, instance),
        withVariables(LEGAL_FINDINGS, legal, "legalComment", "Reviewed"));
    complete(
        task(Tasks.FINANCIAL_REVIEW, instance),
        withVariables(FINANCIAL_FINDINGS, financial, "financialComment", "Reviewed"));
  }

  private static final class Tasks {
    static final String LEGAL_REVIEW = DueDiligenceProcess.Tasks.LEGAL_REVIEW;
    static final String FINANCIAL_REVIEW = DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
    static final String COMPLIANCE_REVIEW = DueDiligenceProcess.Tasks.COMPLIANCE_REVIEW;
  }
}
