package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Participants register on the public page in a real headless Chromium, not logged in: a seat, the
 * last seat, the waiting list, and a form sent back with its mistakes. Screenshots go to
 * target/screenshots.
 */
@AccordIntegrationTest
class RegistrationPageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired Api api;

  /**
   * Two seats. Kenya (DEVELOPING) pays 450.00 USD; Rwanda (LDC), with nothing in this agreement's
   * reserve, is told the reduced 450.00 applies; the session is then full and Fiji waits.
   */
  @Test
  void participantsRegister_untilTheSessionIsFull_thenJoinTheWaitingList() throws Exception {
    String reference = Trainings.activeTrainingCooperation(api);
    long session = Trainings.newSession(api, Trainings.course(api, reference), 2);
    String page = "/training/sessions/" + session + "/register";

    try (Browser browser = Browser.open(port)) {
      browser.openPage(page, "#register");
      assertThat(browser.text("#fees")).contains("USD 1,200.00").contains("USD 450.00");
      assertThat(browser.text("#seats")).contains("Seats are available");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-page.png"));

      register(browser, "Wanjiru Kamau", "wanjiru.kamau@example.org", "KE");
      assertThat(browser.text("#outcome")).isEqualTo("Your seat is confirmed");
      assertThat(browser.text("#fee")).isEqualTo("USD 450.00");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-confirmed.png"));

      browser.openPage(page, "#register");
      register(browser, "Aline Uwase", "aline.uwase@example.org", "RW");
      assertThat(browser.text("#outcome")).isEqualTo("Your seat is confirmed");
      assertThat(browser.text("#fee")).isEqualTo("USD 450.00");
      assertThat(browser.text("#notice")).contains("reduced fee for developing countries applies");
      assertThat(browser.text("#seats")).contains("This session is full");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-reserve-short.png"));

      browser.openPage(page, "#register");
      assertThat(browser.text("#seats")).contains("waiting list");
      register(browser, "Losana Vuki", "losana.vuki@example.org", "FJ");
      assertThat(browser.text("#outcome")).isEqualTo("You are on the waiting list");
      assertThat(browser.text("#answer")).doesNotContain("Wanjiru").doesNotContain("Aline");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-waitlisted.png"));
    }
  }

  @Test
  void aFormWithMistakes_comesBackWithEachNamedBesideItsField() throws Exception {
    String reference = Trainings.activeTrainingCooperation(api);
    long session = Trainings.newSession(api, Trainings.course(api, reference), 2);

    try (Browser browser = Browser.open(port)) {
      browser.openPage("/training/sessions/" + session + "/register", "#register");
      register(browser, "Rahim Hossain", "rahim at example", "");

      assertThat(browser.text("#problems")).contains("e-mail").contains("country");
      assertThat(browser.text("#email-error")).isEqualTo("The e-mail address is not valid");
      assertThat(browser.text("#country-error")).isEqualTo("The country is required");
      assertThat(browser.evaluate("return document.getElementById('name').value"))
          .isEqualTo("Rahim Hossain");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-mistakes.png"));

      browser.fill("#email", "rahim.hossain@example.org");
      choose(browser, "country", "BD");
      browser.clickOn("#submit").await("#answer");
      assertThat(browser.text("#outcome")).isEqualTo("Your seat is confirmed");
    }
  }

  private static void register(Browser browser, String name, String email, String country) {
    browser.fill("#name", name).fill("#email", email).fill("#organization", "Ministry of ICT");
    choose(browser, "organizationType", "GOVERNMENT");
    choose(browser, "country", country);
    choose(browser, "gender", "NOT_STATED");
    browser.clickOn("#submit").await("#answer, #problems");
  }

  /** Picks the option of a select by its value, as choosing it from the list does. */
  private static void choose(Browser browser, String select, String value) {
    browser.evaluate(
        "const s = document.getElementById('"
            + select
            + "'); s.value = '"
            + value
            + "';"
            + " s.dispatchEvent(new Event('change'));");
  }
}
