package org.accord.metrics.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.REVISE_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.accord.metrics.persistence.V14__RateAcceptedActuals;
import org.accord.security.Roles;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The managers' figures from a known set of agreements of a donor of the test's own, driven through
 * the engine with the clock moved day by day, so that every median and percentile is known:
 *
 * <pre>
 * day   A1 (1000)        A2 (2000)          A3 (3000, reporting since half a year)   A4, A5
 *  0    proposed
 *  2    screened
 *  3    due diligence
 *  4    approved
 *  6    donor approves
 *  7    ACTIVE
 * 10                     proposed
 * 11                     sent back
 * 13                     revised
 * 14                     screened
 * 16                     approved
 * 17                     donor approves
 * 20                     ACTIVE             proposed
 * 23                                        screened
 * 24                                        approved
 * 28                                        donor approves
 * 29                                        ACTIVE; periods 1 and 2 already ended
 * 30-33                                     report 1 sent back, then accepted
 * 34                                                                                 A4 proposed
 * 35                                                                                 A4 rejected
 * 36                                                                                 A5 proposed
 * 45    the figures are read (A5's screening was due on day 41, A3's report 2 on day 24)
 * </pre>
 *
 * Each agreement's one instalment, due on signature, is called as it becomes ACTIVE: finance's task
 * to record its receipt is due 30 days later (A1's on day 37, overdue; A2's on day 50 and A3's on
 * day 59, not yet).
 *
 * <p>Percentiles interpolate between the nearest values: the 90th of 1, 1, 2 is 1 + 0.8 × (2 − 1).
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class ManagerMetricsIntegrationTest {

  private static final String DONOR = "CYCL";
  private static final String FILTER = "?donor=" + DONOR;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired DataSource dataSource;

  private ZonedDateTime dayZero;
  private String a1;
  private String a3;

  @BeforeAll
  void driveTheKnownAgreements() {
    dayZero = LocalDate.now().minusDays(50).atTime(9, 0).atZone(ZoneId.systemDefault());
    api.newPartner(DONOR, "Cycle Time Foundation");
    api.newUser("cycl", "donor-" + DONOR);

    on(0);
    a1 = propose("1000.00", Proposals.valid(DONOR, "1000.00", "USD"));
    on(2);
    screen(a1, "ACCEPT");
    on(3);
    api.reviewDueDiligence(a1, "CLEAR", "CLEAR");
    on(4);
    api.approveInternally(a1);
    on(6);
    api.complete("cycl", a1, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    api.awaitStatus(a1, "MOU_SIGNING");
    on(7);
    api.signMou(a1, "cycl");
    api.awaitStatus(a1, "ACTIVE");
    awaitTheCallForFunds(a1);

    on(10);
    String a2 = propose("2000.00", Proposals.valid(DONOR, "2000.00", "USD"));
    on(11);
    screen(a2, "REVISE");
    on(13);
    api.complete("officer", a2, REVISE_PROPOSAL, revision());
    on(14);
    screen(a2, "ACCEPT");
    on(16);
    api.approveInternally(a2);
    on(17);
    api.complete("cycl", a2, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    api.awaitStatus(a2, "MOU_SIGNING");
    on(20);
    api.signMou(a2, "cycl");
    api.awaitStatus(a2, "ACTIVE");
    awaitTheCallForFunds(a2);

    Map<String, Object> reportingSinceHalfAYear = Proposals.valid(DONOR, "3000.00", "USD");
    LocalDate start = dayZero.toLocalDate().minusMonths(6).minusDays(5);
    reportingSinceHalfAYear.put("startDate", start.toString());
    reportingSinceHalfAYear.put("endDate", start.plusYears(2).toString());
    reportingSinceHalfAYear.put("reportingFrequency", "QUARTERLY");
    a3 = propose("3000.00", reportingSinceHalfAYear);
    on(23);
    screen(a3, "ACCEPT");
    on(24);
    api.approveInternally(a3);
    on(28);
    api.complete("cycl", a3, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    api.awaitStatus(a3, "MOU_SIGNING");
    on(29);
    api.signMou(a3, "cycl");
    api.awaitStatus(a3, "ACTIVE");
    awaitTheCallForFunds(a3);
    // Periods 1 and 2 ended before the agreement was active: their timers are due at once.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.tasks("officer", a3, SUBMIT_PROGRESS_REPORT).size() == 2);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> periodStatuses().startsWith("OVERDUE OVERDUE"));
    on(30);
    api.post("officer", report(1), actual("60"));
    on(31);
    api.post("manager", report(1) + "/review", Map.of("decision", "REVISE", "comment", "Sources?"));
    on(32);
    api.post("officer", report(1), actual("120"));
    on(33);
    api.post("manager", report(1) + "/review", Map.of("decision", "ACCEPT"));

    on(34);
    String a4 = propose("4000.00", Proposals.valid(DONOR, "4000.00", "USD"));
    on(35);
    screen(a4, "REJECT");
    on(36);
    propose("500.00", Proposals.valid(DONOR, "500.00", "USD"));
    on(40);
    doubleTheTargetOfA3();
    on(45);
  }

  /** A results change: the accepted 120 schools are no longer the target, but half of it. */
  private void doubleTheTargetOfA3() {
    Map<String, Object> results = Proposals.valid(DONOR, "3000.00", "USD");
    List<Map<String, Object>> framework = (List<Map<String, Object>>) results.get("results");
    Map<String, Object> objective = new HashMap<>(framework.get(0));
    Map<String, Object> indicator =
        new HashMap<>(((List<Map<String, Object>>) objective.get("indicators")).get(0));
    indicator.put("target", 240);
    objective.put("indicators", List.of(indicator));
    var requested =
        api.post(
            "officer",
            "/api/agreements/" + a3 + "/amendments",
            Map.of("justification", "A second district joins", "results", List.of(objective)));
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    api.complete("officer2", a3, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    for (String approver : List.of("head", "director")) {
      if (!api.tasks(approver, a3, APPROVE_AMENDMENT).isEmpty()) {
        api.complete(approver, a3, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
      }
    }
    api.complete("cycl", a3, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
  }

  @AfterAll
  void restoreTheClock() {
    ClockUtil.reset();
  }

  @Test
  void cycleTimesPerStage_areTheMedianAndNinetiethPercentileOfFinishedStays() {
    Map<String, Object> cycleTimes =
        api.get("manager", "/api/metrics/cycle-times" + FILTER).getBody();

    Map<String, Object> stages = (Map<String, Object>) cycleTimes.get("stages");
    // Screening: 2 (A1), 1 and 1 (A2, before and after its revision), 3 (A3), 1 (A4).
    assertThat(spread(stages, "SCREENING")).isEqualTo(List.of(5, 1.0, 2.6));
    assertThat(spread(stages, "IN_REVISION")).isEqualTo(List.of(1, 2.0, 2.0));
    assertThat(spread(stages, "DUE_DILIGENCE")).isEqualTo(List.of(1, 1.0, 1.0));
    assertThat(spread(stages, "INTERNAL_APPROVAL")).isEqualTo(List.of(3, 1.0, 1.8));
    assertThat(spread(stages, "DONOR_APPROVAL")).isEqualTo(List.of(3, 2.0, 3.6));
    assertThat(spread(stages, "MOU_SIGNING")).isEqualTo(List.of(3, 1.0, 2.6));
    assertThat(stages).doesNotContainKeys("ACTIVE", "REJECTED");

    // Proposal to ACTIVE: 7, 10 and 9 days.
    Map<String, Object> endToEnd = (Map<String, Object>) cycleTimes.get("proposalToActive");
    assertThat(List.of(endToEnd.get("count"), endToEnd.get("medianDays"), endToEnd.get("p90Days")))
        .isEqualTo(List.of(3, 9.0, 9.8));

    // From the recorded task completions: the same screenings, and the donors' three sign-offs.
    Map<String, Object> tasks = (Map<String, Object>) cycleTimes.get("tasks");
    assertThat(spread(tasks, SCREEN_PROPOSAL)).isEqualTo(List.of(5, 1.0, 2.6));
    assertThat(spread(tasks, DONOR_SIGN_OFF)).isEqualTo(List.of(3, 2.0, 3.6));
    assertThat(tasks.keySet()).first().isEqualTo(SCREEN_PROPOSAL);
  }

  @Test
  void pipelineAndFundsMobilized_countEachAgreementOnceWhereItIs() {
    Map<String, Object> pipeline = api.get("manager", "/api/metrics/pipeline" + FILTER).getBody();

    Map<String, Object> byStatus = (Map<String, Object>) pipeline.get("byStatus");
    assertThat(figure(byStatus, "ACTIVE")).isEqualTo(List.of(3, "6000.00"));
    assertThat(figure(byStatus, "REJECTED")).isEqualTo(List.of(1, "4000.00"));
    assertThat(figure(byStatus, "SCREENING")).isEqualTo(List.of(1, "500.00"));
    assertThat(figure(byStatus, "DONOR_APPROVAL")).isEqualTo(List.of(0, "0.00"));

    assertThat(figure((Map<String, Object>) pipeline.get("mobilizedByDonor"), DONOR))
        .isEqualTo(List.of(3, "6000.00"));
    assertThat(figure((Map<String, Object>) pipeline.get("mobilizedByRegion"), "AFRICA"))
        .isEqualTo(List.of(3, "6000.00"));
    Map<String, Object> byMonth = (Map<String, Object>) pipeline.get("mobilizedByMonth");
    int total = 0;
    for (int day : List.of(7, 20, 29)) {
      assertThat(byMonth).containsKey(month(day));
    }
    for (Object month : byMonth.values()) {
      total += (Integer) ((Map<String, Object>) month).get("agreements");
    }
    assertThat(total).isEqualTo(3);

    // Proposed from day 34 on: only A4 and A5.
    String lateOnes = FILTER + "&from=" + dayZero.plusDays(34).toLocalDate();
    Map<String, Object> late =
        (Map<String, Object>)
            api.get("manager", "/api/metrics/pipeline" + lateOnes).getBody().get("byStatus");
    assertThat(figure(late, "ACTIVE")).isEqualTo(List.of(0, "0.00"));
    assertThat(figure(late, "REJECTED")).isEqualTo(List.of(1, "4000.00"));
    assertThat(figure(late, "SCREENING")).isEqualTo(List.of(1, "500.00"));
  }

  @Test
  void bottlenecks_showTheOldestOpenTasksAndTheOverdueWorkByGroupAndDonor() {
    Map<String, Object> bottlenecks =
        api.get("manager", "/api/metrics/bottlenecks" + FILTER).getBody();

    List<Map<String, Object>> oldest =
        (List<Map<String, Object>>) bottlenecks.get("oldestOpenTasks");
    assertThat(oldest)
        .extracting(task -> ((Number) task.get("ageDays")).doubleValue())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(oldest)
        .filteredOn(task -> !RECORD_RECEIPT.equals(task.get("taskKey")))
        .extracting(
            task -> task.get("taskKey") + " " + task.get("ageDays") + " " + task.get("overdue"))
        .containsExactly("submitProgressReport 16.0 true", "screenProposal 9.0 true");
    // A1's, A2's and A3's calls for funds, from days 7, 20 and 29.
    assertThat(oldest)
        .filteredOn(task -> RECORD_RECEIPT.equals(task.get("taskKey")))
        .extracting(task -> task.get("ageDays") + " " + task.get("overdue"))
        .containsExactly("38.0 true", "25.0 false", "16.0 false");
    assertThat(oldest)
        .filteredOn(task -> SUBMIT_PROGRESS_REPORT.equals(task.get("taskKey")))
        .singleElement()
        .satisfies(
            task ->
                assertThat(task)
                    .containsEntry("reference", a3)
                    .containsEntry("candidateGroups", "partnership-officers")
                    .containsEntry("donor", DONOR));

    Map<String, Object> officers =
        (Map<String, Object>)
            ((Map<String, Object>) bottlenecks.get("byGroup")).get("partnership-officers");
    assertThat(officers)
        .containsEntry("openTasks", 2)
        .containsEntry("overdueTasks", 2)
        .containsEntry("overdueReports", 1)
        .containsEntry("oldestDays", 16.0);
    assertThat(
            (Map<String, Object>)
                ((Map<String, Object>) bottlenecks.get("byGroup")).get(Roles.FINANCE))
        .containsEntry("openTasks", 3)
        .containsEntry("overdueTasks", 1)
        .containsEntry("overdueReports", 0)
        .containsEntry("oldestDays", 38.0);
    assertThat((Map<String, Object>) bottlenecks.get("byDonor"))
        .containsOnlyKeys(DONOR)
        .containsEntry(
            DONOR,
            Map.of("openTasks", 5, "overdueTasks", 3, "overdueReports", 1, "oldestDays", 38.0));
  }

  @Test
  void decisionRates_perStage_countApprovalsRejectionsAndSendBacks() {
    Map<String, Object> rates = api.get("manager", "/api/metrics/rates" + FILTER).getBody();

    assertThat((Map<String, Object>) rates.get(SCREEN_PROPOSAL))
        .containsEntry("decisions", 5)
        .containsEntry("approved", 3)
        .containsEntry("rejected", 1)
        .containsEntry("sentBack", 1)
        .containsEntry("approvalRate", 60.0)
        .containsEntry("rejectionRate", 20.0)
        .containsEntry("sendBackRate", 20.0);
    assertThat((Map<String, Object>) rates.get(DONOR_SIGN_OFF))
        .containsEntry("decisions", 3)
        .containsEntry("approvalRate", 100.0);
    assertThat((Map<String, Object>) rates.get(REVIEW_PROGRESS_REPORT))
        .containsEntry("decisions", 2)
        .containsEntry("approvalRate", 50.0)
        .containsEntry("sendBackRate", 50.0);
    // Findings and signatures are not yes-or-no decisions.
    assertThat(rates).doesNotContainKeys(LEGAL_REVIEW, SIGN_MOU_AGENCY);
  }

  @Test
  void resultsPerPriority_rateEachIndicatorByItsLatestAcceptedReport() {
    Map<String, Object> results = api.get("manager", "/api/metrics/results" + FILTER).getBody();

    // A3's indicator reached its target of then (120 schools) in the accepted revision (60 was
    // sent back); the amendment doubled the target, and 120 of 240 is well ahead of the eighth of
    // the way the plan expected at the end of period 1.
    Map<String, Object> connectivity = (Map<String, Object>) results.get("AFFORDABLE_CONNECTIVITY");
    assertThat(connectivity).containsEntry("indicators", 1);
    assertThat((Map<String, Object>) connectivity.get("counts"))
        .containsEntry("ON_TRACK", 1)
        .containsEntry("MET", 0);
    assertThat((Map<String, Object>) connectivity.get("percent")).containsEntry("ON_TRACK", 100.0);
    assertThat(results).containsOnlyKeys("AFFORDABLE_CONNECTIVITY");
  }

  @Test
  void theMigrationThatRatedEarlierActuals_ratesThemAsAcceptanceAndAmendmentsDo() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("set local search_path to accord");
        String rated = standings(statement);
        assertThat(rated).contains(" 1.1 ON_TRACK");
        statement.execute("delete from indicator_standing");

        new V14__RateAcceptedActuals().migrate(migrationOn(connection));

        assertThat(standings(statement)).isEqualTo(rated);
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void agreementsCsv_givesTheDaysInEachStage_theActiveOneUntilNow() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("manager", Api.PASSWORD);
    String csv =
        rest.exchange(
                "/api/exports/agreements.csv",
                HttpMethod.GET,
                new HttpEntity<>(headers),
                String.class)
            .getBody();

    String row = csv.lines().filter(line -> line.startsWith(a1 + ",")).findFirst().orElseThrow();
    // Screening, in revision, due diligence, internal approval, donor approval, MoU signing,
    // active (day 7 to 45), suspended; proposal to active.
    assertThat(row).endsWith(",2.000,,1.000,1.000,2.000,1.000,38.000,,7.000");
  }

  @Test
  void everySectionOfTheDashboard_isTheSameAsItsOwnEndpoint() {
    Map<String, Object> dashboard = api.get("manager", "/api/metrics/dashboard" + FILTER).getBody();

    assertThat(dashboard.get("pipeline"))
        .isEqualTo(api.get("manager", "/api/metrics/pipeline" + FILTER).getBody());
    assertThat(dashboard.get("cycleTimes"))
        .isEqualTo(api.get("manager", "/api/metrics/cycle-times" + FILTER).getBody());
    assertThat(dashboard.get("rates"))
        .isEqualTo(api.get("manager", "/api/metrics/rates" + FILTER).getBody());
    assertThat(dashboard.get("asOf").toString())
        .startsWith(dayZero.plusDays(45).toLocalDate().toString());
  }

  @Test
  void figuresAreForManagers_andBadFiltersAreNamed() {
    for (String section : List.of("cycle-times", "bottlenecks", "results", "rates", "dashboard")) {
      assertThat(api.get("officer", "/api/metrics/" + section).getStatusCode())
          .as(section)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(api.get("cycl", "/api/metrics/" + section).getStatusCode())
          .as(section)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    var badPriority = api.get("manager", "/api/metrics/rates?priority=WORLD_PEACE");
    assertThat(badPriority.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badPriority.getBody().toString()).contains("priority", "WORLD_PEACE");
    var backwards = api.get("manager", "/api/metrics/cycle-times?from=2026-05-01&to=2026-04-01");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().toString()).contains("to");
  }

  @Test
  void dashboardInChromium_drawsEveryChartWithTheNumbersOfTheApi_forAManager() throws Exception {
    Map<String, Object> figures = api.get("manager", "/api/metrics/dashboard" + FILTER).getBody();
    Map<String, Object> byStatus =
        (Map<String, Object>) ((Map<String, Object>) figures.get("pipeline")).get("byStatus");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard" + FILTER, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard.png"));

      assertThat(browser.text("[data-figure=inPipeline]")).isEqualTo("1");
      // Funds mobilized are the money received (none has been), the value signed beside it.
      assertThat(browser.text("[data-figure=mobilizedUsd]")).isEqualTo("USD 0");
      assertThat(browser.text("[data-figure=committedUsd]"))
          .isEqualTo("of USD 6,000 committed, USD 6,500 pledged");
      assertThat(browser.text("[data-figure=medianToActive]")).isEqualTo("9.0 days");
      assertThat(browser.text("[data-figure=overdueTasks]")).isEqualTo("3");
      assertThat(browser.text("[data-figure=overdueReports]")).isEqualTo("1");
      assertThat(browser.text("#table-pipeline tr[data-key=ACTIVE]"))
          .isEqualTo("Active 3 USD 6,000");
      assertThat(browser.text("#table-stages tr[data-key=DONOR_APPROVAL]"))
          .isEqualTo("Donor approval 3 2.0 3.6");
      assertThat(browser.text("#table-rates tr[data-key=screenProposal]"))
          .isEqualTo("Screen proposal 5 60.0% 20.0% 20.0%");
      // The oldest is finance's task for A1's instalment, called on day 7 and due on day 37.
      assertThat(browser.text("#table-oldest tbody tr")).contains(a1, "38.0", "(overdue)");
      assertThat(browser.text("#table-oldest tbody")).contains(a3, "16.0");

      // Every canvas holds a chart, drawn from the same figures as the API's.
      assertThat(
              browser.evaluate(
                  "return [...document.querySelectorAll('canvas')]"
                      + ".filter(c => Chart.getChart(c) && c.width > 0).length;"))
          .isEqualTo(13L);
      assertThat(browser.evaluate("return Chart.getChart('chart-pipeline').data.datasets[0].data;"))
          .isEqualTo(
              byStatus.values().stream()
                  .map(
                      figure ->
                          ((Number) ((Map<String, Object>) figure).get("agreements")).longValue())
                  .toList());
      assertThat(browser.evaluate("return document.getElementById('donor').value;"))
          .isEqualTo(DONOR);
    }
  }

  @Test
  void dashboard_isRefusedToADonorInTheBrowser_andToAnyoneWithoutCredentials() {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("cycl").openPage("/dashboard", "main.refused");
      assertThat(browser.text("h1")).isEqualTo("This dashboard is for managers");
      assertThat(browser.evaluate("return document.querySelectorAll('canvas').length;"))
          .isEqualTo(0L);
    }
    assertThat(rest.getForEntity("/dashboard", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(page("cycl").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page("officer").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> manager = page("manager");
    assertThat(manager.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(manager.getHeaders().getFirst("Content-Security-Policy"))
        .contains("script-src 'self'");
  }

  @Test
  void dashboardInASession_followsTheUsersGroupsAsTheyAreNow() {
    api.newUser("exmanager", "managers");
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("exmanager").openPage("/dashboard", "body[data-drawn]");

      api.delete("admin", "/engine-rest/group/managers/members/exmanager");

      browser.openPage("/dashboard", "main.refused");
      assertThat(browser.text("h1")).isEqualTo("This dashboard is for managers");
    }
  }

  private ResponseEntity<String> page(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, Api.PASSWORD);
    return rest.exchange("/dashboard", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** The call is written by a job: waited for before the clock moves on, so its day is known. */
  private void awaitTheCallForFunds(String reference) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.tasks("finance", reference, RECORD_RECEIPT).size() == 1);
  }

  private void on(int day) {
    ClockUtil.setCurrentTime(Date.from(dayZero.plusDays(day).toInstant()));
  }

  private String propose(String amount, Map<String, Object> proposal) {
    var created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("proposal of %s", amount).isEqualTo(201);
    return (String) created.getBody().get("reference");
  }

  private void screen(String reference, String decision) {
    api.complete(
        "officer2",
        reference,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", decision, "screeningComment", "Screened against the criteria"));
  }

  private String periodStatuses() {
    return String.join(
        " ",
        api.getList("officer", "/api/agreements/" + a3 + "/reports").getBody().stream()
            .map(report -> ((Map<String, Object>) report.get("period")).get("status").toString())
            .toList());
  }

  private String report(int period) {
    return "/api/agreements/" + a3 + "/reports/" + period;
  }

  private static Map<String, Object> actual(String schoolsConnected) {
    return Map.of(
        "narrative",
        "Schools surveyed and connected",
        "expenditure",
        "500.00",
        "indicatorActuals",
        List.of(Map.of("code", "1.1", "value", schoolsConnected)));
  }

  private static Map<String, Object> revision() {
    return Map.of(
        "title", "Rural broadband toolkit",
        "amount", "2000.00",
        "currency", "USD",
        "startDate", "2027-01-01",
        "endDate", "2028-12-31",
        "beneficiaryCountries", "RW, KE",
        "priority", "AFFORDABLE_CONNECTIVITY",
        "revisionNote", "Sources of the school census added");
  }

  private static String standings(Statement statement) throws SQLException {
    StringBuilder standings = new StringBuilder();
    try (ResultSet rows =
        statement.executeQuery(
            "select agreement_id, indicator_code, rating from indicator_standing order by 1, 2")) {
      while (rows.next()) {
        standings.append(rows.getLong(1)).append(' ').append(rows.getString(2));
        standings.append(' ').append(rows.getString(3)).append('\n');
      }
    }
    return standings.toString();
  }

  private static Context migrationOn(Connection connection) {
    return new Context() {
      @Override
      public Configuration getConfiguration() {
        return null;
      }

      @Override
      public Connection getConnection() {
        return connection;
      }
    };
  }

  private String month(int day) {
    return dayZero.plusDays(day).format(DateTimeFormatter.ofPattern("yyyy-MM"));
  }

  private static List<Object> spread(Map<String, Object> spreads, String key) {
    Map<String, Object> spread = (Map<String, Object>) spreads.get(key);
    assertThat(spread).as(key).isNotNull();
    return List.of(spread.get("count"), spread.get("medianDays"), spread.get("p90Days"));
  }

  private static List<Object> figure(Map<String, Object> figures, String key) {
    Map<String, Object> figure = (Map<String, Object>) figures.get(key);
    assertThat(figure).as(key).isNotNull();
    return List.of(figure.get("agreements"), figure.get("valueUsd"));
  }
}
