package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Set;
import org.accord.agreement.AgreementService;
import org.accord.notification.Audience;
import org.accord.notification.NotificationService;
import org.accord.notification.process.NotificationDelegates;
import org.accord.testing.ProcessTests;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "processes/progress-reporting.bpmn")
class ProgressReportingProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private final NotificationService notifications = mock(NotificationService.class);
  private final Audience audience = mock(Audience.class);
  private ReportingCycle cycle;

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(audience.ofGroups(any())).thenReturn(Set.of("someone@accord.example"));
    NotificationDelegates.register(notifications, audience, mock(AgreementService.class));
    cycle = ReportingCycles.register(1);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void reportIsAskedForOnlyWhenThePeriodEnds_dueOnItsDueDate() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("PeriodEnded");
    Assertions.assertThat(job("PeriodEnded", instance).getDuedate())
        .isEqualTo(ReportingCycles.PERIOD_ENDED);
    verify(cycle, never()).open(any());

    execute(job("PeriodEnded", instance));

    assertThat(instance).isWaitingAt(SUBMIT_PROGRESS_REPORT);
    assertThat(task(instance)).hasCandidateGroup("partnership-officers");
    Assertions.assertThat(task(instance).getDueDate()).isEqualTo(ReportingCycles.REPORT_DUE);
    Assertions.assertThat(job("ReportOverdue", instance).getDuedate())
        .isEqualTo(ReportingCycles.REPORT_DUE);
    verify(cycle).open(any());
  }

  @Test
  void periodTimer_becomesDueOnlyWhenTheClockPassesThePeriodsEnd() {
    ProcessInstance instance = start();
    try {
      ClockUtil.setCurrentTime(new Date(ReportingCycles.PERIOD_ENDED.getTime() - 60_000));
      Assertions.assertThat(managementService().createJobQuery().executable().count()).isZero();

      ClockUtil.setCurrentTime(new Date(ReportingCycles.PERIOD_ENDED.getTime() + 60_000));
      Job periodEnded = managementService().createJobQuery().executable().singleResult();
      Assertions.assertThat(periodEnded).isNotNull();
      execute(periodEnded);

      assertThat(instance).isWaitingAt(SUBMIT_PROGRESS_REPORT);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void officerSubmitsAndManagerAccepts_endsTheReportingPeriodAndTellsTheDonor() {
    ProcessInstance instance = toSubmission();

    submit(instance);
    assertThat(instance).isWaitingAt(REVIEW_PROGRESS_REPORT);
    assertThat(task(instance)).hasCandidateGroup("managers");
    complete(task(instance), withVariables("reportDecision", "ACCEPT"));

    assertThat(instance).isEnded().hasPassed("ReportAccepted");
    verify(notifications).queue(argThat(message -> message.template().equals("report-accepted")));
  }

  @Test
  void reportNotSubmittedByItsDueDate_isMarkedOverdueAndEscalatedToManagers_andStaysOpen() {
    ProcessInstance instance = toSubmission();

    execute(job("ReportOverdue", instance));

    assertThat(instance).hasPassed("OverdueEscalated").isWaitingAt(SUBMIT_PROGRESS_REPORT);
    verify(cycle).overdue(any());
    verify(notifications).queue(argThat(message -> message.template().equals("report-overdue")));
  }

  @Test
  void managerAskingForRevision_sendsTheReportBackWithANewDeadline() {
    ProcessInstance instance = toSubmission();
    submit(instance);
    complete(
        task(instance),
        withVariables("reportDecision", "REVISE", "reportReviewComment", "Add the survey figures"));

    assertThat(instance).isWaitingAt(SUBMIT_PROGRESS_REPORT);
    verify(cycle, times(2)).open(any());
    Assertions.assertThat(job("ReportOverdue", instance).getDuedate())
        .isEqualTo(ReportingCycles.REPORT_DUE);
    submit(instance);
    complete(task(instance), withVariables("reportDecision", "ACCEPT"));
    assertThat(instance).isEnded();
  }

  private ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            "progress-reporting", "PA-2026-0042", withVariables("reportingPeriod", 1));
  }

  private ProcessInstance toSubmission() {
    ProcessInstance instance = start();
    execute(job("PeriodEnded", instance));
    return instance;
  }

  private static void submit(ProcessInstance instance) {
    complete(
        task(instance),
        withVariables(
            "reportNarrative",
            "Survey done",
            "indicatorActuals",
            "[{\"code\":\"1.1\",\"value\":\"30\"}]",
            "expenditure",
            "42000.00"));
  }
}
