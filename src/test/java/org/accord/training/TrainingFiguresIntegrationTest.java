package org.accord.training;

import static org.accord.training.Trainings.completion;
import static org.accord.training.Trainings.enrol;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.reporting.ProgressReportingProcess;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.accord.training.ParticipantSurveys.NewAnswer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The monitoring and evaluation figures of a training cooperation (issue 19, item 6), against a
 * hand count of one closed session and one open one, under the terms of {@link
 * Proposals#trainingTerms()}.
 */
@AccordIntegrationTest
class TrainingFiguresIntegrationTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static String reference;
  private static long courseId;
  private static long emptyCourseId;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Clock clock;
  @Autowired ParticipantSurveys surveys;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService tasks;

  @LocalServerPort int port;

  /**
   * Session 1 (USD 1,200.00 standard, 450.00 developing; the reserve empty, so the LDC and SIDS
   * participants pay 450.00): Awa (SN, LDC, female, government) pays 450.00, attends 100 % and
   * passes; Claire (FR, developed, female, regulator) pays 1,200.00, 90 %, passes; Ravi (IN,
   * developing, male, private sector) pays 450.00, 70 %, passes (not completed: under 80 %); Sione
   * (TO, SIDS, gender left out, academia) pays nothing, 100 %, passes (completed, not certified:
   * unpaid). Closed with trainers 800.00 (agency) and venue 500.00 (shared 50/50). Awa answers the
   * survey 5, 4, 5, 4, 5; Claire 3, 4, 4, 2, 4.
   *
   * <p>Session 2, open (USD 1,200.00 and 200.00): Jean-Baptiste (HT, LDC and SIDS, male, NGO) gets
   * a free seat from the reserve (210.00 covers 200.00); Mei (CN, developing, female, government).
   */
  @BeforeEach
  void aCooperationWithAClosedAndAnOpenSession() {
    if (reference != null) {
      return;
    }
    reference = Trainings.activeTrainingCooperation(api);
    courseId = Trainings.course(api, reference);
    emptyCourseId = Trainings.course(api, reference);
    LocalDate today = LocalDate.now(clock);

    long first = Trainings.newSession(api, courseId, 5);
    Map<String, Object> awa = enrolled(first, "Awa Ndiaye", "SN", "FEMALE", "GOVERNMENT");
    Map<String, Object> claire = enrolled(first, "Claire Martin", "FR", "FEMALE", "REGULATOR");
    Map<String, Object> ravi = enrolled(first, "Ravi Kumar", "IN", "MALE", "PRIVATE_SECTOR");
    Map<String, Object> sione = enrolled(first, "Sione Tupou", "TO", null, "ACADEMIA");
    Trainings.pay(api, awa, "450.00", today);
    Trainings.pay(api, claire, "1200.00", today);
    Trainings.pay(api, ravi, "450.00", today);
    Trainings.lastDay(jdbc, runtime, management, first);
    completion(api, awa, 100, true);
    completion(api, claire, 90, true);
    completion(api, ravi, 70, true);
    completion(api, sione, 100, true);
    Trainings.close(
        api, first, "Trainers and course materials: 800.00\nVenue and catering: 500.00");
    answer(awa, "5", "4", "5", "4", "5");
    answer(claire, "3", "4", "4", "2", "4");

    Map<String, Object> second = Trainings.session(courseId, 2);
    second.put("developingFee", "200.00");
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/training/sessions", second);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    long open = ((Number) created.getBody().get("id")).longValue();
    assertThat(enrolled(open, "Jean-Baptiste Pierre", "HT", "MALE", "NGO"))
        .containsEntry("freeSeat", true);
    enrolled(open, "Mei Chen", "CN", "FEMALE", "GOVERNMENT");
  }

  /**
   * Participants 4 + 2 = 6. Regions: Africa SN 1; Americas HT 1; Asia and the Pacific IN, TO, CN 3;
   * Europe FR 1. Groups: LDC SN, HT (HT is SIDS too, counted LDC) 2; SIDS TO 1; developing IN, CN
   * 2; developed FR 1. Gender: female Awa, Claire, Mei 3; male Ravi, Jean-Baptiste 2; not stated
   * Sione 1. Organizations: government Awa, Mei 2; regulator, private sector, academia, NGO 1 each.
   *
   * <p>Closed session: 4 participants; completed Awa, Claire, Sione 3, 3/4 = 75.0 %; certified Awa,
   * Claire 2, 2/4 = 50.0 %.
   *
   * <p>Money: revenue 450.00 + 1,200.00 + 450.00 = 2,100.00; reserve 10 % = 210.00; agency 60 % of
   * 1,890.00 = 1,134.00; partner 1,890.00 − 1,134.00 = 756.00. Costs: agency 800.00 + 250.00 =
   * 1,050.00, partner 250.00, together 1,300.00; surplus 2,100.00 − 1,300.00 = 800.00; cost
   * recovery 2,100.00 / 1,300.00 = 161.538… % = 161.5 %. Free seats: Jean-Baptiste's, worth the
   * developing fee 200.00.
   *
   * <p>Survey: 4 invited (all attended), 2 answered, 50.0 %. Averages: relevance (5 + 3) / 2 =
   * 4.00; content (4 + 4) / 2 = 4.00; trainers (5 + 4) / 2 = 4.50; organization (4 + 2) / 2 = 3.00;
   * overall (5 + 4) / 2 = 4.50.
   */
  @Test
  void theFiguresOfTheCooperation_matchTheHandCount() {
    ResponseEntity<Map<String, Object>> found =
        api.get("officer", "/api/training/figures?agreement=" + reference);
    assertThat(found.getStatusCode().value()).as("%s", found.getBody()).isEqualTo(200);
    Map<String, Object> figures = found.getBody();

    assertThat(figures)
        .containsEntry("agreement", reference)
        .containsEntry("partnerCode", "GSMA")
        .containsEntry("sessions", 2)
        .containsEntry("closedSessions", 1)
        .containsEntry("participants", 6);
    assertThat(figures.get("byRegion"))
        .isEqualTo(
            Map.of(
                "AFRICA",
                1,
                "AMERICAS",
                1,
                "ARAB_STATES",
                0,
                "ASIA_PACIFIC",
                3,
                "CIS",
                0,
                "EUROPE",
                1,
                "OTHER",
                0));
    assertThat(figures.get("byCountryGroup"))
        .isEqualTo(Map.of("LDC", 2, "SIDS", 1, "DEVELOPING", 2, "DEVELOPED", 1));
    assertThat(figures.get("byGender"))
        .isEqualTo(Map.of("FEMALE", 3, "MALE", 2, "OTHER", 0, "NOT_STATED", 1));
    assertThat((Map<String, Object>) figures.get("byOrganizationType"))
        .containsEntry("GOVERNMENT", 2)
        .containsEntry("REGULATOR", 1)
        .containsEntry("PRIVATE_SECTOR", 1)
        .containsEntry("ACADEMIA", 1)
        .containsEntry("NGO", 1)
        .containsEntry("INTERNATIONAL_ORGANIZATION", 0);
    assertThat(figures.get("completion"))
        .isEqualTo(
            Map.of(
                "participants", 4,
                "completed", 3,
                "certified", 2,
                "completionRate", "75.0",
                "certificationRate", "50.0"));
    assertThat((List<Map<String, Object>>) figures.get("finances"))
        .containsExactly(
            Map.ofEntries(
                Map.entry("currency", "USD"),
                Map.entry("closedSessions", 1),
                Map.entry("revenue", "2100.00"),
                Map.entry("costs", "1300.00"),
                Map.entry("agencyCosts", "1050.00"),
                Map.entry("partnerCosts", "250.00"),
                Map.entry("surplus", "800.00"),
                Map.entry("costRecovery", "161.5"),
                Map.entry("reserveShare", "210.00"),
                Map.entry("agencyShare", "1134.00"),
                Map.entry("partnerShare", "756.00"),
                Map.entry("freeSeats", 1),
                Map.entry("freeSeatValue", "200.00")));
    Map<String, Object> survey = (Map<String, Object>) figures.get("survey");
    assertThat(survey)
        .containsEntry("invited", 4)
        .containsEntry("answered", 2)
        .containsEntry("responseRate", "50.0");
    assertThat(survey.get("averages"))
        .isEqualTo(
            Map.of(
                "relevance",
                "4.00",
                "content",
                "4.00",
                "trainers",
                "4.50",
                "organization",
                "3.00",
                "overall",
                "4.50"));
  }

  @Test
  void theFiguresOfACourse_countItsSessionsOnly_andThePartnerSeesItsOwn() {
    Map<String, Object> empty =
        api.get("gsma", "/api/training/figures?agreement=" + reference + "&course=" + emptyCourseId)
            .getBody();
    assertThat(empty)
        .containsEntry("courseId", (int) emptyCourseId)
        .containsEntry("sessions", 0)
        .containsEntry("participants", 0)
        .containsEntry("finances", List.of());
    assertThat((Map<String, Object>) empty.get("completion"))
        .as("no rate of nobody")
        .doesNotContainKey("completionRate");
    assertThat(
            api.get("gsma", "/api/training/figures?agreement=" + reference + "&course=" + courseId)
                .getBody())
        .containsEntry("participants", 6);
  }

  @Test
  void figuresAskedWrongly_areRefusedNamingTheField_andAnotherPartnerSeesNone() {
    assertRefused(api.get("officer", "/api/training/figures"), "agreement");
    String contribution =
        (String)
            api.post("officer", "/api/agreements", Proposals.valid("GSMA", "1000.00", "USD"))
                .getBody()
                .get("reference");
    assertRefused(
        api.get("officer", "/api/training/figures?agreement=" + contribution), "agreement");
    String other = Trainings.activeTrainingCooperation(api);
    long otherCourse = Trainings.course(api, other);
    assertRefused(
        api.get(
            "officer", "/api/training/figures?agreement=" + reference + "&course=" + otherCourse),
        "course");
    assertThat(
            api.get("jica", "/api/training/figures?agreement=" + reference).getStatusCode().value())
        .isEqualTo(404);
    assertThat(
            api.get("gsma", "/api/training/figures?agreement=PA-1999-0001").getStatusCode().value())
        .isEqualTo(404);
  }

  /**
   * The same figures as {@link #theFiguresOfTheCooperation_matchTheHandCount}, in the form of the
   * first period's report, once its end is reached (its timer run by hand).
   */
  @Test
  void theProgressReportForm_isPrefilledWithTheFigures() {
    Job periodEnded =
        management
            .createJobQuery()
            .processDefinitionKey("progress-reporting")
            .timers()
            .list()
            .stream()
            .filter(
                job ->
                    reference.equals(
                        runtime
                            .createProcessInstanceQuery()
                            .processInstanceId(job.getProcessInstanceId())
                            .singleResult()
                            .getBusinessKey()))
            .min(java.util.Comparator.comparing(Job::getDuedate))
            .orElseThrow();
    management.executeJob(periodEnded.getId());

    Task report =
        tasks
            .createTaskQuery()
            .processInstanceId(periodEnded.getProcessInstanceId())
            .taskDefinitionKey(ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT)
            .singleResult();
    assertThat(
            (String)
                tasks.getVariable(
                    report.getId(), ProgressReportingProcess.Variables.PROGRAMME_FIGURES))
        .isEqualTo(
            """
            Sessions: 2, of which closed: 1
            Participants: 6
            By country group: LDC 2, SIDS 1, developing 2, developed 1
            By region: Africa 1, Americas 1, Asia and the Pacific 3, Europe 1
            By gender: women 3, men 2, other 0, not stated 1
            Completed: 3 of 4 (75.0 %); certified: 2 (50.0 %)
            USD: revenue 2,100.00, costs 1,300.00, surplus 800.00, cost recovery 161.5 %; \
            free seats 1, worth 200.00
            Evaluation: 2 of 4 answered (50.0 %); average scores out of 5: relevance 4.00, \
            content 4.00, trainers 4.50, organization 3.00, overall 4.50""");
  }

  /** The same figures as {@link #theFiguresOfTheCooperation_matchTheHandCount}. */
  @Test
  void managersSeeTheFigures_onTheDashboard_andInTheCsv() throws Exception {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard", "body[data-drawn]");
      String row = browser.text("#table-training tr[data-key='" + reference + "']");
      assertThat(row)
          .contains("GSMA")
          .contains("USD 2,100.00")
          .contains("USD 1,300.00")
          .contains("USD 800.00")
          .contains("161.5%")
          .contains("75.0%")
          .contains("50.0%")
          .contains("1 (USD 200.00)")
          .contains("2 of 4")
          .contains("4.50 / 5");
      browser.evaluate("document.getElementById('training').scrollIntoView()");
      browser.screenshot(SCREENSHOTS.resolve("dashboard-training.png"));
    }

    ResponseEntity<String> csv = csv("manager");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getBody())
        .contains(reference + ",GSMA,participants,,,6\r\n")
        .contains(reference + ",GSMA,participants_by_region,ASIA_PACIFIC,,3\r\n")
        .contains(reference + ",GSMA,participants_by_country_group,LDC,,2\r\n")
        .contains(reference + ",GSMA,completion_rate_percent,,,75.0\r\n")
        .contains(reference + ",GSMA,revenue,,USD,2100.00\r\n")
        .contains(reference + ",GSMA,surplus,,USD,800.00\r\n")
        .contains(reference + ",GSMA,cost_recovery_percent,,USD,161.5\r\n")
        .contains(reference + ",GSMA,free_seat_value,,USD,200.00\r\n")
        .contains(reference + ",GSMA,survey_average,trainers,,4.50\r\n");
    assertThat(csv("officer").getStatusCode().value()).isEqualTo(403);
    assertThat(csv("gsma").getStatusCode().value()).isEqualTo(403);
  }

  private ResponseEntity<String> csv(String user) {
    return rest.exchange(
        "/api/exports/training.csv",
        HttpMethod.GET,
        new HttpEntity<>(Api.headersOf(user)),
        String.class);
  }

  private Map<String, Object> enrolled(
      long session, String name, String country, String gender, String organizationType) {
    Map<String, Object> participant = Trainings.participant(name, country);
    participant.put("gender", gender);
    participant.put("organizationType", organizationType);
    ResponseEntity<Map<String, Object>> enrolled = enrol(api, session, participant);
    assertThat(enrolled.getStatusCode().value()).as("%s", enrolled.getBody()).isEqualTo(201);
    return enrolled.getBody();
  }

  private void answer(Map<String, Object> enrolment, String... scores) {
    Matcher link =
        Pattern.compile("/training/survey/([A-Za-z0-9_-]{43})")
            .matcher(
                jdbc.queryForObject(
                    "select body_text from accord.notification where event_key = ?",
                    String.class,
                    "training-survey-" + enrolment.get("id")));
    assertThat(link.find()).isTrue();
    surveys.answer(
        link.group(1),
        new NewAnswer(
            Map.of(
                "relevance", scores[0],
                "content", scores[1],
                "trainers", scores[2],
                "organization", scores[3],
                "overall", scores[4]),
            null));
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> refused, String field) {
    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains(field);
  }
}
