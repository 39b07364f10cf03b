package org.accord.agreement.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.*;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.DonorRequirements;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.agreement.PartnershipAgreementProcess.Elements;
import org.accord.agreement.PartnershipAgreementProcess.Tasks;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.agreement.Revision;
import org.accord.budget.FundingTerms;
import org.accord.document.process.DocumentSteps;
import org.accord.duediligence.DueDiligenceService;
import org.accord.duediligence.process.DueDiligenceDelegates;
import org.accord.funds.process.SettlementSteps;
import org.accord.notification.Audience;
import org.accord.notification.NotificationService;
import org.accord.notification.process.NotificationDelegates;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.partner.PartnerType;
import org.accord.reporting.process.ReportingCycles;
import org.accord.security.AuthorizationGrants;
import org.accord.security.CurrentUser;
import org.accord.shared.Language;
import org.accord.testing.ProcessTests;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(
    resources = {
      "processes/partnership-agreement.bpmn",
      "processes/due-diligence.bpmn",
      "processes/progress-reporting.bpmn",
      "processes/approval-authority.dmn",
      "processes/partner-risk-rating.dmn"
    })
class PartnershipAgreementProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine =
      ProcessTests.engine("due-diligence", "progress-reporting");

  private static final String REFERENCE = "PA-2026-0042";

  private final AgreementService agreements = mock(AgreementService.class);
  private final PartnerService partners = mock(PartnerService.class);
  private final DueDiligenceService dueDiligence = mock(DueDiligenceService.class);

  private final NotificationService notifications = mock(NotificationService.class);
  private final Audience audience = mock(Audience.class);
  private final SettlementSteps settlementSteps = mock(SettlementSteps.class);

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    NotificationDelegates.register(notifications, audience, agreements);
    proposalOf("250000.00");
    partnerIs(PartnerType.NGO);
    when(dueDiligence.validDueDiligence("GSMA")).thenReturn(Optional.empty());
    when(dueDiligence.screen(anyString())).thenReturn(Optional.empty());
    when(agreements.revise(eq(REFERENCE), any())).thenAnswer(call -> agreements.require(REFERENCE));
    FormFacts formFacts = new FormFacts(agreements, partners, mock(DonorRequirements.class));
    Mocks.register(
        "registerProposalDelegate",
        new RegisterProposalDelegate(
            agreements,
            partners,
            new CurrentUser(engine.getProcessEngine().getIdentityService()),
            mock(AuthorizationGrants.class),
            formFacts));
    Mocks.register("agreementFacts", new AgreementFacts(agreements, partners));
    Mocks.register("applyRevisionDelegate", new ApplyRevisionDelegate(agreements, formFacts));
    Mocks.register(
        "agreementStatus",
        new AgreementStatusListener(
            agreements, new CurrentUser(engine.getProcessEngine().getIdentityService())));
    DueDiligenceDelegates.register(dueDiligence);
    ReportingCycles.register(1);
    Mocks.register("documentSteps", mock(DocumentSteps.class));
    Mocks.register("settlementSteps", settlementSteps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void endedAgreementsHistory_isRemovedByTheCleanup_onlyAfterItsTenYears() {
    ProcessInstance instance = propose();
    complete(
        task(instance),
        withVariables(SCREENING_DECISION, "REJECT", "screeningComment", "Outside the priorities"));
    try {
      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3649))));
      cleanUpHistory();
      Assertions.assertThat(historyOf(instance)).isOne();

      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(3651))));
      cleanUpHistory();
      Assertions.assertThat(historyOf(instance)).isZero();
    } finally {
      ClockUtil.reset();
    }
  }

  private static void cleanUpHistory() {
    managementService().executeJob(historyService().cleanUpHistoryAsync(true).getId());
  }

  private static long historyOf(ProcessInstance instance) {
    return historyService()
        .createHistoricProcessInstanceQuery()
        .processInstanceId(instance.getId())
        .count();
  }

  @Test
  void screeningRejection_endsTheAgreementAsRejected() {
    ProcessInstance instance = propose();
    assertThat(instance).isWaitingAt(Tasks.SCREEN_PROPOSAL);
    assertThat(task(instance)).hasCandidateGroup("partnership-officers");

    complete(
        task(instance),
        withVariables(SCREENING_DECISION, "REJECT", "screeningComment", "Outside the priorities"));

    assertThat(instance).isEnded().hasPassed(Elements.REJECTED_AT_SCREENING);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.REJECTED, null);
    verify(notifications)
        .queue(
            argThat(
                message ->
                    message.template().equals("agreement-rejected")
                        && "Outside the priorities".equals(message.model().get("reason"))));
    verify(audience).ofUser("officer");
  }

  @Test
  void screeningRevision_goesToTheInitiatorAndBackToScreening() {
    ProcessInstance instance = propose();
    complete(
        task(instance),
        withVariables(SCREENING_DECISION, "REVISE", SCREENING_COMMENT, "Name the regulator"));

    assertThat(instance).isWaitingAt(Tasks.REVISE_PROPOSAL);
    assertThat(task(instance)).isAssignedTo("officer");
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.IN_REVISION, null);

    complete(
        task(instance),
        withVariables(
            TITLE, "Rural broadband toolkit, phase 1",
            AMOUNT, "180000.00",
            CURRENCY, "EUR",
            START_DATE, "2027-02-01",
            END_DATE, "2028-12-31",
            BENEFICIARY_COUNTRIES, "RW, KE, UG",
            PRIORITY, "DIGITAL_TRANSFORMATION"));

    verify(agreements)
        .revise(
            REFERENCE,
            new Revision(
                "Rural broadband toolkit, phase 1",
                "180000.00",
                "EUR",
                LocalDate.parse("2027-02-01"),
                LocalDate.parse("2028-12-31"),
                List.of("RW", "KE", "UG"),
                AgreementType.CONTRIBUTION_AGREEMENT,
                Priority.DIGITAL_TRANSFORMATION,
                Region.AFRICA,
                ReportingFrequency.SEMI_ANNUAL));
    assertThat(instance).isWaitingAt(Tasks.SCREEN_PROPOSAL);
  }

  @Test
  void lowRiskSmallAgreementWithValidDueDiligence_needsOnlyTheHeadOfPartnershipsAndBecomesActive() {
    proposalOf("99999.99");
    partnerWithValidDueDiligence("LOW");
    ProcessInstance instance = propose();

    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));

    assertThat(instance).hasNotPassed(Elements.DUE_DILIGENCE).isWaitingAt(Tasks.APPROVE_AGREEMENT);
    assertThat(task(instance)).hasCandidateGroup("head-of-partnerships");
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));

    assertThat(instance).isWaitingAt(Tasks.DONOR_SIGN_OFF);
    assertThat(task(instance)).hasCandidateGroup("donor-GSMA");
    donorApproves(instance);

    signBothMouCopies(instance);

    assertThat(instance).hasPassed("AgreementActive").isWaitingAt(Elements.PROGRESS_REPORTING);
    verify(notifications)
        .queue(argThat(message -> message.template().equals("screening-accepted")));
    verify(notifications).queue(argThat(message -> message.template().equals("agreement-active")));
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.ACTIVE, null);
    assertThat(calledProcessInstance("progress-reporting")).isWaitingAt("PeriodEnded");
  }

  @Test
  void agreementOfOneHundredThousandDollars_needsTheDirectorAfterTheHead() {
    proposalOf("100000.00");
    partnerWithValidDueDiligence("LOW");
    ProcessInstance instance = propose();
    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));

    assertThat(task(instance)).hasCandidateGroup("head-of-partnerships");
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt(Tasks.APPROVE_AGREEMENT);
    assertThat(task(instance)).hasCandidateGroup("director");
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));

    assertThat(instance).isWaitingAt(Tasks.DONOR_SIGN_OFF);
  }

  @Test
  void highRiskSmallAgreement_needsTheDirectorToo() {
    proposalOf("5000.00");
    partnerWithValidDueDiligence("HIGH");
    ProcessInstance instance = propose();
    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));

    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));
    assertThat(task(instance)).hasCandidateGroup("director");
    assertThat(instance).isWaitingAt(Tasks.APPROVE_AGREEMENT);
  }

  @Test
  void partnerWithoutValidDueDiligence_goesThroughDueDiligenceThenApproval() {
    ProcessInstance instance = propose();
    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));

    assertThat(instance).isWaitingAt(Elements.DUE_DILIGENCE);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.DUE_DILIGENCE, null);
    ProcessInstance dueDiligenceInstance = calledProcessInstance("due-diligence");
    assertThat(dueDiligenceInstance).isWaitingAt(LEGAL_REVIEW, FINANCIAL_REVIEW);
    completeReviews(dueDiligenceInstance, "CLEAR", "CLEAR");

    assertThat(instance)
        .isWaitingAt(Tasks.APPROVE_AGREEMENT)
        .variables()
        .containsEntry(RISK_RATING, "LOW");
    verify(dueDiligence).record("GSMA", "CLEARED", "LOW");
  }

  @Test
  void blockingFindingInDueDiligence_rejectsTheAgreement() {
    ProcessInstance instance = propose();
    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));
    completeReviews(calledProcessInstance("due-diligence"), "BLOCKING", "CLEAR");

    assertThat(instance).isEnded().hasPassed(Elements.REJECTED_IN_DUE_DILIGENCE);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.REJECTED, null);
  }

  @Test
  void approverReturningTheProposalWithoutSayingWhy_isRefused_andTheTaskStaysOpen() {
    ProcessInstance instance = toInternalApproval();

    Assertions.assertThatThrownBy(
            () -> complete(task(instance), withVariables(APPROVAL_DECISION, "RETURN")))
        .hasMessageContaining("approvalComment: is required when approvalDecision is RETURN");
    assertThat(instance).isWaitingAt(Tasks.APPROVE_AGREEMENT);
  }

  @Test
  void screeningThatSetsAVariableItDoesNotDeclare_isRefused_andTheTaskStaysOpen() {
    ProcessInstance instance = propose();

    Assertions.assertThatThrownBy(
            () ->
                complete(
                    task(instance),
                    withVariables(SCREENING_DECISION, "ACCEPT", RISK_RATING, "LOW")))
        .hasMessageContaining("riskRating: is not set by screenProposal");
    assertThat(instance).isWaitingAt(Tasks.SCREEN_PROPOSAL);
  }

  @Test
  void theDonorsSignOff_findsTheAgencysAssessmentGone() {
    ProcessInstance instance = toDonorSignOff();

    assertThat(instance)
        .variables()
        .doesNotContainKeys(RISK_RATING, SCREENING_DECISION, APPROVAL_DECISION, APPROVER_GROUPS);
  }

  @Test
  void approverReturningTheProposal_sendsItBackToScreening() {
    ProcessInstance instance = toInternalApproval();
    complete(
        task(instance),
        withVariables(APPROVAL_DECISION, "RETURN", APPROVAL_COMMENT, "Halve the travel budget"));

    assertThat(instance).isWaitingAt(Tasks.SCREEN_PROPOSAL);
  }

  @Test
  void directorRejecting_endsTheAgreementEvenAfterTheHeadApproved() {
    ProcessInstance instance = toInternalApproval();
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));
    complete(
        task(instance),
        withVariables(APPROVAL_DECISION, "REJECT", APPROVAL_COMMENT, "Outside our mandate"));

    assertThat(instance).isEnded().hasPassed(Elements.REJECTED_IN_APPROVAL);
  }

  @Test
  void headRejecting_endsTheAgreementWithoutAskingTheDirector() {
    ProcessInstance instance = toInternalApproval();
    complete(
        task(instance),
        withVariables(APPROVAL_DECISION, "REJECT", APPROVAL_COMMENT, "Outside our mandate"));

    assertThat(instance).isEnded().hasPassed(Elements.REJECTED_IN_APPROVAL);
    verify(agreements, never()).changeStatus(REFERENCE, AgreementStatus.DONOR_APPROVAL, null);
  }

  @Test
  void donorRequestingChanges_returnsTheProposalToTheInitiatorForRevision() {
    ProcessInstance instance = toDonorSignOff();
    complete(
        task(instance),
        withVariables(DONOR_DECISION, "REQUEST_CHANGES", DONOR_COMMENT, "Report quarterly"));

    assertThat(instance).isWaitingAt(Tasks.REVISE_PROPOSAL);
    assertThat(task(instance)).isAssignedTo("officer");
  }

  @Test
  void donorDeclining_endsTheAgreementAsDeclined() {
    ProcessInstance instance = toDonorSignOff();
    complete(
        task(instance),
        withVariables(DONOR_DECISION, "DECLINE", DONOR_COMMENT, "No budget this year"));

    assertThat(instance).isEnded().hasPassed(Elements.DECLINED_BY_DONOR);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.DECLINED, null);
  }

  @Test
  void donorSilentForAWeek_isRemindedWhileTheSignOffStaysOpen() {
    ProcessInstance instance = toDonorSignOff();
    Job reminder = job("DonorReminderDue", instance);
    Assertions.assertThat(reminder.getDuedate()).isCloseTo(inDays(7), 60_000);

    execute(reminder);

    assertThat(instance).hasPassed("DonorReminded").isWaitingAt(Tasks.DONOR_SIGN_OFF);
    verify(notifications).queue(argThat(message -> message.template().equals("donor-reminder")));
    verify(audience).ofGroups(List.of("donor-GSMA"));
  }

  @Test
  void donorSilentForThreeWeeks_isEscalatedToManagers() {
    ProcessInstance instance = toDonorSignOff();
    Job escalation = job("DonorEscalationDue", instance);
    Assertions.assertThat(escalation.getDuedate()).isCloseTo(inDays(21), 60_000);

    execute(escalation);

    assertThat(instance).hasPassed("EscalatedToManagers").isWaitingAt(Tasks.DONOR_SIGN_OFF);
    verify(notifications).queue(argThat(message -> message.template().equals("donor-escalation")));
    verify(audience).ofGroups(List.of("managers"));
  }

  @Test
  void everyUserTaskHasADueDateAndAFollowUpDate() {
    ProcessInstance instance = propose();

    Assertions.assertThat(task(instance).getDueDate()).isCloseTo(inDays(5), 60_000);
    Assertions.assertThat(task(instance).getFollowUpDate()).isCloseTo(inDays(3), 60_000);
  }

  @Test
  void mouIsSignedByTheAgencyAndThePartnerInParallel() {
    ProcessInstance instance = toDonorSignOff();
    donorApproves(instance);

    assertThat(instance).isWaitingAt(Tasks.SIGN_MOU_AGENCY, Tasks.SIGN_MOU_PARTNER);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.MOU_SIGNING, null);
    assertThat(task(Tasks.SIGN_MOU_AGENCY, instance)).hasCandidateGroup("signatories");
    assertThat(task(Tasks.SIGN_MOU_PARTNER, instance)).hasCandidateGroup("donor-GSMA");
    complete(
        task(Tasks.SIGN_MOU_PARTNER, instance),
        withVariables("partnerSignatory", "Grace Okafor", "partnerSigned", true));
    assertThat(instance).isWaitingAt(Tasks.SIGN_MOU_AGENCY);
    verify(agreements, never()).changeStatus(REFERENCE, AgreementStatus.ACTIVE, null);
  }

  @Test
  void failingMouPreparation_isRetriedWithBackOff_thenAnIncident_andRetryingItResumes() {
    ProcessInstance instance = toDonorSignOff();
    complete(task(instance), withVariables(DONOR_DECISION, "APPROVE"));
    DocumentSteps documents = mock(DocumentSteps.class);
    doThrow(new IllegalStateException("font cache unreadable")).when(documents).prepareMou(any());
    Mocks.register("documentSteps", documents);
    Date start = new Date(1_800_000_000_000L);
    ClockUtil.setCurrentTime(start);
    try {
      List<String> waits = new ArrayList<>();
      for (int attempt = 1; attempt <= 4; attempt++) {
        Job failing = job(Elements.PREPARE_MOU, instance);
        Assertions.assertThatThrownBy(() -> managementService().executeJob(failing.getId()))
            .hasMessageContaining("font cache unreadable");
        Job after = job(Elements.PREPARE_MOU, instance);
        waits.add(
            after.getRetries() + " " + (after.getDuedate().getTime() - start.getTime()) / 1000);
      }
      // The first attempt and three retries, after 10 seconds, a minute and 10 minutes.
      Assertions.assertThat(waits).startsWith("3 10", "2 60", "1 600");
      Assertions.assertThat(waits.get(3)).startsWith("0 ");
      Assertions.assertThat(
              runtimeService().createIncidentQuery().processInstanceId(instance.getId()).list())
          .singleElement()
          .satisfies(
              incident ->
                  Assertions.assertThat(incident.getActivityId()).isEqualTo(Elements.PREPARE_MOU));

      // Fixed: an operator retries the job from Cockpit (setting its retries), and the process goes
      // on.
      doNothing().when(documents).prepareMou(any());
      managementService().setJobRetries(job(Elements.PREPARE_MOU, instance).getId(), 1);
      execute(job(Elements.PREPARE_MOU, instance));
    } finally {
      ClockUtil.reset();
    }
    assertThat(instance).isWaitingAt(Tasks.SIGN_MOU_AGENCY, Tasks.SIGN_MOU_PARTNER);
    Assertions.assertThat(
            runtimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void everyPeriodReportedAndAccepted_thenTheEvaluation_closesTheAgreement() {
    ReportingCycles.register(1, 2, 3);
    ProcessInstance instance = toEvaluation(3);

    assertThat(task(instance)).hasCandidateGroup("managers");
    evaluate(instance);

    assertThat(instance).isEnded().hasPassed(Elements.AGREEMENT_CLOSED);
    assertThat(instance).hasNotPassed(Tasks.SETTLE_BALANCE);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.CLOSED, null);
  }

  @Test
  void aBalanceLeftAfterTheEvaluation_isSettledByFinance_beforeTheAgreementCloses() {
    ReportingCycles.register(1);
    when(settlementSteps.balanceToSettle(any())).thenReturn(true);
    ProcessInstance instance = toEvaluation(1);
    evaluate(instance);

    assertThat(instance).isWaitingAt(Tasks.SETTLE_BALANCE);
    assertThat(task(instance)).hasCandidateGroup("finance");
    verify(settlementSteps).showCashPosition(any());
    verify(agreements, never()).changeStatus(REFERENCE, AgreementStatus.CLOSED, null);
    complete(
        task(instance),
        withVariables(
            SETTLEMENT_DECISION,
            "REFUND",
            REFUND_VALUE_DATE,
            "2027-06-30",
            REFUND_BANK_REFERENCE,
            "OUT-0001"));

    assertThat(instance).isEnded().hasPassed(Tasks.SETTLE_BALANCE, Elements.AGREEMENT_CLOSED);
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.CLOSED, null);
  }

  @Test
  void aSettlementThatNeedsAReasonAndHasNone_isRefused_andTheAgreementStaysOpen() {
    ReportingCycles.register(1);
    when(settlementSteps.balanceToSettle(any())).thenReturn(true);
    ProcessInstance instance = toEvaluation(1);
    evaluate(instance);

    Task settlement = task(instance);
    Assertions.assertThatThrownBy(
            () -> complete(settlement, withVariables(SETTLEMENT_DECISION, "REPROGRAMME")))
        .hasMessageContaining(SETTLEMENT_NOTE);
    assertThat(instance).isWaitingAt(Tasks.SETTLE_BALANCE);
  }

  /** Signed, every period reported and accepted: the managers' evaluation is open. */
  private ProcessInstance toEvaluation(int periodCount) {
    ProcessInstance instance = toDonorSignOff();
    donorApproves(instance);
    signBothMouCopies(instance);
    List<ProcessInstance> periods =
        runtimeService()
            .createProcessInstanceQuery()
            .superProcessInstanceId(instance.getId())
            .list();
    Assertions.assertThat(periods).hasSize(periodCount);
    for (ProcessInstance period : periods) {
      assertThat(instance).isWaitingAt(Elements.PROGRESS_REPORTING);
      execute(job("PeriodEnded", period));
      complete(
          task(period), withVariables("reportNarrative", "On track", "expenditure", "50000.00"));
      complete(task(period), withVariables("reportDecision", "ACCEPT"));
      assertThat(period).isEnded();
    }
    assertThat(instance).isWaitingAt(Tasks.EVALUATE_AGREEMENT);
    return instance;
  }

  private static void evaluate(ProcessInstance instance) {
    complete(
        task(instance),
        withVariables(
            "evaluationRating", "ACHIEVED_AS_PLANNED", "lessonsLearned", "Start surveys earlier"));
  }

  @Test
  void terminationEndsTheAgreementAndTheReportingCycleItCalled() {
    ProcessInstance instance = toDonorSignOff();
    donorApproves(instance);
    signBothMouCopies(instance);
    ProcessInstance reporting = calledProcessInstance("progress-reporting");

    runtimeService()
        .createMessageCorrelation(PartnershipAgreementProcess.AGREEMENT_TERMINATED)
        .processInstanceId(instance.getId())
        .setVariable(TERMINATION_REASON, "Partner ceased operations")
        .correlate();

    assertThat(instance).isEnded().hasPassed(Elements.AGREEMENT_TERMINATED);
    assertThat(reporting).isEnded();
    verify(agreements).changeStatus(REFERENCE, AgreementStatus.TERMINATED, null);
    verify(notifications)
        .queue(
            argThat(
                message ->
                    message.template().equals("agreement-terminated")
                        && "Partner ceased operations".equals(message.model().get("reason"))));
  }

  @Test
  void proposalFromTheTasklistStartForm_isRegisteredAndGetsItsReferenceAsBusinessKey() {
    Agreement registered = agreements.require(REFERENCE);
    when(agreements.register(any(), eq("officer"))).thenReturn(registered);
    identityService().setAuthenticatedUserId("officer");
    ProcessInstance instance =
        runtimeService()
            .startProcessInstanceByKey(
                PartnershipAgreementProcess.KEY,
                withVariables(
                    TITLE, "Rural broadband toolkit",
                    PARTNER_CODE, "GSMA",
                    AGREEMENT_TYPE, "CONTRIBUTION_AGREEMENT",
                    PRIORITY, "AFFORDABLE_CONNECTIVITY",
                    REGION, "AFRICA",
                    BENEFICIARY_COUNTRIES, "RW, KE",
                    OUTPUT_TYPES, "TOOLKITS",
                    AMOUNT, "250000.00",
                    CURRENCY, "USD",
                    START_DATE, "2027-01-01",
                    END_DATE, "2028-12-31",
                    REPORTING_FREQUENCY, "SEMI_ANNUAL"));

    identityService().clearAuthentication();

    assertThat(instance).hasBusinessKey(REFERENCE).isWaitingAt(Tasks.SCREEN_PROPOSAL);
    verify(agreements).register(any(), eq("officer"));
    verify(agreements).attachProcess(REFERENCE, instance.getId());
  }

  private static java.util.Date inDays(int days) {
    return new java.util.Date(ClockUtil.getCurrentTime().getTime() + days * 86_400_000L);
  }

  private ProcessInstance propose() {
    return runtimeService()
        .startProcessInstanceByKey(
            PartnershipAgreementProcess.KEY,
            REFERENCE,
            withVariables(AGREEMENT_REFERENCE, REFERENCE));
  }

  private ProcessInstance toInternalApproval() {
    partnerWithValidDueDiligence("LOW");
    ProcessInstance instance = propose();
    complete(task(instance), withVariables(SCREENING_DECISION, "ACCEPT"));
    assertThat(instance).isWaitingAt(Tasks.APPROVE_AGREEMENT);
    return instance;
  }

  private ProcessInstance toDonorSignOff() {
    ProcessInstance instance = toInternalApproval();
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));
    complete(task(instance), withVariables(APPROVAL_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt(Tasks.DONOR_SIGN_OFF);
    return instance;
  }

  /** The donor approves, and the MoU is prepared by its job. */
  private void donorApproves(ProcessInstance instance) {
    complete(task(instance), withVariables(DONOR_DECISION, "APPROVE"));
    assertThat(instance).isWaitingAt(Elements.PREPARE_MOU);
    execute(job(Elements.PREPARE_MOU, instance));
  }

  /** Both parties sign, and the MoU is sealed by its job. */
  private void signBothMouCopies(ProcessInstance instance) {
    complete(
        task(Tasks.SIGN_MOU_AGENCY, instance),
        withVariables("agencySignatory", "Jean Dupont", "agencySigned", true));
    complete(
        task(Tasks.SIGN_MOU_PARTNER, instance),
        withVariables("partnerSignatory", "Grace Okafor", "partnerSigned", true));
    assertThat(instance).isWaitingAt(Elements.SEAL_MOU);
    execute(job(Elements.SEAL_MOU, instance));
  }

  private static void completeReviews(
      ProcessInstance dueDiligenceInstance, String legal, String financial) {
    complete(
        taskService()
            .createTaskQuery()
            .processInstanceId(dueDiligenceInstance.getId())
            .taskDefinitionKey(LEGAL_REVIEW)
            .singleResult(),
        withVariables("legalFindings", legal, "legalComment", "Reviewed"));
    complete(
        taskService()
            .createTaskQuery()
            .processInstanceId(dueDiligenceInstance.getId())
            .taskDefinitionKey(FINANCIAL_REVIEW)
            .singleResult(),
        withVariables("financialFindings", financial, "financialComment", "Reviewed"));
  }

  private void proposalOf(String amountUsd) {
    Agreement agreement =
        new Agreement(
            42,
            REFERENCE,
            "Rural broadband toolkit",
            AgreementType.CONTRIBUTION_AGREEMENT,
            "GSMA",
            Priority.AFFORDABLE_CONNECTIVITY,
            Region.AFRICA,
            List.of("RW", "KE"),
            List.of("TOOLKITS"),
            new BigDecimal(amountUsd),
            "USD",
            new BigDecimal(amountUsd),
            LocalDate.parse("2027-01-01"),
            LocalDate.parse("2028-12-31"),
            ReportingFrequency.SEMI_ANNUAL,
            AgreementStatus.SCREENING,
            "officer",
            null,
            OffsetDateTime.now(),
            1,
            Language.EN,
            null,
            null,
            null,
            null);
    when(agreements.require(REFERENCE)).thenReturn(agreement);
    when(agreements.find(REFERENCE)).thenReturn(Optional.of(agreement));
    BigDecimal amount = new BigDecimal(amountUsd);
    when(agreements.fundingTerms(REFERENCE)).thenReturn(FundingTerms.ofAmount(amount, "USD"));
  }

  private void partnerIs(PartnerType type) {
    when(partners.require("GSMA"))
        .thenReturn(
            new Partner("GSMA", "GSM Association", type, "GB", "p@gsma.example", null, null, null));
  }

  private void partnerWithValidDueDiligence(String riskRating) {
    Partner partner =
        new Partner(
            "GSMA",
            "GSM Association",
            PartnerType.NGO,
            "GB",
            "p@gsma.example",
            "CLEARED",
            riskRating,
            LocalDate.now().plusMonths(6));
    when(partners.require("GSMA")).thenReturn(partner);
    when(dueDiligence.validDueDiligence("GSMA")).thenReturn(Optional.of(partner));
  }
}
