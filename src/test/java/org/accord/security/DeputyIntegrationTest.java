package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.identity.DeputyService;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A deputy's window, before, during and after, with the day moved as the scheduler would. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class DeputyIntegrationTest {

  private static final LocalDate TODAY = LocalDate.now();

  @Autowired TestRestTemplate rest;
  @Autowired DeputyService deputies;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(rest);
  }

  @AfterEach
  void nobodyIsAway() {
    for (String user : List.of("head", "officer")) {
      api.delete(user, "/api/users/" + user + "/deputy");
    }
    deputies.handOver(TODAY);
  }

  @Test
  void deputyHoldsTheAbsentUsersGroupOnlyDuringTheWindow_andDecidesActingForThem() {
    String reference = api.propose("JICA", "150000.00");
    api.complete("officer2", reference, "screenProposal", Map.of("screeningDecision", "ACCEPT"));
    if (!api.tasks("legal", reference, "legalReview").isEmpty()) {
      api.reviewDueDiligence(reference, "CLEAR", "CLEAR");
    }
    ResponseEntity<Map<String, Object>> named =
        api.put("head", "/api/users/head/deputy", window("director", 1, 5));
    assertThat(named.getStatusCode()).isEqualTo(HttpStatus.OK);

    // Before: the head's approval is not the director's to see.
    assertThat(api.tasks("director", reference, "approveAgreement")).isEmpty();

    deputies.handOver(TODAY.plusDays(1));
    assertThat(api.tasks("director", reference, "approveAgreement")).hasSize(1);
    api.complete("director", reference, "approveAgreement", Map.of("approvalDecision", "APPROVE"));
    List<Map<String, Object>> decisions =
        (List<Map<String, Object>>)
            api.get("manager", "/api/agreements/" + reference).getBody().get("decisions");
    assertThat(decisions)
        .filteredOn(decision -> "approveAgreement".equals(decision.get("taskKey")))
        .singleElement()
        .satisfies(
            decision ->
                assertThat(decision)
                    .containsEntry("decidedBy", "director")
                    .containsEntry("actingFor", "head"));
    assertThat(
            api.complete(
                    "director",
                    reference,
                    "approveAgreement",
                    Map.of("approvalDecision", "APPROVE"))
                .getStatusCode())
        .as("acting for the head does not make a second approval by the same person")
        .isEqualTo(HttpStatus.FORBIDDEN);

    deputies.handOver(TODAY.plusDays(6));
    assertThat(identityService.createUserQuery().memberOfGroup("head-of-partnerships").list())
        .extracting(user -> user.getId())
        .doesNotContain("director");
  }

  @Test
  void taskAssignedToTheAbsentUser_goesToTheDeputyWithANote_andComesBackAfter() {
    String reference = api.propose("GSMA", "8000.00");
    api.complete(
        "officer2",
        reference,
        "screenProposal",
        Map.of("screeningDecision", "REVISE", "screeningComment", "Add the budget lines"));
    String taskId = (String) api.tasks("officer", reference, "reviseProposal").get(0).get("id");

    api.put("officer", "/api/users/officer/deputy", window("officer2", 0, 3));

    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("officer2");
    assertThat(taskService.getTaskComments(taskId))
        .extracting(Comment::getFullMessage)
        .anySatisfy(
            note -> assertThat(note).contains("officer2 works this task as deputy of officer"));
    assertThat(api.get("officer", "/api/users/officer/deputy").getBody())
        .containsEntry("deputyId", "officer2")
        .containsEntry("until", TODAY.plusDays(3).toString());

    deputies.handOver(TODAY.plusDays(4));
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo("officer");
  }

  @Test
  void deputiesAreNamedByTheUserOrAnAdministrator_fromTheAgencysStaff_forAWindowAhead() {
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("head", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("nobody", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("gsma", 0, 1))))
        .containsExactly("deputy");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("director", 3, 1))))
        .containsExactly("until");
    assertThat(fields(api.put("head", "/api/users/head/deputy", window("director", -9, -2))))
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
        .isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> window(String deputy, int fromDays, int untilDays) {
    return Map.of(
        "deputy", deputy,
        "from", TODAY.plusDays(fromDays).toString(),
        "until", TODAY.plusDays(untilDays).toString());
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
