package org.accord.initiative;

import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REPORT_COMMITMENTS;
import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REVIEW_MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A partner's representative asks to join an initiative in Tasklist, an officer accepts it there,
 * and a year later the representative reports what was delivered: the three forms, rendered in a
 * real headless Chromium.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class InitiativeMembershipBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aRepresentativeAsksToJoinInTasklist_anOfficerAccepts_andTheMemberReportsItsYear()
      throws Exception {
    String code = "PI-B" + System.currentTimeMillis() % 1_000_000L;
    String partner = "BP" + System.nanoTime() % 100_000_000L;
    api.newPartner(partner, "Partner " + partner);
    String representative = partner.toLowerCase(Locale.ROOT) + "rep";
    api.newUser(representative, "donor-" + partner);
    assertThat(
            api.post(
                    "officer",
                    "/api/initiatives",
                    Map.of(
                        "code",
                        code,
                        "title",
                        "Digital skills for women",
                        "kind",
                        "THEMATIC",
                        "description",
                        "A Partnership Initiative of the Cusco Plan of Action.",
                        "countries",
                        List.of("PE")))
                .getStatusCode()
                .value())
        .isEqualTo(201);

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative);
      assertThat(browser.headerActions()).contains("Start process").doesNotContain("Create task");
      browser
          .openStartForm("Initiative membership")
          .type("initiative", code)
          .tick("Co-lead")
          .type("focalPointName", "Rosa Quispe")
          .type("focalPointEmail", "rosa@example.org")
          .type("cashAmount", "15000.00")
          .type("cashCurrency", "USD")
          .type("expertiseTopic", "Digital literacy")
          .type("expertisePersonDays", "12");
      browser.screenshot(Path.of("target/screenshots/request-membership.png"));
      browser.submitStartForm();
    }
    String key =
        "IM-"
            + jdbc.queryForObject(
                "select id from accord.initiative_member where partner_code = ?",
                Long.class,
                partner);

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("officer", key, REVIEW_MEMBERSHIP).get(0).get("id");
      browser.logInToTasklist("officer").openTask(taskId);
      assertThat(browser.value("partnerCode")).isEqualTo(partner);
      assertThat(browser.value("role")).isEqualTo("CO_LEAD");
      assertThat(browser.value("commitments"))
          .isEqualTo("Cash: USD 15,000.00\nExpertise: Digital literacy, 12 person-days");
      browser.claim().tick("Accept the partner as a member");
      browser.screenshot(Path.of("target/screenshots/review-membership.png"));
      browser.completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                jdbc.queryForObject(
                    "select status from accord.initiative_member where partner_code = ?",
                    String.class,
                    partner),
            "ACTIVE"::equals);

    String instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks(representative, key, REPORT_COMMITMENTS).get(0).get("id");
      browser.logInToTasklist(representative).openTask(taskId);
      assertThat(browser.value("cashCommitted")).isEqualTo("Cash: USD 15,000.00");
      assertThat(browser.hasField("deliveredInKind")).as("nothing in kind was committed").isFalse();
      browser
          .claim()
          .type("deliveredCash", "6000.00")
          .type("deliveredPersonDays", "4")
          .type("deliveryNote", "Two trainings in Cusco");
      browser.screenshot(Path.of("target/screenshots/report-commitments.png"));
      browser.completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                api.tasks(representative, key, REPORT_COMMITMENTS).isEmpty()
                    && runtime.createProcessInstanceQuery().processInstanceId(instance).count()
                        == 1);
    List<Map<String, Object>> commitments =
        (List<Map<String, Object>>)
            api.getList(representative, "/api/initiatives/" + code + "/members")
                .getBody()
                .get(0)
                .get("commitments");
    assertThat(commitments)
        .extracting(
            c ->
                c.get("kind") + " " + c.get("deliveredAmount") + " " + c.get("deliveredPersonDays"))
        .containsExactly("CASH 6000.00 null", "EXPERTISE null 4");
  }
}
