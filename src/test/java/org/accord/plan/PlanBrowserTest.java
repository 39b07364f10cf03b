package org.accord.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The plan page as a manager meets it, in a real headless Chromium: from the dashboard's header,
 * logged in through Tasklist, adding an outcome and a KPI, changing a target, and reading the
 * change back in the history.
 */
@AccordIntegrationTest
class PlanBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void managerAddsAnOutcomeAndAKpi_changesATarget_andSeesTheChangeInTheHistory() throws Exception {
    String code = TestPlans.newPlan(api, "WEB");
    int first = TestPlans.firstYear(api, code);

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard", "body[data-drawn]");
      browser.clickOn("#plan-link").awaitUrl("/plan").await("body[data-drawn]");
      assertThat(browser.text("#plan-title")).isEqualTo("Baku Action Plan 2026–2029");
      assertThat(browser.text("[data-priority=INCLUSIVE_SECURE_ICT] h3"))
          .isEqualTo("Inclusive and secure telecommunications/ICTs");
      assertThat(browser.text("#table-kpis tbody")).contains("to be filled in later");

      browser.openPage("/plan?plan=" + code, "body[data-drawn]");
      assertThat(browser.text("#plan-period"))
          .isEqualTo(first + "–" + (first + 3) + " (" + code + ")");
      browser
          .fill("#add-outcome input[name=code]", "O1")
          .fill("#add-outcome textarea[name=statement]", "More schools connected")
          .clickOn("#add-outcome button[type=submit]")
          .await("[data-priority=AFFORDABLE_CONNECTIVITY] [data-outcome=O1]");

      browser
          .fill("#add-kpi input[name=code]", "K1")
          .fill("#add-kpi input[name=name]", "Schools connected")
          .fill("#add-kpi input[name=unit]", "%")
          .fill("#add-kpi input[name=baseline]", "12")
          .clickOn("#add-kpi button[type=submit]");
      // A percentage cannot be summed: the rule is named beside the form, nothing is added.
      browser.await("#add-kpi .field-error:not(:empty)");
      assertThat(browser.text("#add-kpi .field-error"))
          .startsWith("rule SUM needs a count or quantity");
      browser.fill("#add-kpi input[name=unit]", "schools").clickOn("#add-kpi button[type=submit]");
      browser.await("#table-kpis tr[data-kpi=K1]");

      String target = "#table-kpis tr[data-kpi=K1] input[data-year='" + (first + 1) + "']";
      browser.fill(target, "-3").clickOn("#table-kpis tr[data-kpi=K1] button.save");
      browser.await("#table-kpis tr[data-kpi=K1] .field-error:not(:empty)");
      assertThat(browser.text("#table-kpis tr[data-kpi=K1] .field-error"))
          .isEqualTo("targets." + (first + 1) + " must not be negative");
      browser.fill(target, "40").clickOn("#table-kpis tr[data-kpi=K1] button.save");
      browser.await("#table-history tbody tr:nth-child(4)");

      assertThat(browser.text("#table-history tbody tr:first-child"))
          .contains("manager", "KPI K1", "targets: –", "targets: " + (first + 1) + ": 40");
      assertThat(browser.text("#table-history tbody tr:nth-child(2)"))
          .contains("KPI K1", "created");
      assertThat(browser.text("#add-kpi .field-error")).isEmpty();
      browser.evaluate("window.scrollTo(0, 0);");
      browser.screenshot(Path.of("target/screenshots/plan.png"));
    }
    assertThat(api.getList("officer", "/api/plans/" + code + "/kpis").getBody())
        .singleElement()
        .satisfies(kpi -> assertThat(kpi.get("targets")).isEqualTo(Map.of("" + (first + 1), 40)));
  }

  @Test
  void managerAddsTheNextPlanPeriod_andAnOverlappingOneIsRefusedBesideTheForm() {
    String code = TestPlans.code("NEXT");
    int first =
        api.getList("manager", "/api/plans").getBody().stream()
                .mapToInt(plan -> (Integer) plan.get("lastYear"))
                .max()
                .orElse(2029)
            + 1;

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/plan", "body[data-drawn]");
      browser
          .fill("#add-plan input[name=code]", code)
          .fill("#add-plan input[name=title]", "Action Plan " + first)
          .fill("#add-plan input[name=firstYear]", "2027")
          .fill("#add-plan input[name=lastYear]", "2028")
          .clickOn("#add-plan button[type=submit]")
          .await("#add-plan .field-error:not(:empty)");
      assertThat(browser.text("#add-plan .field-error")).contains("BAP-2026");

      browser
          .fill("#add-plan input[name=firstYear]", String.valueOf(first))
          .fill("#add-plan input[name=lastYear]", String.valueOf(first + 1))
          .clickOn("#add-plan button[type=submit]")
          .awaitUrl("plan=" + code)
          .await("body[data-drawn]");
      assertThat(browser.text("#plan-period"))
          .isEqualTo(first + "–" + (first + 1) + " (" + code + ")");
    }
  }

  @Test
  void aManagerWhoseBrowserReadsArabic_seesThePlanRightToLeft_inArabicWordsAndDigits()
      throws Exception {
    String code = TestPlans.newPlan(api, "ARB");
    int first = TestPlans.firstYear(api, code);

    try (Browser browser = Browser.open(port, "ar")) {
      browser.logInToTasklist("manager").openPage("/plan?plan=" + code, "body[data-drawn]");
      assertThat(browser.evaluate("return document.documentElement.dir;")).isEqualTo("rtl");
      assertThat(browser.text("#standing-card h2")).isEqualTo("موقف الخطة");
      assertThat(browser.text("[data-priority=INCLUSIVE_SECURE_ICT] h3"))
          .isEqualTo("الاتصالات/تكنولوجيا المعلومات والاتصالات الشاملة للجميع والآمنة");
      assertThat(browser.text("#table-kpis tbody")).isEqualTo("لا توجد مؤشرات أداء بعد.");
      assertThat(browser.text("#outputs [data-output=TOOLKITS]")).isEqualTo("مجموعات أدوات");
      // Years in Arabic-Indic digits, without a thousands separator: 2026 is ٢٠٢٦.
      assertThat(browser.text("#plan-period"))
          .isEqualTo(arabic(first) + "–" + arabic(first + 3) + " (" + code + ")");
      browser.evaluate("window.scrollTo(0, 0);");
      browser.screenshot(Path.of("target/screenshots/plan-ar.png"));
    }
  }

  private static String arabic(int number) {
    StringBuilder digits = new StringBuilder();
    String.valueOf(number).chars().forEach(digit -> digits.append((char) ('٠' + digit - '0')));
    return digits.toString();
  }
}
