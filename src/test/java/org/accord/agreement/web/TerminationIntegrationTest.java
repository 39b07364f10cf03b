package org.accord.agreement.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Managers suspend, resume and terminate agreements; nothing is left dangling. */
@AccordIntegrationTest
class TerminationIntegrationTest {

  @Autowired Api api;

  @Test
  void terminationNeedsAManagerAndAReason() {
    String reference = api.propose("JICA", "800.00");

    assertThat(
            api.post(
                    "officer", "/api/agreements/" + reference + "/terminate", Map.of("reason", "x"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> noReason =
        api.post("manager", "/api/agreements/" + reference + "/terminate", Map.of("reason", " "));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("detail").toString()).contains("reason");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "SCREENING");
  }

  @Test
  void terminatedAgreementLeavesNoOpenTaskInAnyProcessAndCannotBeTerminatedTwice() {
    String reference = api.propose("GSMA", "900.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));

    ResponseEntity<Map<String, Object>> terminated =
        api.post(
            "manager",
            "/api/agreements/" + reference + "/terminate",
            Map.of("reason", "Partner withdrew its funding"));

    assertThat(terminated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(terminated.getBody()).containsEntry("status", "TERMINATED");
    assertThat(
            api.getList("manager", "/engine-rest/task?processInstanceBusinessKey=" + reference)
                .getBody())
        .isEmpty();
    assertThat(
            api.getList("manager", "/engine-rest/process-instance?businessKey=" + reference)
                .getBody())
        .isEmpty();
    assertThat(
            api.post(
                    "manager",
                    "/api/agreements/" + reference + "/terminate",
                    Map.of("reason", "again"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void suspendedAgreementsTasksWaitUntilItIsResumedToItsStage() {
    String reference = api.propose("JICA", "700.00");
    assertThat(api.post("manager", "/api/agreements/" + reference + "/suspend", Map.of()).getBody())
        .containsEntry("status", "SUSPENDED");

    ResponseEntity<Map<String, Object>> blocked =
        api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    assertThat(blocked.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    assertThat(api.post("manager", "/api/agreements/" + reference + "/resume", Map.of()).getBody())
        .containsEntry("status", "SCREENING");
    assertThat(
            api.complete(
                    "officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            api.post("manager", "/api/agreements/" + reference + "/resume", Map.of())
                .getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }
}
