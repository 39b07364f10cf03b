package org.accord.identity.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.identityService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.accord.identity.DeputyService;
import org.accord.identity.Deputyship;
import org.accord.identity.DeputyshipApproval;
import org.accord.identity.DeputyshipStatus;
import org.accord.security.CurrentUser;
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

/** Every path of {@code deputyship-approval}: approved, refused, and left to lapse. */
@Deployment(resources = "processes/deputyship-approval.bpmn")
class DeputyshipApprovalProcessTest {

  @RegisterExtension static ProcessEngineCoverageExtension engine = ProcessTests.engine();

  private static final LocalDate FROM = LocalDate.of(2027, 3, 1);
  private static final Clock CLOCK = Clock.system(ZoneOffset.UTC);

  private final DeputyService deputies = mock(DeputyService.class);

  @BeforeEach
  void wireSteps() {
    BpmnAwareTests.init(engine.getProcessEngine());
    when(deputies.find("head"))
        .thenReturn(
            Optional.of(
                new Deputyship(
                    "head",
                    "director",
                    FROM,
                    FROM.plusDays(4),
                    List.of("head-of-partnerships"),
                    DeputyshipStatus.REQUESTED,
                    "head",
                    null,
                    null)));
    Mocks.register(
        "deputyshipSteps",
        new DeputyshipSteps(
            deputies, new CurrentUser(engine.getProcessEngine().getIdentityService()), CLOCK));
  }

  @AfterEach
  void reset() {
    identityService().clearAuthentication();
    Mocks.reset();
  }

  @Test
  void theHeadOfPartnershipsDecides_byTheEndOfTheWindowsFirstDay() {
    ProcessInstance instance = request();

    assertThat(instance).isWaitingAt(DeputyshipApproval.Tasks.APPROVE_DEPUTYSHIP);
    assertThat(task(instance))
        .hasCandidateGroup("head-of-partnerships")
        .hasDueDate(Date.from(FROM.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  @Test
  void anApprovedDeputyship_isGrantedInTheApproversName() {
    ProcessInstance instance = request();
    identityService().setAuthenticatedUserId("director-general");

    complete(task(instance), withVariables(DeputyshipApproval.Variables.DECISION, "APPROVE"));

    assertThat(instance).hasPassed("GrantDeputyship").isEnded();
    verify(deputies).decide("head", DeputyshipStatus.APPROVED, "director-general", null);
  }

  @Test
  void aRefusedDeputyship_isRefusedWithItsReason() {
    ProcessInstance instance = request();
    identityService().setAuthenticatedUserId("director-general");

    complete(
        task(instance),
        withVariables(
            DeputyshipApproval.Variables.DECISION,
            "REFUSE",
            DeputyshipApproval.Variables.COMMENT,
            "Two of you are away"));

    assertThat(instance).hasPassed("RefuseDeputyship").isEnded();
    verify(deputies)
        .decide("head", DeputyshipStatus.REFUSED, "director-general", "Two of you are away");
  }

  @Test
  void aRequestNobodyDecidedBeforeTheWindowEnded_lapses() {
    ProcessInstance instance = request();

    assertThat(job(instance))
        .hasDueDate(Date.from(FROM.plusDays(5).atStartOfDay(ZoneOffset.UTC).toInstant()));
    execute(job(instance));

    assertThat(instance).hasPassed("LapseDeputyship").isEnded();
    verify(deputies).decide("head", DeputyshipStatus.LAPSED, "system", null);
  }

  private static ProcessInstance request() {
    return runtimeService()
        .startProcessInstanceByKey(
            DeputyshipApproval.KEY,
            "head",
            withVariables(
                DeputyshipApproval.Variables.ABSENT_USER, "head",
                DeputyshipApproval.Variables.DEPUTY, "director"));
  }
}
