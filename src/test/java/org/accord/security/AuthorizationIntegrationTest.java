package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * With Camunda's authorization on, each group sees and does only its own part, through engine-rest.
 */
@AccordIntegrationTest
class AuthorizationIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void donorNeitherSeesNorCompletesNorReadsAnotherDonorsAgreement() {
    String jicas = api.toDonorSignOff("JICA", "4000.00");
    Map<String, Object> task = api.tasks("jica", jicas, DONOR_SIGN_OFF).get(0);
    String processInstanceId = (String) task.get("processInstanceId");

    assertThat(api.tasks("gsma", jicas, DONOR_SIGN_OFF)).isEmpty();
    assertThat(
            api.get("gsma", "/engine-rest/task/" + task.get("id"))
                .getStatusCode()
                .is4xxClientError())
        .isTrue();
    assertThat(
            api.post(
                    "gsma",
                    "/engine-rest/task/" + task.get("id") + "/complete",
                    Map.of(
                        "variables",
                        Api.engineVariables(
                            Map.of("donorDecision", "DECLINE", "donorComment", "x"))))
                .getStatusCode())
        .as("a task one may not see is answered as one that does not exist")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            api.get("gsma", "/engine-rest/process-instance/" + processInstanceId + "/variables")
                .getStatusCode())
        .as("as if it did not exist")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.getList("gsma", "/engine-rest/process-instance?businessKey=" + jicas).getBody())
        .isEmpty();

    // The donor reads their agreement through their own task; the process's variables, theirs
    // included, are the agency's (AgencyAssessmentIntegrationTest).
    assertThat(api.tasks("jica", jicas, DONOR_SIGN_OFF)).hasSize(1);
    assertThat(
            api.get("jica", "/engine-rest/task/" + task.get("id") + "/variables").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void donorReadsNeitherAnotherDonorsHistoryNorTheirRecordsInTheApi() {
    String jicas = api.toActive("JICA", "4100.00");
    String processInstanceId =
        (String) api.get("jica", "/api/agreements/" + jicas).getBody().get("processInstanceId");

    for (String history :
        List.of(
            "/engine-rest/history/process-instance?processInstanceBusinessKey=" + jicas,
            "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId,
            "/engine-rest/history/task?processInstanceBusinessKey=" + jicas,
            "/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId)) {
      assertThat(api.getList("gsma", history).getBody()).as(history).isEmpty();
    }
    for (String record :
        List.of(
            "", "/results", "/reports", "/progress", "/amendments", "/evaluation", "/documents")) {
      assertThat(api.get("gsma", "/api/agreements/" + jicas + record).getStatusCode())
          .as(record)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(api.getList("gsma", "/api/agreements").getBody())
        .extracting(agreement -> agreement.get("partnerCode"))
        .containsOnly("GSMA");
    assertThat(
            api.post("gsma", "/api/agreements/" + jicas + "/amendments", Map.of("amount", "1.00"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("jica", "/api/agreements/" + jicas).getBody())
        .containsEntry("status", "ACTIVE")
        .containsEntry("mouVersion", 1);
  }

  @Test
  void reviewerCannotCompleteAnotherGroupsTask() {
    api.post(
        "officer",
        "/api/partners",
        Map.of(
            "code", "SEGREG",
            "name", "Segregation of Duties Foundation",
            "type", "FOUNDATION",
            "country", "CH",
            "contactEmail", "office@segreg.example"));
    String reference = api.propose("SEGREG", "2000.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    String financialReview =
        (String) api.tasks("finance", reference, FINANCIAL_REVIEW).get(0).get("id");

    assertThat(api.tasks("legal", reference, FINANCIAL_REVIEW)).isEmpty();
    assertThat(
            api.post(
                    "legal",
                    "/engine-rest/task/" + financialReview + "/complete",
                    Map.of(
                        "variables",
                        Api.engineVariables(
                            Map.of("financialFindings", "CLEAR", "financialComment", "x"))))
                .getStatusCode())
        .as("a task one may not see is answered as one that does not exist")
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void managersSeeEveryTaskButCompleteNone() {
    String reference = api.propose("GSMA", "3000.00");
    List<Map<String, Object>> screening = api.tasks("manager", reference, SCREEN_PROPOSAL);
    assertThat(screening).hasSize(1);

    assertThat(
            api.post(
                    "manager",
                    "/engine-rest/task/" + screening.get(0).get("id") + "/complete",
                    Map.of("variables", Api.engineVariables(Map.of("screeningDecision", "ACCEPT"))))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void donorCannotStartProcessesNorCreateFilters() {
    assertThat(
            api.post(
                    "gsma",
                    "/engine-rest/process-definition/key/partnership-agreement/submit-form",
                    Map.of("variables", Api.engineVariables(Map.of("title", "Mine"))))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.post(
                    "gsma",
                    "/engine-rest/filter/create",
                    Map.of("resourceType", "Task", "name", "Everything", "query", Map.of()))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void everyUserSeesTheSharedTasklistFilters() {
    assertThat(api.getList("gsma", "/engine-rest/filter").getBody())
        .extracting(filter -> filter.get("name"))
        .contains("My group's tasks", "My tasks", "Due soon");
  }

  @Test
  void donorIsRefusedThePortfolioWideStatistics_agencyStaffKeepThem() {
    api.propose("JICA", "4200.00");
    List<String> figures =
        List.of(
            "/engine-rest/process-definition/statistics",
            "/engine-rest/process-definition/key/partnership-agreement/statistics",
            "/engine-rest/process-definition/"
                + definitionId("manager", "partnership-agreement")
                + "/statistics",
            "/engine-rest/history/process-definition/"
                + definitionId("manager", "partnership-agreement")
                + "/statistics",
            "/engine-rest/history/process-definition/cleanable-process-instance-report"
                + "?firstResult=0&maxResults=10",
            "/engine-rest/task/report/candidate-group-count");
    for (String path : figures) {
      ResponseEntity<String> refused = raw("gsma", HttpMethod.GET, path, null);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getBody()).as(path).doesNotContain("instances");
    }
    assertThat(raw("manager", HttpMethod.GET, figures.get(0), null).getBody())
        .contains("\"instances\"");
    assertThat(raw("officer", HttpMethod.GET, figures.get(1), null).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void refusedMessageNamesNeitherTheOtherDonorsProcessInstanceNorAUser() {
    String gsmas = api.propose("GSMA", "4300.00");
    String processInstanceId =
        (String) api.get("officer", "/api/agreements/" + gsmas).getBody().get("processInstanceId");

    ResponseEntity<String> refused =
        raw(
            "jica",
            HttpMethod.POST,
            "/engine-rest/message",
            "{\"messageName\": \"AgreementTerminated\", \"businessKey\": \"" + gsmas + "\"}");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody())
        .contains("\"message\"")
        .doesNotContain(processInstanceId)
        .doesNotContain("jica");
    assertThat(api.get("officer", "/api/agreements/" + gsmas).getBody())
        .containsEntry("status", "SCREENING");
  }

  @Test
  void aPartnerIsRefusedCorrelations_whetherTheKeyExistsOrNot() {
    String gsmas = api.propose("GSMA", "4350.00");

    for (String key : List.of(gsmas, "PA-2099-9999")) {
      for (String path : List.of("/engine-rest/message", "/engine-rest/signal")) {
        ResponseEntity<String> refused =
            raw(
                "jica",
                HttpMethod.POST,
                path,
                "{\"messageName\": \"AgreementTerminated\", \"name\": \"x\","
                    + " \"businessKey\": \""
                    + key
                    + "\"}");
        assertThat(refused.getStatusCode()).as(path + " " + key).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).as(path).doesNotContain(gsmas);
      }
    }
    assertThat(api.get("officer", "/api/agreements/" + gsmas).getBody())
        .containsEntry("status", "SCREENING");
  }

  @Test
  void anotherDonorsTaskAndAMissingTask_answerAlike() {
    String gsmas = api.propose("GSMA", "4400.00");
    String task = (String) api.tasks("officer2", gsmas, SCREEN_PROPOSAL).get(0).get("id");

    for (String path :
        List.of(
            "/engine-rest/task/%s",
            "/engine-rest/task/%s/variables",
            "/engine-rest/task/%s/variables/title",
            "/engine-rest/task/%s/localVariables",
            "/engine-rest/task/%s/form-variables",
            "/engine-rest/task/%s/deployed-form",
            "/engine-rest/task/%s/rendered-form",
            "/engine-rest/task/%s/form",
            "/engine-rest/task/%s/identity-links",
            "/engine-rest/task/%s/comment",
            "/engine-rest/task/%s/attachment")) {
      ResponseEntity<String> existing = raw("jica", HttpMethod.GET, path.formatted(task), null);
      ResponseEntity<String> missing =
          raw("jica", HttpMethod.GET, path.formatted("0b6c5a2e-0000-11f1-abcd-000000000000"), null);

      assertThat(existing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(existing.getBody()).as(path).isEqualTo(missing.getBody());
    }
    // Work on a task is refused by the engine first; its refusal is then told as a missing task's.
    for (String path :
        List.of(
            "/engine-rest/task/%s/complete",
            "/engine-rest/task/%s/submit-form", "/engine-rest/task/%s/resolve")) {
      ResponseEntity<String> existing =
          raw("jica", HttpMethod.POST, path.formatted(task), "{\"variables\": {}}");
      ResponseEntity<String> missing =
          raw(
              "jica",
              HttpMethod.POST,
              path.formatted("0b6c5a2e-0000-11f1-abcd-000000000000"),
              "{\"variables\": {}}");

      assertThat(existing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(missing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(existing.getBody()).as(path).isEqualTo(missing.getBody());
    }
    assertThat(api.tasks("officer2", gsmas, SCREEN_PROPOSAL)).hasSize(1);
    assertThat(raw("officer2", HttpMethod.GET, "/engine-rest/task/" + task + "/variables", null))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.OK);
  }

  private String definitionId(String user, String key) {
    return (String) api.get(user, "/engine-rest/process-definition/key/" + key).getBody().get("id");
  }

  @Test
  void partnerIsRefusedTheProcessModelAndTheStartForm_evenWithThePathEncoded() {
    for (String path :
        List.of(
            "/engine-rest/process-definition/key/partnership-agreement/xml",
            "/engine-rest/process-definition/key/partnership-agreement/%78ml",
            "/engine-rest/process-definition/key/partnership-agreement/deployed-start-form",
            "/engine-rest/process-definition/key/partnership-agreement/startForm")) {
      ResponseEntity<String> refused =
          rest.exchange(
              java.net.URI.create(rest.getRootUri() + path),
              HttpMethod.GET,
              new HttpEntity<>(Api.headersOf("gsma")),
              String.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // The officer's start form offers the partner register, which is not a partner's to browse.
    assertThat(
            raw(
                    "officer",
                    HttpMethod.GET,
                    "/engine-rest/process-definition/key/partnership-agreement/deployed-start-form",
                    null)
                .getBody())
        .contains("\"label\":\"GSM Association (GSMA)\"", "\"value\":\"GSMA\"")
        .doesNotContain("valuesKey\":\"registeredPartners");
  }

  private ResponseEntity<String> raw(String user, HttpMethod method, String path, String json) {
    return rest.exchange(path, method, new HttpEntity<>(json, Api.headersOf(user)), String.class);
  }
}
