package org.accord.training;

import static org.accord.training.Trainings.completion;
import static org.accord.training.Trainings.enrol;
import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The participants' survey of a closed session (issue 19, item 6): who is invited, in which
 * language, and the public page at their personal link, over plain HTTP without logging in.
 */
@AccordIntegrationTest
class ParticipantSurveyIntegrationTest {

  private static final Pattern LINK = Pattern.compile("/training/survey/([A-Za-z0-9_-]{43})");

  private static String reference;
  private static long courseId;

  @LocalServerPort int port;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Clock clock;
  @Autowired ParticipantSurveys surveys;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void aSignedTrainingCooperationWithACourse() {
    if (reference == null) {
      reference = Trainings.activeTrainingCooperation(api);
      courseId = Trainings.course(api, reference);
    }
  }

  @Test
  void closingASession_invitesEachParticipantWhoAttended_onceEach_inTheCoursesLanguage()
      throws Exception {
    Map<String, Object> french = Trainings.course(reference);
    french.put("title", "Gestion du spectre : les fondamentaux");
    french.put("language", "fr");
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/training/courses", french);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    long session = Trainings.newSession(api, ((Number) created.getBody().get("id")).longValue(), 5);
    Map<String, Object> passed = enrol(api, session, participant("Amina Diallo", "SN")).getBody();
    Map<String, Object> failed = enrol(api, session, participant("Jean Dupont", "FR")).getBody();
    Map<String, Object> absent = enrol(api, session, participant("Absent Person", "BE")).getBody();
    Map<String, Object> stayedAway =
        enrol(api, session, participant("Stayed Away", "CH")).getBody();
    Trainings.lastDay(jdbc, runtime, management, session);
    completion(api, passed, 100, true);
    completion(api, failed, 50, false);
    completion(api, stayedAway, 0, false);

    Trainings.close(api, session, "");

    List<Map<String, Object>> invitations = invitations(session);
    assertThat(invitations)
        .extracting(invitation -> invitation.get("recipient"))
        .containsExactlyInAnyOrder(passed.get("email"), failed.get("email"))
        .doesNotContain(absent.get("email"), stayedAway.get("email"));
    Map<String, Object> toAmina =
        invitations.stream()
            .filter(invitation -> invitation.get("recipient").equals(passed.get("email")))
            .findFirst()
            .orElseThrow();
    assertThat(toAmina.get("subject"))
        .isEqualTo("[Accord] Votre avis sur Gestion du spectre : les fondamentaux");
    assertThat((String) toAmina.get("body_text"))
        .startsWith("Bonjour Amina Diallo,")
        .contains("du 2026-11-23 au 2026-11-27")
        .contains("Votre lien personnel : http://accord.example/training/survey/")
        .contains("jusqu'au " + LocalDate.now(clock).plusDays(60));
    String token = token((String) toAmina.get("body_text"));
    assertThat(
            jdbc.queryForObject(
                "select language || ' ' || token_sha256 from accord.training_survey where"
                    + " enrolment_id = ?",
                String.class,
                ((Number) passed.get("id")).longValue()))
        .as("only the token's hash is kept")
        .isEqualTo("fr " + sha256(token));
    // The link opens the survey in the invitation's language, the course's.
    assertThat(get(token).body())
        .contains("<html lang=\"fr\"")
        .contains("du 23 novembre 2026 au 27 novembre 2026")
        .contains("Envoyer mon évaluation");

    surveys.inviteAll(session);

    assertThat(invitations(session)).hasSize(2);
  }

