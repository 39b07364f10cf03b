package org.accord.training;

import static org.accord.training.Trainings.enrol;
import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An officer closes a session in Tasklist, and finance records the partner's share there. One KE
 * participant paid 450.00: reserve 10 % = 45.00, the rest 405.00, the agency 60 % = 243.00, the
 * partner 162.00.
 */
@AccordIntegrationTest
class SessionClosureBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Clock clock;

  @Test
  void theOfficerClosesTheSessionWithItsCosts_andFinancePaysThePartnersShare() throws Exception {
    String reference = Trainings.activeTrainingCooperation(api);
    long session = Trainings.newSession(api, Trainings.course(api, reference), 5);
    String key = TrainingSessionProcess.businessKey(session);
    Map<String, Object> kenya = enrol(api, session, participant("Otieno Ouma", "KE")).getBody();
    api.post(
        "finance",
        "/api/training/enrolments/" + kenya.get("id") + "/payments",
        Map.of(
            "amount",
            "450.00",
            "currency",
            "USD",
            "paidOn",
            LocalDate.now(clock).toString(),
            "reference",
            "FEE-1"));
    jdbc.update(
        "update accord.training_session set starts_on = date '2026-11-23', ends_on = date"
            + " '2026-11-27' where id = ?",
        session);
    String instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("officer", key, Tasks.CLOSE_SESSION).get(0).get("id");
      browser.logInToTasklist("officer").openTask(taskId);
      assertThat(browser.value("revenue"))
          .contains("Fees received: USD 450.00")
          .contains("Reserve for free seats (10%): USD 45.00")
          .contains("The agency (60% of the rest): USD 243.00")
          .contains("The partner (40% of the rest): USD 162.00");
      assertThat(browser.value("costAllocation"))
          .contains("Venue and catering: shared, the agency 50%, the partner 50%");
      assertThat(browser.value("sessionCosts")).startsWith("Trainers and course materials: ");
      browser.screenshot(Path.of("target/screenshots/close-session.png"));
      browser.claim();
      // A required checkbox's label carries the form's asterisk: ticked by its field.
      browser.evaluate("document.querySelector(\"[id$='-Field_completionConfirmed']\").click()");
      browser
          .type("sessionCosts", "Trainers and course materials: 300.00\nVenue and catering: 99.99")
          .completeTask();
    }
    // Venue 99.99 shared 50 %: 49.995 rounds half to even to 50.00 for the agency, 49.99 the
    // partner.
    Map<String, Object> closure =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () -> api.get("officer", "/api/training/sessions/" + session + "/closure"),
                response -> response.getStatusCode().value() == 200)
            .getBody();
    assertThat(closure)
        .containsEntry("partnerShare", "162.00")
        .containsEntry("agencyCosts", "350.00")
        .containsEntry("partnerCosts", "49.99");

    try (Browser browser = Browser.open(port)) {
      List<Map<String, Object>> tasks =
          await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () -> api.tasks("finance", key, Tasks.SETTLE_REVENUE_SHARE),
                  open -> !open.isEmpty());
      browser.logInToTasklist("finance").openTask((String) tasks.get(0).get("id"));
      assertThat(browser.value("partnerShare")).isEqualTo("USD 162.00");
      assertThat(browser.value("paymentCurrency")).isEqualTo("USD");
      browser
          .claim()
          .type("paymentAmount", "162.00")
          .date("paidOn", LocalDate.now(clock).format(DateTimeFormatter.ofPattern("MM/dd/yyyy")))
          .type("bankReference", "BR-2026-1207");
      browser.screenshot(Path.of("target/screenshots/settle-revenue-share.png"));
      browser.completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        (Map<String, Object>)
                            api.get("finance", "/api/training/sessions/" + session + "/closure")
                                .getBody()
                                .get("payment"))
                    .containsEntry("amount", "162.00")
                    .containsEntry("bankReference", "BR-2026-1207"));
  }
}
