package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.REVISE_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.identity.DeputyshipApproval.Tasks.APPROVE_DEPUTYSHIP;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.identity.DeputyHandOver;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A deputyship: asked for, approved by someone not party to it, bounded, lending only what it
 * names, and never a way around the separation of duties: the deputy is held to it as themself and
 * as the person they stand in for. The day is moved as the scheduler would move it.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class DeputyIntegrationTest {

  private static final LocalDate TODAY = LocalDate.now();
  private static final List<String> AWAY =
      List.of("head", "officer", "signatory", "manager", "legal");

  @Autowired Api api;
  @Autowired DeputyHandOver handOver;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  @AfterEach
  void nobodyIsAway() {
    for (String user : AWAY) {
      api.delete(user, "/api/users/" + user + "/deputy");
    }
    handOver.handOver(TODAY);
  }

  @Test
  void aDeputyshipTakesEffectOnlyOnceApproved_andLendsOnlyTheGroupsItNames() {
    ResponseEntity<Map<String, Object>> requested =
        api.put("legal", "/api/users/legal/deputy", window("finance", 0, 4));
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(requested.getBody())
        .containsEntry("status", "REQUESTED")
        .containsEntry("groups", List.of("legal"));
    handOver.handOver(TODAY);
    assertThat(groupsOf("finance")).doesNotContain("legal");
    List<Map<String, Object>> approval = api.tasks("head", "legal", APPROVE_DEPUTYSHIP);
    assertThat(approval).hasSize(1);
    assertThat(
            api.get("head", "/engine-rest/task/" + approval.get(0).get("id") + "/variables")
                .getBody())
        .as("the approver reads people by their names")
        .containsEntry(
            "absentUser",
            Map.of("type", "String", "value", "Sofia Rossi (legal)", "valueInfo", Map.of()))
        .containsEntry(
            "deputy",
            Map.of("type", "String", "value", "Kwame Mensah (finance)", "valueInfo", Map.of()));

    assertThat(
            api.complete(
                    "head", "legal", APPROVE_DEPUTYSHIP, Map.of("deputyshipDecision", "APPROVE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(api.get("legal", "/api/users/legal/deputy").getBody())
        .containsEntry("status", "APPROVED")
        .containsEntry("decidedBy", "head");
    assertThat(api.getList("head", "/api/deputyships").getBody())
        .anySatisfy(
            listed ->
                assertThat(listed)
                    .containsEntry("userId", "legal")
                    .containsEntry("deputyId", "finance")
                    .containsEntry("status", "APPROVED"));
    assertThat(api.get("officer", "/api/deputyships").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(groupsOf("finance")).contains("legal");
    handOver.handOver(TODAY.plusDays(5));
    assertThat(groupsOf("finance")).doesNotContain("legal");
  }

  @Test
  void deputyshipsAreBounded_startNoEarlierThanToday_andLendOnlyTheUsersOwnWorkGroups() {
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("director", 0, 30))))
        .containsExactly("until");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("director", -1, 3))))
        .containsExactly("from");
    assertThat(
            fields(
                api.put(
                    "admin",
                    "/api/users/head/deputy",
                    window("director", 0, 3, "legal", "camunda-admin"))))
        .containsExactly("groups", "groups");
    assertThat(
            fields(
                api.put(
                    "head",
                    "/api/users/head/deputy",
                    Map.of("deputy", "director", "from", TODAY.toString(), "until", "2099-12-31"))))
        .containsExactly("until");
    assertThat(api.put("head", "/api/users/head/deputy", window("director", 0, 29)).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  @Test
  void nobodyDecidesADeputyshipTheyArePartyTo_andAdministratorsDecideThroughTheApi() {
    api.put("head", "/api/users/head/deputy", window("director", 1, 5));

    ResponseEntity<Map<String, Object>> ownRequest =
        api.complete("head", "head", APPROVE_DEPUTYSHIP, Map.of("deputyshipDecision", "APPROVE"));
    assertThat(ownRequest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.post("head", "/api/users/head/deputy/decision", Map.of("decision", "APPROVE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.post("admin", "/api/users/head/deputy/decision", Map.of("decision", "REFUSE"))
                .getStatusCode())
        .as("a refusal says why")
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(
            api.post(
                    "admin",
                    "/api/users/head/deputy/decision",
                    Map.of("decision", "REFUSE", "comment", "The director is away too"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api.get("head", "/api/users/head/deputy").getBody())
        .containsEntry("status", "REFUSED")
        .containsEntry("decidedBy", "admin")
        .containsEntry("decisionComment", "The director is away too");
    handOver.handOver(TODAY.plusDays(2));
    assertThat(groupsOf("director")).doesNotContain("head-of-partnerships");
  }

  @Test
  void theInitiatorStandingInForTheSignatory_mayNotSignTheirOwnProposalForTheAgency() {
    String reference = api.toDonorSignOff("JICA", "1500.00");
    approved("signatory", window("officer", 0, 3), "head");
    api.complete("jica", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer",
            reference,
            SIGN_MOU_AGENCY,
            Map.of("agencySignatory", "Officer", "agencySigned", true));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message"))
        .contains("initiator-signatory", "officer (acting for signatory)");
    assertThat(api.signForTheAgency("signatory", reference).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theScreenerStandingInForTheHead_mayNotApproveWhatTheyScreened() {
    String reference = api.propose("JICA", "1600.00");
    api.screenAndClear(reference);
    approved("head", window("officer2", 0, 3), "admin");

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer2", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("screener-approver");
    assertThat(
            api.complete(
                    "head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void theOfficerStandingInForTheManager_mayNotReviewTheReportTheySubmitted() {
    String reference = api.toActive("GSMA", "30000.00");
    api.fire(reference, 1, "PeriodEnded");
    assertThat(
            api.post(
                    "officer",
                    "/api/agreements/" + reference + "/reports/1",
                    Map.of(
                        "narrative", "Survey done",
                        "expenditure", "1000.00",
                        "indicatorActuals", List.of(Map.of("code", "1.1", "value", 10))))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    approved("manager", window("officer", 0, 3), "head");

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer", reference, REVIEW_PROGRESS_REPORT, Map.of("reportDecision", "ACCEPT"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat((String) refused.getBody().get("message")).contains("submitter-reviewer");
    assertThat(
            api.complete(
                    "manager",
                    reference,
                    REVIEW_PROGRESS_REPORT,
                    Map.of("reportDecision", "ACCEPT"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void deputyHoldsTheAbsentUsersGroupOnlyDuringTheWindow_andDecidesActingForThem() {
    String reference = api.propose("JICA", "150000.00");
    api.screenAndClear(reference);
    approved("head", window("director", 1, 5), "admin");

    // Before the window: the head's approval is not the director's to see.
    assertThat(api.tasks("director", reference, APPROVE_AGREEMENT)).isEmpty();

    handOver.handOver(TODAY.plusDays(1));
    assertThat(api.tasks("director", reference, APPROVE_AGREEMENT)).hasSize(1);
    api.complete("director", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    List<Map<String, Object>> decisions =
        (List<Map<String, Object>>)
            api.get("manager", "/api/agreements/" + reference).getBody().get("decisions");
    assertThat(decisions)
        .filteredOn(decision -> APPROVE_AGREEMENT.equals(decision.get("taskKey")))
        .singleElement()
        .satisfies(
            decision ->
                assertThat(decision)
                    .containsEntry("decidedBy", "director")
                    .containsEntry("actingFor", "head"));
    assertThat(
            api.complete(
                    "director", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"))
                .getStatusCode())
        .as("acting for the head does not make a second approval by the same person")
        .isEqualTo(HttpStatus.FORBIDDEN);

    handOver.handOver(TODAY.plusDays(6));
    assertThat(identityService.createUserQuery().memberOfGroup("head-of-partnerships").list())
        .extracting(User::getId)
        .doesNotContain("director");
  }

  @Test
  void taskAssignedToTheAbsentUser_goesToTheDeputyWithANote_andComesBackAfter() {
    String reference = api.propose("GSMA", "8000.00");
    api.complete(
        "officer2",
        reference,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", "REVISE", "screeningComment", "Add the budget lines"));
    String taskId = (String) api.tasks("officer", reference, REVISE_PROPOSAL).get(0).get("id");

    approved("officer", window("officer2", 0, 3), "head");

    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("officer2");
    assertThat(taskService.getTaskComments(taskId))
        .extracting(Comment::getFullMessage)
        .anySatisfy(
            note -> assertThat(note).contains("officer2 works this task as deputy of officer"));
    assertThat(api.get("officer", "/api/users/officer/deputy").getBody())
        .containsEntry("deputyId", "officer2")
        .containsEntry("until", TODAY.plusDays(3).toString());

    handOver.handOver(TODAY.plusDays(4));
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("officer");
  }

  @Test
  void deputiesAreNamedByTheUserOrAnAdministrator_fromTheAgencysStaff() {
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("head", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("nobody", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("gsma", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("director", 3, 1))))
        .containsExactly("until");
    assertThat(
            api.put("officer", "/api/users/head/deputy", window("officer", 0, 1)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.put("gsma", "/api/users/gsma/deputy", window("jica", 0, 1)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.put(null, "/api/users/head/deputy", window("director", 0, 1)).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.get("head", "/api/users/head/deputy").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.put("admin", "/api/users/head/deputy", window("director", 1, 2)).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
  }

  /** Asks for the deputyship, has it approved, and moves to today as the scheduler would. */
  private void approved(String user, Map<String, Object> window, String approver) {
    assertThat(api.put(user, "/api/users/" + user + "/deputy", window).getStatusCode())
        .isEqualTo(HttpStatus.ACCEPTED);
    ResponseEntity<?> decided =
        approver.equals("admin")
            ? api.post(
                "admin", "/api/users/" + user + "/deputy/decision", Map.of("decision", "APPROVE"))
            : api.complete(
                approver, user, APPROVE_DEPUTYSHIP, Map.of("deputyshipDecision", "APPROVE"));
    assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    handOver.handOver(TODAY);
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId())
        .toList();
  }

  private static Map<String, Object> window(
      String deputy, int fromDays, int untilDays, String... groups) {
    Map<String, Object> window = new HashMap<>();
    window.put("deputy", deputy);
    window.put("from", TODAY.plusDays(fromDays).toString());
    window.put("until", TODAY.plusDays(untilDays).toString());
    if (groups.length > 0) {
      window.put("groups", List.of(groups));
    }
    return window;
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
