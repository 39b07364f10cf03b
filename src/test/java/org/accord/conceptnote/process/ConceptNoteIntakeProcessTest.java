package org.accord.conceptnote.process;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Tasks.REVIEW_CONCEPT_NOTE;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.COMMENT;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.CONCEPT_NOTE_ID;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.DECISION;
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

import java.util.Map;
import org.accord.conceptnote.ConceptNoteIntakeProcess;
import org.accord.conceptnote.ConceptNoteIntakeProcess.Messages;
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

/**
 * Every path of concept-note-intake: accepted as a proposal, declined, a question answered, a
 * question left unanswered, and a decision refused for want of its comment.
 */
@Deployment(resources = "processes/concept-note-intake.bpmn")
class ConceptNoteIntakeProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private static final String BUSINESS_KEY = ConceptNoteIntakeProcess.businessKey(11);

  private final ConceptNoteSteps steps = mock(ConceptNoteSteps.class);

  @BeforeEach
  void wireSteps() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(steps.answerWithin()).thenReturn("P30D");
    Mocks.register("conceptNoteSteps", steps);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void aSubmittedNote_isShown_andReviewedByThePartnershipOfficers() {
    ProcessInstance instance = start();

    verify(steps).show(any());
    assertThat(instance).isWaitingAt(REVIEW_CONCEPT_NOTE);
    assertThat(task(instance)).hasCandidateGroup("partnership-officers");
  }

  @Test
  void anAcceptedNote_becomesAProposal_andEnds() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(DECISION, "ACCEPT"));

    verify(steps).accept(any());
    verify(steps, never()).decline(any());
    assertThat(instance).isEnded().hasPassed("ProposeAgreement", "AcceptedAsProposal");
  }

  @Test
  void aDeclinedNote_endsWithItsReason() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(DECISION, "DECLINE", COMMENT, "Outside our mandate"));

    verify(steps).decline(any());
    assertThat(instance).isEnded().hasPassed("RecordDecline", "Declined");
  }

  @Test
  void aQuestion_waitsForTheMembersAnswer_whichBringsTheNoteBackToReview() {
    ProcessInstance instance = start();

    complete(task(instance), withVariables(DECISION, "ASK", COMMENT, "Which districts?"));
    verify(steps).ask(any());
    assertThat(instance).isWaitingAt("AwaitAnswer");

    runtimeService()
        .createMessageCorrelation(Messages.CONCEPT_NOTE_ANSWERED)
        .processInstanceBusinessKey(BUSINESS_KEY)
        .correlate();

    verify(steps, times(2)).show(any());
    verify(steps, never()).unanswered(any());
    assertThat(instance).hasPassed("MemberAnswered").isWaitingAt(REVIEW_CONCEPT_NOTE);
  }

  @Test
  void aQuestionLeftUnanswered_bringsTheNoteBackToReview_whenTheTimeIsUp() {
    ProcessInstance instance = start();
    complete(task(instance), withVariables(DECISION, "ASK", COMMENT, "Which districts?"));

    execute(job("NoAnswer", instance));

    verify(steps).unanswered(any());
    verify(steps, times(2)).show(any());
    assertThat(instance).hasPassed("ReopenReview").isWaitingAt(REVIEW_CONCEPT_NOTE);
  }

  @Test
  void aQuestionOrADeclineWithoutItsText_isRefused_andTheReviewStaysOpen() {
    ProcessInstance instance = start();

    assertThatThrownBy(() -> complete(task(instance), withVariables(DECISION, "ASK")))
        .hasMessageContaining(COMMENT);
    assertThatThrownBy(() -> complete(task(instance), withVariables(DECISION, "DECLINE")))
        .hasMessageContaining(COMMENT);

    assertThat(instance).isWaitingAt(REVIEW_CONCEPT_NOTE);
    verify(steps, never()).ask(any());
    verify(steps, never()).decline(any());
  }

  private static ProcessInstance start() {
    return runtimeService()
        .startProcessInstanceByKey(
            ConceptNoteIntakeProcess.KEY, BUSINESS_KEY, Map.of(CONCEPT_NOTE_ID, 11L));
  }
}
