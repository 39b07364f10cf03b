package org.accord.plan;

import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.plan.LinkedAgreements.Plan;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer reports, in Tasklist's form in a real headless Chromium, an indicator counted in
 * countries: the form asks which countries only for it, and once the report is accepted the plan's
 * KPI counts them.
 */
@AccordIntegrationTest
class KpiReportBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  @SuppressWarnings("unchecked")
  void officerNamesTheCountriesReachedInTheReportForm_andThePlanPageShowsTheKpiCountingThem()
      throws Exception {
    Plan plan = LinkedAgreements.twoYearPlan(api);
    String reference =
        LinkedAgreements.agreement(api, plan, "GSMA", "AFRICA", List.of("RW", "KE", "UG"), "200");
    api.fire(reference, 1, "PeriodEnded");

    try (Browser browser = Browser.open(port)) {
      String taskId =
          (String) api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT).get(0).get("id");
      browser.logInToTasklist("officer").openTask(taskId);
      assertThat(browser.hasField("indicatorActual1_countries_submitProgressReport"))
          .as("people are not countries")
          .isFalse();
      browser
          .claim()
          .type("indicatorActual1_value_submitProgressReport", "40")
          .type("indicatorActual2_value_submitProgressReport", "2")
          .search("indicatorActual2_countries_submitProgressReport", "Rwan", "Rwanda (RW)")
          .search("indicatorActual2_countries_submitProgressReport", "Keny", "Kenya (KE)")
          .type("indicatorActual3_value_submitProgressReport", "55")
          .type("reportNarrative", "Two cohorts trained in Kigali and Nairobi")
          .type("expenditureOtherDirectCosts", "1000.00")
          .completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !api.tasks("manager", reference, REVIEW_PROGRESS_REPORT).isEmpty());
    Map<String, Object> report =
        ((List<Map<String, Object>>)
                api.getList("manager", "/api/agreements/" + reference + "/reports")
                    .getBody()
                    .get(0)
                    .get("submissions"))
            .get(0);
    assertThat((List<Map<String, Object>>) report.get("indicatorActuals"))
        .extracting(actual -> actual.get("code") + " " + actual.get("countries"))
        .containsExactly("1.1 null", "1.2 [RW, KE]", "1.3 null");

    api.post(
        "manager",
        "/api/agreements/" + reference + "/reports/1/review",
        Map.of("decision", "ACCEPT"));
    List<Map<String, Object>> kpis =
        (List<Map<String, Object>>)
            api.get("manager", "/api/plans/" + plan.code() + "/actuals?year=" + plan.first())
                .getBody()
                .get("kpis");
    // RW and KE: 2 countries of the first year's target of 3.
    assertThat(kpis)
        .filteredOn(kpi -> plan.countries().equals(kpi.get("code")))
        .singleElement()
        .satisfies(kpi -> assertThat(kpi).containsEntry("actual", "2"));

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/plan?plan=" + plan.code(), "body[data-drawn]");
      // People: 40 of 300 = 13.3%; countries: RW and KE, 2 of 3 = 66.7%; women: 55% of 40 = 137.5%.
      assertThat(browser.text("#table-standing tr[data-standing=K1]"))
          .contains("300", "40", "13.3%", "Africa 40");
      assertThat(browser.text("#table-standing tr[data-standing=K2]")).contains("2", "66.7%");
      assertThat(browser.text("#table-standing tr[data-standing=K3]")).contains("55", "137.5%");
      assertThat(browser.evaluate("return document.getElementById('annual-report').href;"))
          .isEqualTo(
              "http://localhost:"
                  + port
                  + "/api/plans/"
                  + plan.code()
                  + "/annual-reports/"
                  + plan.first()
                  + "/pdf");
      browser.clickOn("#table-standing tr[data-standing=K2]").await("#contributors:not([hidden])");
      assertThat(browser.text("#table-contributors tbody")).contains(reference, "RW, KE");
      browser.screenshot(Path.of("target", "screenshots", "plan-standing.png"));

      // In the plan's first year, the dashboard shows the same standing.
      ClockUtil.setCurrentTime(Date.from(Instant.parse(plan.first() + "-06-01T09:00:00Z")));
      browser.openPage("/dashboard", "body[data-drawn]");
      assertThat(browser.text("#plan-kpis h2"))
          .isEqualTo("Plan KPIs, " + plan.first() + " (" + plan.code() + ")");
      assertThat(browser.text("#table-plan-kpis tr[data-key=K2]"))
          .contains("Countries reached (countries)", "3", "2", "66.7%", "1", "Africa 2");
    }
  }

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
  }
}
