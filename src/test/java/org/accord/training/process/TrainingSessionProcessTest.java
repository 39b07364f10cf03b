package org.accord.training.process;

import static org.accord.training.TrainingSessionProcess.Tasks.CLOSE_SESSION;
import static org.accord.training.TrainingSessionProcess.Tasks.SETTLE_REVENUE_SHARE;
import static org.accord.training.TrainingSessionProcess.Variables.SESSION_ENDS;
import static org.accord.training.TrainingSessionProcess.Variables.SESSION_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.accord.testing.ProcessTests;
import org.accord.training.TrainingSessionProcess;
import org.accord.training.TrainingSessionProcess.Messages;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of training-session: closed on its last day, the statement sent (its own job) and a
 * share paid to the partner, closed with nothing to pay, and cancelled before or after its last
 * day.
 */
@Deployment(resources = "processes/training-session.bpmn")
class TrainingSessionProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private static final long SESSION = 7;
  private static final Date LAST_DAY = Date.from(Instant.parse("2027-03-05T00:00:00Z"));

  private final TrainingSessionSteps steps = mock(TrainingSessionSteps.class);

  @BeforeEach
  void wireSteps() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("trainingSessionSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aNewSession_waitsForItsLastDay_thenThePartnershipOfficersCloseIt() {
    ProcessInstance instance = start();

    assertThat(instance).isWaitingAt("SessionEnded");
    assertThat(job("SessionEnded", instance).getDuedate()).isEqualTo(LAST_DAY);
    verify(steps, never()).showSession(any());

    execute(job("SessionEnded", instance));

    verify(steps).showSession(any());
    assertThat(instance).isWaitingAt(CLOSE_SESSION);
    assertThat(task(instance)).hasCandidateGroup("partnership-officers");
  }

  @Test
  void aClosedSessionWithAShareForThePartner_isSettledByFinance() {
    when(steps.partnerSharePayable(any())).thenReturn(true);
    ProcessInstance instance = start();
    execute(job("SessionEnded", instance));

    complete(task(instance));
    assertThat(instance).isWaitingAt("SendStatement");
    verify(steps, never()).sendStatement(any());
    execute(job("SendStatement", instance));

    verify(steps).sendStatement(any());
    verify(steps).showPartnerShare(any());
    assertThat(instance).isWaitingAt(SETTLE_REVENUE_SHARE);
    assertThat(task(instance)).hasCandidateGroup("finance");

    complete(task(instance));

    assertThat(instance)
        .isEnded()
        .hasPassedInOrder(
            CLOSE_SESSION, "SendStatement", "PartnerSharePayable", SETTLE_REVENUE_SHARE)
        .hasPassed("RevenueShared");
  }

  @Test
  void aClosedSessionWithoutRevenue_endsWithNothingToPay() {
    when(steps.partnerSharePayable(any())).thenReturn(false);
    ProcessInstance instance = start();
    execute(job("SessionEnded", instance));

    complete(task(instance));
    execute(job("SendStatement", instance));

    verify(steps).sendStatement(any());
    verify(steps, never()).showPartnerShare(any());
    assertThat(instance).isEnded().hasPassed("NothingToPay").hasNotPassed(SETTLE_REVENUE_SHARE);
  }

  @Test
  void aSessionCancelledBeforeItsLastDay_endsWithoutClosing() {
    ProcessInstance instance = start();

    cancel();

    verify(steps, never()).showSession(any());
    assertThat(instance).isEnded().hasPassed("SessionCancelled", "NotHeld");
  }

  @Test
  void aSessionCancelledWhileAwaitingClosure_endsAndTheTaskGoes() {
    ProcessInstance instance = start();
    execute(job("SessionEnded", instance));

    cancel();

    assertThat(instance).isEnded().hasPassed("NotHeld").hasNotPassed("PartnerSharePayable");
  }

  private static void cancel() {
    runtimeService()
        .createMessageCorrelation(Messages.SESSION_CANCELLED)
        .processInstanceBusinessKey(TrainingSessionProcess.businessKey(SESSION))
        .correlate();
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            TrainingSessionProcess.KEY,
            TrainingSessionProcess.businessKey(SESSION),
            Map.of(SESSION_ID, SESSION, SESSION_ENDS, LAST_DAY));
  }
}