  @Test
  void aParticipantAnswersAtTheirLink_once_andTheAnswerIsKeptEscapedAsTyped() throws Exception {
    Map<String, Object> enrolment = closedSessionWithOneParticipant("Nomvula Dlamini", "ZA");
    String token = linkOf(enrolment);

    HttpResponse<String> page = get(token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Spectrum management fundamentals")
        .contains("23 November 2026 to 27 November 2026")
        .contains("Nomvula Dlamini")
        .contains("How relevant was the course to your work?");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

    Map<String, String> answer = answer("4", "5", "3", "4", "5");
    answer.put("comment", "Very useful <script>alert(1)</script> — merci");
    HttpResponse<String> thanks = post(token, answer, csrf(page), cookie(page));
    assertThat(thanks.statusCode()).as(thanks.body()).isEqualTo(200);
    assertThat(thanks.body()).contains("Thank you").doesNotContain("<script>");
    assertThat(
            jdbc.queryForMap(
                "select relevance, content, trainers, organization, overall, comment from"
                    + " accord.training_survey where enrolment_id = ?",
                ((Number) enrolment.get("id")).longValue()))
        .containsEntry("relevance", 4)
        .containsEntry("content", 5)
        .containsEntry("trainers", 3)
        .containsEntry("organization", 4)
        .containsEntry("overall", 5)
        .containsEntry("comment", "Very useful <script>alert(1)</script> — merci");

    HttpResponse<String> again =
        post(token, answer("1", "1", "1", "1", "1"), csrf(page), cookie(page));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("Answered already");
    assertThat(
            jdbc.queryForObject(
                "select overall from accord.training_survey where enrolment_id = ?",
                Integer.class,
                ((Number) enrolment.get("id")).longValue()))
        .isEqualTo(5);
    HttpResponse<String> revisited = get(token);
    assertThat(revisited.statusCode()).isEqualTo(200);
    assertThat(revisited.body()).contains("Answered already").doesNotContain("<form");
  }

  @Test
  void badScoresOrAnOverlongComment_areRefusedNamingEachField_andNothingIsKept() throws Exception {
    Map<String, Object> enrolment = closedSessionWithOneParticipant("Lina Haddad", "LB");
    String token = linkOf(enrolment);
    HttpResponse<String> page = get(token);

    Map<String, String> bad = answer("6", "", "three", "0", "5");
    bad.put("comment", "<b>x</b>" + "x".repeat(ParticipantSurveys.COMMENT_LENGTH));
    HttpResponse<String> refused = post(token, bad, csrf(page), cookie(page));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("How relevant was the course to your work?: choose a score from 1 to 5")
        .contains("The quality of the content: choose a score from 1 to 5")
        .contains("The trainers: choose a score from 1 to 5")
        .contains(
            "The organization (registration, schedule, venue or platform): choose a score from"
                + " 1 to 5")
        .contains("The comment may have at most 2,000 characters")
        .doesNotContain("The session overall:")
        .contains("&lt;b&gt;x&lt;/b&gt;")
        .doesNotContain("<b>x</b>")
        .contains("value=\"5\" checked");
    assertThat(answeredAt(enrolment)).isNull();

    HttpResponse<String> forged = post(token, answer("5", "5", "5", "5", "5"), null, null);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(answeredAt(enrolment)).isNull();
  }

  @Test
  void anUnknownOrExpiredLink_is404() throws Exception {
    assertThat(get("not-a-token").statusCode()).isEqualTo(404);
    assertThat(get("A".repeat(43)).statusCode()).isEqualTo(404);
    Map<String, Object> enrolment = closedSessionWithOneParticipant("Sione Tupou", "TO");
    String token = linkOf(enrolment);
    HttpResponse<String> page = get(token);
    assertThat(page.statusCode()).isEqualTo(200);

    jdbc.update(
        "update accord.training_survey set expires_at = ? where enrolment_id = ?",
        java.sql.Timestamp.from(clock.instant().minusSeconds(1)),
        ((Number) enrolment.get("id")).longValue());

    HttpResponse<String> expired = get(token);
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(expired.body()).contains("No such survey");
    assertThat(post(token, answer("5", "5", "5", "5", "5"), csrf(page), cookie(page)).statusCode())
        .isEqualTo(404);
    assertThat(answeredAt(enrolment)).isNull();
  }

  private Map<String, Object> closedSessionWithOneParticipant(String name, String country) {
    long session = Trainings.newSession(api, courseId, 5);
    Map<String, Object> enrolment = enrol(api, session, participant(name, country)).getBody();
    Trainings.lastDay(jdbc, runtime, management, session);
    completion(api, enrolment, 90, true);
    Trainings.close(api, session, "");
    return enrolment;
  }

  private List<Map<String, Object>> invitations(long session) {
    return jdbc.queryForList(
        "select n.recipient, n.subject, n.body_text from accord.notification n"
            + " join accord.training_enrolment e on n.event_key = 'training-survey-' || e.id"
            + " where e.session_id = ?",
        session);
  }

  private String linkOf(Map<String, Object> enrolment) {
    return token(
        jdbc.queryForObject(
            "select body_text from accord.notification where event_key = ?",
            String.class,
            "training-survey-" + enrolment.get("id")));
  }

  private Object answeredAt(Map<String, Object> enrolment) {
    return jdbc.queryForObject(
        "select answered_at from accord.training_survey where enrolment_id = ?",
        Object.class,
        ((Number) enrolment.get("id")).longValue());
  }

  private static String token(String text) {
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    return link.group(1);
  }

  private static Map<String, String> answer(
      String relevance, String content, String trainers, String organization, String overall) {
    Map<String, String> answer = new LinkedHashMap<>();
    answer.put("relevance", relevance);
    answer.put("content", content);
    answer.put("trainers", trainers);
    answer.put("organization", organization);
    answer.put("overall", overall);
    return answer;
  }

  private HttpResponse<String> get(String token) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(token)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      String token, Map<String, String> form, String csrf, String cookie)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (csrf != null) {
      fields.put("_csrf", csrf);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(token))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields.entrySet().stream()
                        .map(
                            field ->
                                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                                    + "="
                                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String token) {
    return URI.create("http://localhost:" + port + "/training/survey/" + token);
  }

  private static String csrf(HttpResponse<String> page) {
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"").matcher(page.body());
    assertThat(csrf.find()).isTrue();
    return csrf.group(1);
  }

  private static String cookie(HttpResponse<String> page) {
    return page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private static String sha256(String token) throws RuntimeException {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
