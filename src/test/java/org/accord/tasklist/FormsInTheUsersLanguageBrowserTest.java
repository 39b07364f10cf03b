package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner's representative opens the donor sign-off in Tasklist, in a real headless Chromium with
 * an English browser, after choosing their language in Accord: the form comes in that language,
 * Arabic right to left. The screenshots (target/screenshots/form-*.png) are for looking at.
 */
@AccordIntegrationTest
class FormsInTheUsersLanguageBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @AfterEach
  void gsmaBackToTheDefault() {
    api.delete("admin", "/api/users/gsma/language");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "fr, ltr, Valider l'accord, Votre décision, Demander des modifications",
    "ar, rtl, إقرار الاتفاق, قرارك, طلب تغييرات",
    "zh, ltr, 确认协议, 您的决定, 要求修改"
  })
  void theTaskFormComesInTheLanguageTheUserChose(
      String language, String direction, String heading, String question, String option)
      throws Exception {
    String reference = api.toDonorSignOff("GSMA", "5400.00");
    String taskId = (String) api.tasks("gsma", reference, DONOR_SIGN_OFF).get(0).get("id");
    api.put("gsma", "/api/users/gsma/language", Map.of("language", language));

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("gsma");
      // A page loaded after the login asks Accord for the language before Tasklist starts.
      browser.openTask(taskId);
      browser.await("html[lang=" + language + "][dir=" + direction + "]");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> browser.text(".fjs-container"), form -> form.contains(heading));

      assertThat(browser.text(".fjs-container"))
          .contains(question, option)
          .doesNotContain("Your decision");
      assertThat(
              browser.evaluate(
                  "return getComputedStyle(document.querySelector('.fjs-container')).direction"))
          .isEqualTo(direction);
      browser.screenshot(Path.of("target/screenshots/form-" + language + ".png"));
      browser.evaluate(
          "document.querySelector('.fjs-form-field-radio').scrollIntoView({block: 'end'})");
      browser.screenshot(Path.of("target/screenshots/form-" + language + "-decision.png"));
    }
  }
}
