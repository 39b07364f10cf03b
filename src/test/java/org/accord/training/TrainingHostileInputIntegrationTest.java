package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * Hostile values in every field of every training entry point, the public page's form included:
 * each answer is 4xx (or accepted), never 5xx, and carries no stack trace or SQL.
 */
@AccordIntegrationTest
class TrainingHostileInputIntegrationTest {

  private static final Object[] HOSTILE =
      new Object[] {
        null,
        "",
        "\u0000",
        "a\u0000b",
        "'; drop table accord.training_enrolment; --",
        "<script>alert(1)</script>",
        "x".repeat(10_000),
        -1,
        Long.MAX_VALUE,
        1e308,
        true,
        List.of(),
        Map.of("$ne", 1),
        "99999999999999999999999999999999.99",
        "2027-02-30",
        "ZZ"
      };

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void hostileValuesInEveryField_areNeverAServerError() throws Exception {
    String reference = Trainings.activeTrainingCooperation(api);
    long course = Trainings.course(api, reference);
    long session = Trainings.newSession(api, course, 1000);
    Map<String, Object> enrolment =
        Trainings.enrol(api, session, Trainings.participant("Valid Participant", "KE")).getBody();
    List<String> failures = new ArrayList<>();

    mutate(failures, "officer", "/api/training/courses", Trainings.course(reference));
    mutate(failures, "officer", "/api/training/sessions", Trainings.session(course, 10));
    mutate(
        failures,
        "officer",
        "/api/training/sessions/" + session + "/enrolments",
        Trainings.participant("Hostile Participant", "KE"));
    Map<String, Object> payment = new HashMap<>();
    payment.put("amount", "1.00");
    payment.put("currency", "USD");
    payment.put("paidOn", "2026-12-01");
    payment.put("reference", "BR-H");
    mutate(
        failures,
        "finance",
        "/api/training/enrolments/" + enrolment.get("id") + "/payments",
        payment);
    for (String path :
        List.of(
            "/api/training/sessions/abc",
            "/api/training/sessions?page=-1",
            "/api/training/sessions?size=99999",
            "/api/training/sessions?agreement=%00",
            "/api/training/enrolments/99999999999999999999",
            "/api/training/agreements/%27%3B--/reserve")) {
      ResponseEntity<Map<String, Object>> answer = api.get("officer", path);
      check(
          failures,
          "GET " + path,
          answer.getStatusCode().value(),
          String.valueOf(answer.getBody()));
    }
    pageForm(failures, session);

    assertThat(failures).isEmpty();
  }

  private void mutate(List<String> failures, String user, String path, Map<String, Object> valid) {
    for (String field : valid.keySet()) {
      for (Object value : HOSTILE) {
        Map<String, Object> body = new HashMap<>(valid);
        body.put(field, value);
        if (body.containsKey("email") && !"email".equals(field)) {
          body.put("email", "h" + System.nanoTime() + "@example.org");
        }
        ResponseEntity<Map<String, Object>> answer = api.post(user, path, body);
        check(
            failures,
            path + " " + field + "=" + abbreviate(String.valueOf(value)),
            answer.getStatusCode().value(),
            String.valueOf(answer.getBody()));
      }
    }
  }

  /** The public page's form, with its token, and each field hostile in turn. */
  private void pageForm(List<String> failures, long session) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI page =
        URI.create("http://localhost:" + port + "/training/sessions/" + session + "/register");
    HttpResponse<String> opened =
        http.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.ofString());
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"")
            .matcher(opened.body());
    assertThat(token.find()).isTrue();
    String cookie = opened.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    for (String field :
        List.of("name", "email", "organization", "organizationType", "country", "gender")) {
      for (String value : List.of("\u0000", "a\u0000b", "x".repeat(10_000), "<b>", "ZZ")) {
        Map<String, String> form = RegistrationPageIntegrationTest.form("Hostile Form", "KE");
        form.put(field, value);
        form.put("_csrf", token.group(1));
        String encoded =
            form.entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(page)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", cookie)
                    .POST(HttpRequest.BodyPublishers.ofString(encoded))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        check(
            failures,
            "page " + field + "=" + abbreviate(value),
            answer.statusCode(),
            answer.body());
      }
    }
  }

  private static void check(List<String> failures, String what, int status, String body) {
    if (status >= 500
        || body.contains("Exception")
        || body.contains("at org.")
        || body.contains("SQL")) {
      failures.add(what + " -> " + status + " " + abbreviate(body));
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "…" : text;
  }
}
