package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The managers' dashboard as a manager meets it, in a real headless Chromium: from Tasklist's
 * header, with figures no older than it says, in words rather than codes.
 */
@AccordIntegrationTest
class DashboardBrowserTest {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  @LocalServerPort int port;
  @Autowired Api api;

  @Value("${accord.metrics.dashboard-refresh}")
  Duration refresh;

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
  }

  @Test
  void firstViewAfterTheFiguresAged_showsTheFiguresOfNow_andSaysAsOfWhen() throws Exception {
    String donor = api.newPartner("AGED", "Aged Figures Fund");
    api.newUser("aged", "donor-" + donor);
    String filter = "/dashboard?donor=" + donor;

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage(filter, "body[data-drawn]");
      assertThat(browser.text("[data-figure=mobilizedUsd]")).isEqualTo("USD 0");
      assertThat(browser.text("[data-figure=committedUsd]"))
          .isEqualTo("of USD 0 committed, USD 0 pledged");

      // An agreement of the Commonwealth of Independent States, screened three hours after it was
      // proposed, becomes ACTIVE; a manager comes back once the figures above are older than the
      // dashboard's refresh interval.
      Instant proposed = Instant.now();
      ClockUtil.setCurrentTime(Date.from(proposed));
      Map<String, Object> cis = Proposals.valid(donor, "250000.00", "USD");
      cis.put("region", "CIS");
      String reference =
          (String) api.post("officer", "/api/agreements", cis).getBody().get("reference");
      Instant screened = proposed.plus(Duration.ofHours(3));
      ClockUtil.setCurrentTime(Date.from(screened));
      api.activate(api.throughApproval(reference), donor);
      Instant later = screened.plus(refresh).plusSeconds(60);
      ClockUtil.setCurrentTime(Date.from(later));

      browser.openPage(filter, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard-donor.png"));

      // Signed, not yet paid: funds mobilized are the money received, the commitment beside it.
      assertThat(browser.text("[data-figure=mobilizedUsd]")).isEqualTo("USD 0");
      assertThat(browser.text("[data-figure=committedUsd]"))
          .isEqualTo("of USD 250,000 committed, USD 250,000 pledged");
      // Three hours, on an axis of hours: not 0.125 of a day on one of 0 to 0.14.
      assertThat(browser.text("[data-figure=medianToActive]")).isEqualTo("3 hours");
      assertThat(
              browser.evaluate(
                  "const x = Chart.getChart('chart-stages').scales.x;"
                      + " return [x.options.title.text, x.max >= 3, x.max <= 4];"))
          .isEqualTo(List.of("hours", true, true));
      assertThat(browser.text("#as-of-line"))
          .startsWith("Figures as of " + MINUTE.format(later) + " UTC, refreshed every 5 minutes.");
      assertThat(browser.evaluate("return Chart.getChart('chart-funds-region').data.labels;"))
          .isEqualTo(List.of("Commonwealth of Independent States (CIS)"));
      assertThat(browser.text("#table-pipeline tr[data-key=MOU_SIGNING]"))
          .startsWith("MoU signing");
    }
  }

  @Test
  void filtersOfferLabels_andTakeIsoDates_namingAWrongOneBesideIt() {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard", "body[data-drawn]");

      assertThat(options(browser, "region"))
          .containsExactly(
              "All regions",
              "Africa",
              "Americas",
              "Arab States",
              "Asia and the Pacific",
              "Commonwealth of Independent States (CIS)",
              "Europe");
      assertThat(options(browser, "priority"))
          .contains("Inclusive and secure telecommunications/ICTs")
          .doesNotContain("Inclusive secure ict");
      assertThat(browser.evaluate("return document.getElementById('from').placeholder;"))
          .isEqualTo("YYYY-MM-DD");

      browser.fill("#from", "12/31/2026").clickOn("#filters button[type=submit]");
      assertThat(browser.text("#from-error"))
          .isEqualTo("Write the date as YYYY-MM-DD, e.g. 2026-03-31.");
      browser.fill("#from", "2026-02-30").clickOn("#filters button[type=submit]");
      assertThat(browser.text("#from-error")).isEqualTo("There is no such day.");
      browser.fill("#from", "2026-05-01").fill("#to", "2026-04-01");
      browser.clickOn("#filters button[type=submit]");
      assertThat(browser.text("#from-error")).isEmpty();
      assertThat(browser.text("#to-error")).isEqualTo("Is before the first day (2026-05-01).");
      assertThat(browser.url()).doesNotContain("from=");

      browser.fill("#to", "2026-05-31").clickOn("#filters button[type=submit]");
      browser.awaitUrl("to=2026-05-31").await("body[data-drawn]");
      assertThat(browser.url()).contains("from=2026-05-01", "to=2026-05-31");
      assertThat(browser.evaluate("return document.getElementById('to').value;"))
          .isEqualTo("2026-05-31");
    }
  }

  @Test
  void managerFindsTheDashboardInTasklistsHeader_andAnOfficerDoesNot() throws Exception {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer").await("[data-accord-dashboard-link]");
      assertThat(browser.hasElement("[data-accord-dashboard-link=none]")).isTrue();
      assertThat(browser.hasElement("a.accord-dashboard-link")).isFalse();
    }
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").await("[data-accord-dashboard-link=shown]");
      assertThat(browser.text("a.accord-dashboard-link")).isEqualTo("Dashboard");
      browser.screenshot(Path.of("target/screenshots/tasklist-dashboard-link.png"));

      browser.clickOn("a.accord-dashboard-link").await("body[data-drawn]");
      assertThat(browser.url()).endsWith("/dashboard");
      assertThat(browser.title()).isEqualTo("Accord · Partnership pipeline");
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> options(Browser browser, String select) {
    return (List<String>)
        browser.evaluate(
            "return [...document.getElementById('" + select + "').options].map(o => o.text);");
  }
}
