package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A participant opens the link of their invitation in a real headless Chromium, not logged in,
 * sends the form with a question left out, is shown which, then answers. Screenshots go to
 * target/screenshots.
 */
@AccordIntegrationTest
class SurveyPageBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;

  @Test
  void aParticipantEvaluatesTheSession_afterBeingShownTheQuestionTheyLeftOut() throws Exception {
    String reference = Trainings.activeTrainingCooperation(api);
    long session = Trainings.newSession(api, Trainings.course(api, reference), 3);
    Map<String, Object> enrolment =
        Trainings.enrol(api, session, Trainings.participant("Mere Tuilagi", "WS")).getBody();
    Trainings.lastDay(jdbc, runtime, management, session);
    Trainings.completion(api, enrolment, 100, true);
    Trainings.close(api, session, "");
    Matcher link =
        Pattern.compile("/training/survey/[A-Za-z0-9_-]{43}")
            .matcher(
                jdbc.queryForObject(
                    "select body_text from accord.notification where event_key = ?",
                    String.class,
                    "training-survey-" + enrolment.get("id")));
    assertThat(link.find()).isTrue();

    try (Browser browser = Browser.open(port)) {
      browser.openPage(link.group(), "#survey");
      assertThat(browser.text("#course-title")).isEqualTo("Spectrum management fundamentals");
      assertThat(browser.text("#participant")).isEqualTo("Mere Tuilagi");
      browser.screenshot(SCREENSHOTS.resolve("training-survey-page.png"));

      for (String question : new String[] {"relevance", "content", "trainers", "organization"}) {
        browser.clickOn("input[name='" + question + "'][value='4']");
      }
      browser.fill("#comment", "More time for the exercises, please.");
      browser.clickOn("#submit").await("#problems");
      assertThat(browser.text("#overall-error"))
          .isEqualTo("The session overall: choose a score from 1 to 5");
      assertThat(browser.evaluate("return document.getElementById('comment').value"))
          .isEqualTo("More time for the exercises, please.");
      browser.screenshot(SCREENSHOTS.resolve("training-survey-mistakes.png"));

      browser.clickOn("input[name='overall'][value='5']");
      browser.clickOn("#submit").await("#answer");
      assertThat(browser.text("#outcome")).isEqualTo("Thank you");
      browser.screenshot(SCREENSHOTS.resolve("training-survey-answered.png"));
    }
  }
}
