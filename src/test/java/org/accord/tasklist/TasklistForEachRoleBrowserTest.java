package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each role in Camunda Tasklist, in a real headless Chromium: what the start form checks before it
 * is sent, what a decider is shown, and what a partner's representative does not see.
 */
@AccordIntegrationTest
class TasklistForEachRoleBrowserTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void startFormOffersTheRegisteredPartners_andRefusesAnEndBeforeTheStartBesideTheField() {
    String title = "Dates checked in the form";
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer").openStartForm("Partnership agreement");

      assertThat(browser.optionsFor("partnerCode", "gsm"))
          .containsExactly("GSM Association (GSMA)");
      browser
          .type("title", title)
          .type("amount", "12,000")
          .date("startDate", "06/01/2028")
          .date("endDate", "12/31/2027")
          .pressStart();

      assertThat(browser.errorOf("endDate")).isEqualTo("Must be on or after 2028-06-01.");
      assertThat(browser.errorOf("amount"))
          .isEqualTo("Not in the expected form: see the hint above.");
      // A click beside the dialog used to close it and lose all that was typed.
      browser.clickBesideDialog();
      assertThat(browser.dialogIsOpen()).isTrue();
      assertThat(browser.value("title")).isEqualTo(title);
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from accord.agreement where title = ?", Integer.class, title))
        .as("nothing was sent")
        .isZero();
  }

  @Test
  void screeningOfficerReadsTheServersReasonAlone_notTheEnginesFraming() {
    String reference = api.propose("GSMA", "5050.00");
    String taskId = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    try (Browser browser = Browser.open(port)) {
      browser
          .logInToTasklist("officer2")
          .openTask(taskId)
          .claim()
          .tick("Send back for revision")
          .completeTask();

      assertThat(browser.refusal())
          .contains("screeningComment: is required when screeningDecision is REVISE")
          .doesNotContain("Cannot submit task form", taskId);
    }
  }

  @Test
  void partnersRepresentativeHasNoCreateTaskOrDiagram_andStartsOnlyARequestToJoin_theOfficerHas() {
    String reference = api.toDonorSignOff("GSMA", "5100.00");
    String taskId = (String) api.tasks("gsma", reference, DONOR_SIGN_OFF).get(0).get("id");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("gsma");
      assertThat(browser.headerActions()).doesNotContain("Create task").contains("Start process");
      assertThat(browser.startableProcesses("Initiative membership"))
          .contains("Initiative membership")
          .doesNotContain("Partnership agreement");
    }
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("gsma");
      browser.openTask(taskId);
      assertThat(browser.taskTabs()).contains("Form", "History").doesNotContain("Diagram");
    }
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer");
      assertThat(browser.headerActions()).contains("Create task", "Start process");
    }
    // Nor is the agency's process model theirs to read by another road.
    assertThat(
            rest.exchange(
                    "/engine-rest/process-definition/key/partnership-agreement/xml",
                    HttpMethod.GET,
                    new HttpEntity<>(Api.headersOf("gsma")),
                    String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void
      signatoriesOpenTheMouFromTheirTaskInTheirSession_andTheDonorAsksAboutIt_anotherPartnerCannotOpenIt() {
    String reference = api.toDonorSignOff("GSMA", "5200.00");
    api.complete("gsma", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !api.tasks("gsma", reference, SIGN_MOU_PARTNER).isEmpty());
    String mou = "/api/agreements/" + reference + "/documents/mou";

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("gsma", reference, SIGN_MOU_PARTNER).get(0).get("id");
      browser.logInToTasklist("gsma").openTask(taskId);
      assertThat(browser.linkTo("Open the Memorandum of Understanding")).endsWith(mou + " _blank");
      assertThat(browser.fetch(mou)).isEqualTo("200 application/pdf");
      // Having read it, the donor asks about it on the task; the question stays in its history.
      browser.addComment("May we report quarterly rather than every six months?");
      assertThat(browser.historyShows("May we report quarterly rather than every six months?"))
          .isTrue();
    }
    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("signatory", reference, SIGN_MOU_AGENCY).get(0).get("id");
      browser.logInToTasklist("signatory").openTask(taskId);
      assertThat(browser.fetch(mou)).isEqualTo("200 application/pdf");
    }
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("jica");
      assertThat(browser.fetch(mou)).startsWith("404");
    }
  }

  @Test
  void approverReadsTheDueDiligenceFindingsInWords_theDonorIsNeverGivenThem() {
    String reference = api.propose(api.newPartner("FINDINGS", "Findings Foundation"), "5300.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    api.reviewDueDiligence(reference, "CONCERNS", "CLEAR");

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("head", reference, APPROVE_AGREEMENT).get(0).get("id");
      browser.logInToTasklist("head").openTask(taskId);
      assertThat(browser.value("dueDiligenceFindings"))
          .contains(
              "Legal review: Concerns. Reviewed the statutes",
              "Financial review: Clear. Reviewed the accounts",
              "Sanctions screening: No match on the consolidated sanctions list");
      assertThat(browser.value("outputTypeNames")).isEqualTo("Toolkits");
      assertThat(browser.value("beneficiaryCountryNames")).isEqualTo("Rwanda, Kenya");
    }

    api.approveInternally(reference);
    api.newUser("findings-rep", "donor-FINDINGS");
    String donorTask =
        (String) api.tasks("findings-rep", reference, DONOR_SIGN_OFF).get(0).get("id");
    assertThat(
            api.get("findings-rep", "/engine-rest/task/" + donorTask + "/form-variables").getBody())
        .doesNotContainKeys("dueDiligenceFindings", "riskRating", "legalComment");
  }

  @Test
  void eachAgencyGroupHasItsOwnFilter_seenByItsMembersOnly() {
    List<Object> legal = names(api.getList("legal", "/engine-rest/filter").getBody());
    List<Object> officer = names(api.getList("officer", "/engine-rest/filter").getBody());

    assertThat(legal)
        .contains("My group's tasks", "Legal reviewers")
        .doesNotContain("Partnership officers");
    assertThat(officer).contains("Partnership officers").doesNotContain("Legal reviewers");
  }

  private static List<Object> names(List<Map<String, Object>> filters) {
    return filters.stream().map(filter -> filter.get("name")).toList();
  }
}
