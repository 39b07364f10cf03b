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
 * The public registration page in a real headless Chromium, not logged in: in the course's
 * language, whatever the browser reads (the participant follows the course in it), with its
 * amounts, dates and refusals in that language; a page that knows no course in the browser's. The
 * session is always 1,200.00 USD standard and 450.00 USD for developing countries, 1 to 5 March
 * 2027, 24 hours. Screenshots go to target/screenshots.
 */
@AccordIntegrationTest
class TrainingPagesLanguagesBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void aCourseInFrench_isRegisteredForInFrench_evenFromAChineseBrowser_itsMistakesInFrench()
      throws Exception {
    long session = sessionOfACourseIn("fr");

    try (Browser browser = Browser.open(port, "zh-CN")) {
      browser.openPage(registration(session), "#register");
      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("fr");
      assertThat(browser.text("#register h2")).isEqualTo("S'inscrire");
      assertThat(browser.text("#dates")).isEqualTo("du 1 mars 2027 au 5 mars 2027");
      assertThat(browser.text("#delivery")).isEqualTo("Hybride, 24 heures");
      // French groups thousands with a narrow space and writes a decimal comma, the code after.
      assertThat(spaced(browser.text("#fees"))).contains("1 200,00 USD").contains("450,00 USD");
      assertThat(browser.text("#seats")).isEqualTo("Des places sont disponibles.");
      assertThat(
              browser.evaluate("return document.querySelector('#country option[value=DE]').text"))
          .isEqualTo("Allemagne");

      register(browser, "Awa Diop", "awa at example", "");
      assertThat(browser.text("#problems")).startsWith("Veuillez corriger les points suivants");
      assertThat(browser.text("#email-error")).isEqualTo("L'adresse électronique n'est pas valide");
      assertThat(browser.text("#country-error")).isEqualTo("Le pays est obligatoire");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-fr-mistakes.png"));

      browser.fill("#email", "awa.diop@example.org");
      choose(browser, "country", "RW");
      browser.clickOn("#submit").await("#answer");
      assertThat(browser.text("#outcome")).isEqualTo("Votre place est confirmée");
      // Rwanda is a least developed country; this agreement's reserve holds nothing: 450,00 USD.
      assertThat(spaced(browser.text("#fee"))).isEqualTo("450,00 USD");
      assertThat(browser.text("#notice")).contains("le tarif réduit des pays en développement");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-fr.png"));
    }
  }

  @Test
  void aCourseInSpanish_confirmsTheSeatInSpanish() throws Exception {
    long session = sessionOfACourseIn("es");

    try (Browser browser = Browser.open(port, "en-GB")) {
      browser.openPage(registration(session), "#register");
      assertThat(browser.text("#dates")).isEqualTo("del 1 de marzo de 2027 al 5 de marzo de 2027");
      assertThat(spaced(browser.text("#fees"))).contains("1200,00 USD").contains("450,00 USD");
      register(browser, "Lucía Pérez", "lucia.perez@example.org", "KE");
      assertThat(browser.text("#outcome")).isEqualTo("Su plaza está confirmada");
      assertThat(browser.text("#answer"))
          .contains("Categoría de cuota")
          .contains("País en desarrollo");
      assertThat(spaced(browser.text("#fee"))).isEqualTo("450,00 USD");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-es.png"));
    }
  }

  @Test
  void aCourseInChinese_showsItsPageInChinese() throws Exception {
    long session = sessionOfACourseIn("zh");

    try (Browser browser = Browser.open(port, "fr-FR")) {
      browser.openPage(registration(session), "#register");
      assertThat(browser.evaluate("return document.documentElement.lang;")).isEqualTo("zh");
      assertThat(browser.text("#submit")).isEqualTo("报名");
      assertThat(browser.text("#dates")).isEqualTo("2027年3月1日至2027年3月5日");
      assertThat(browser.text("#delivery")).isEqualTo("混合式，24小时");
      assertThat(spaced(browser.text("#fees"))).contains("USD 1,200.00").contains("USD 450.00");
      browser.screenshot(SCREENSHOTS.resolve("training-registration-zh.png"));
    }
  }

  @Test
  void aCourseInArabic_readsRightToLeft_inArabicDigits() throws Exception {
    long session = sessionOfACourseIn("ar");

    try (Browser browser = Browser.open(port, "en-GB")) {
      browser.openPage(registration(session), "#register");
      assertThat(browser.evaluate("return document.documentElement.dir;")).isEqualTo("rtl");
      assertThat(browser.text("#submit")).isEqualTo("سجّل");
      // 24 is of Arabic's "many" form: ساعةً.
      assertThat(browser.text("#delivery")).isEqualTo("مدمج، ٢٤ ساعةً");
      assertThat(browser.text("#fees")).contains("١٬٢٠٠٫٠٠").contains("USD");
      // The form's labels start on the right, as Arabic reads.
      assertThat(
              browser.evaluate(
                  "const label = document.querySelector('label[for=name]').getBoundingClientRect();"
                      + " const input = document.getElementById('name').getBoundingClientRect();"
                      + " return Math.abs(label.right - input.right) < 2;"))
          .isEqualTo(true);
      browser.screenshot(SCREENSHOTS.resolve("training-registration-ar.png"));
    }
  }

  @Test
  void noSuchSession_isSaidInTheBrowsersLanguage() throws Exception {
    try (Browser browser = Browser.open(port, "es-ES")) {
      browser.openPage("/training/sessions/999999999/register", "#message-title");
      assertThat(browser.text("#message-title")).isEqualTo("Sesión inexistente");
    }
  }

  private long sessionOfACourseIn(String language) {
    String reference = Trainings.activeTrainingCooperation(api);
    return Trainings.newSession(api, Trainings.course(api, reference, language), 5);
  }

  private static String registration(long session) {
    return "/training/sessions/" + session + "/register";
  }

  /** The text with its no-break and narrow no-break spaces read as spaces. */
  private static String spaced(String text) {
    return text.replaceAll("[\\u00a0\\u202f]", " ");
  }

  private static void register(Browser browser, String name, String email, String country) {
    browser
        .fill("#name", name)
        .fill("#email", email)
        .fill("#organization", "Ministère du numérique");
    choose(browser, "organizationType", "GOVERNMENT");
    choose(browser, "country", country);
    browser.clickOn("#submit").await("#answer, #problems");
  }

  private static void choose(Browser browser, String select, String value) {
    browser.evaluate(
        "const s = document.getElementById('"
            + select
            + "'); s.value = '"
            + value
            + "'; s.dispatchEvent(new Event('change'));");
  }
}
