package org.accord.reporting.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import org.accord.agreement.AgreementService;
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

@Deployment(resources = "processes/progress-reporting.bpmn")
class ProgressReportingProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private final NotificationService notifications = mock(NotificationService.class);
  private final Audience audience = mock(Audience.class);

  @BeforeEach
  void wireDelegates() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(audience.ofGroups(any())).thenReturn(Set.of("someone@accord.example"));
    NotificationDelegates.register(notifications, audience, mock(AgreementService.class));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void officerSubmitsAndManagerAccepts_endsTheReportingCycle() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey("progress-reporting", "PA-2026-0042");

    assertThat(instance).isWaitingAt("submitProgressReport");
    assertThat(task(instance)).hasCandidateGroup("partnership-officers");
    complete(
        task(instance),
        withVariables(
            "reportNarrative", "Survey done", "indicatorActual", 30, "expenditure", "42000.00"));

    assertThat(instance).isWaitingAt("reviewProgressReport");
    assertThat(task(instance)).hasCandidateGroup("managers");
    complete(task(instance), withVariables("reportDecision", "ACCEPT"));

    assertThat(instance).isEnded().hasPassed("ReportAccepted");
    verify(notifications).queue(argThat(message -> message.template().equals("report-accepted")));
  }

  @Test
  void reportNotSubmittedInTime_isEscalatedToManagersAndStaysOpen() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey("progress-reporting", "PA-2026-0042");

    execute(job("ReportOverdue", instance));

    assertThat(instance).hasPassed("OverdueEscalated").isWaitingAt("submitProgressReport");
    verify(notifications).queue(argThat(message -> message.template().equals("report-overdue")));
  }

  @Test
  void managerAskingForRevision_sendsTheReportBackToTheOfficer() {
    ProcessInstance instance =
        runtimeService().startProcessInstanceByKey("progress-reporting", "PA-2026-0042");
    complete(
        task(instance),
        withVariables(
            "reportNarrative", "Survey done", "indicatorActual", 30, "expenditure", "42000.00"));
    complete(
        task(instance),
        withVariables("reportDecision", "REVISE", "reportReviewComment", "Add the survey figures"));

    assertThat(instance).isWaitingAt("submitProgressReport");
  }
}
