package org.accord.initiative.process;

import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REPORT_COMMITMENTS;
import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REVIEW_MEMBERSHIP;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.COMMENT;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.DECISION;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.DELIVERED_CASH;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.LEAD_GROUP;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.MEMBERSHIP_ID;
import static org.accord.initiative.InitiativeMembershipProcess.Variables.MEMBER_GROUP;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.initiative.InitiativeMembershipProcess.Messages;
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

/** Every path of initiative-membership: accepted, refused, the yearly reports, leaving. */
@Deployment(resources = "processes/initiative-membership.bpmn")
class InitiativeMembershipProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private static final String BUSINESS_KEY = InitiativeMembershipProcess.businessKey(7);

  private static final Date YEAR_ONE = Date.from(Instant.parse("2027-12-06T00:00:00Z"));
  private static final Date YEAR_TWO = Date.from(Instant.parse("2028-12-06T00:00:00Z"));

  private final MembershipSteps steps = mock(MembershipSteps.class);

  @BeforeEach
  void wireSteps() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(steps.nextReportDue(any())).thenReturn(YEAR_ONE, YEAR_TWO);
    Mocks.register("membershipSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aRequest_isRegistered_andReviewedByTheInitiativesLeadGroup() {
    ProcessInstance instance = start();

    verify(steps).register(any());
    assertThat(instance).isWaitingAt(REVIEW_MEMBERSHIP);
    assertThat(task(instance)).hasCandidateGroup("head-of-partnerships");
  }

  @Test
  void anAcceptedRequest_admitsTheMember_whoThenWaitsForItsReportingYear() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(DECISION, "ACCEPT"));

    verify(steps).accept(any());
    verify(steps, never()).refuse(any());
    assertThat(instance).hasPassed("AdmitMember").isWaitingAt("WhatComesFirst");
  }

  @Test
  void aRefusedRequest_endsWithItsReasonRecorded() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(DECISION, "REFUSE", COMMENT, "Not in the region"));

    verify(steps).refuse(any());
    verify(steps, never()).accept(any());
    assertThat(instance).isEnded().hasPassed("RecordRefusal", "MembershipRefused");
  }

  @Test
  void aRefusalWithoutAReason_isRefused_andTheReviewStaysOpen() {
    ProcessInstance instance = start();

    assertThatThrownBy(() -> complete(task(instance), withVariables(DECISION, "REFUSE")))
        .hasMessageContaining(COMMENT);

    assertThat(instance).isWaitingAt(REVIEW_MEMBERSHIP);
    verify(steps, never()).refuse(any());
  }

  @Test
  void eachReportingYear_theMembersGroupReportsItsDeliveries_yearAfterYear() {
    ProcessInstance instance = accepted();

    Assertions.assertThat(job("ReportingDue", instance).getDuedate()).isEqualTo(YEAR_ONE);
    execute(job("ReportingDue", instance));
    assertThat(instance).isWaitingAt(REPORT_COMMITMENTS);
    assertThat(task(instance)).hasCandidateGroup("donor-GSMA");
    complete(task(instance), withVariables(DELIVERED_CASH, "25000.00"));

    assertThat(instance).isWaitingAt("WhatComesFirst");
    Assertions.assertThat(job("ReportingDue", instance).getDuedate()).isEqualTo(YEAR_TWO);
    execute(job("ReportingDue", instance));
    assertThat(instance).isWaitingAt(REPORT_COMMITMENTS);
    complete(task(instance), withVariables(DELIVERED_CASH, "0"));
    assertThat(instance).isWaitingAt("WhatComesFirst").hasPassed("ReportingYear");
  }

  @Test
  void aMemberLeaving_betweenReports_endsItsMembership() {
    ProcessInstance instance = accepted();

    leave();

    verify(steps).leave(any());
    assertThat(instance).isEnded().hasPassed("MemberLeaves", "RecordLeaving", "MemberLeft");
  }

  @Test
  void aMemberLeaving_whileItsReportIsDue_endsItsMembership_andTheReportWithIt() {
    ProcessInstance instance = accepted();
    execute(job("ReportingDue", instance));

    leave();

    verify(steps, times(1)).leave(any());
    assertThat(instance).isEnded().hasPassed("LeftWhileReporting", "MemberLeft");
  }

  private static void leave() {
    runtimeService()
        .createMessageCorrelation(Messages.MEMBERSHIP_ENDED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();
  }

  private ProcessInstance accepted() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables(DECISION, "ACCEPT"));
    return instance;
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            InitiativeMembershipProcess.KEY,
            BUSINESS_KEY,
            Map.of(
                MEMBERSHIP_ID, 7L, LEAD_GROUP, "head-of-partnerships", MEMBER_GROUP, "donor-GSMA"));
  }
}
