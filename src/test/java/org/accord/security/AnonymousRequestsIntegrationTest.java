package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Base64;
import java.util.List;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every endpoint family refuses requests without credentials, or with wrong ones: 401, no data. */
@AccordIntegrationTest
class AnonymousRequestsIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired Api api;

  private final HttpClient client = HttpClient.newHttpClient();

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,    /api/agreements",
    "POST,   /api/agreements",
    "GET,    /api/agreements/PA-2026-0001",
    "GET,    /api/agreements/PA-2026-0001/reports",
    "POST,   /api/agreements/PA-2026-0001/reports/1",
    "GET,    /api/agreements/PA-2026-0001/progress",
    "PUT,    /api/agreements/PA-2026-0001/results",
    "POST,   /api/agreements/PA-2026-0001/amendments",
    "GET,    /api/agreements/PA-2026-0001/training-terms",
    "PUT,    /api/agreements/PA-2026-0001/training-terms",
    "POST,   /api/agreements/PA-2026-0001/terminate",
    "GET,    /api/agreements/PA-2026-0001/attachments",
    "POST,   /api/agreements/PA-2026-0001/attachments",
    "GET,    /api/attachments",
    "GET,    /api/attachments/1",
    "GET,    /api/portal",
    "GET,    /api/portal/agreements",
    "GET,    /api/concept-notes",
    "POST,   /api/concept-notes",
    "GET,    /api/concept-notes/1",
    "POST,   /api/concept-notes/1/answers",
    "POST,   /api/concept-notes/1/attachments",
    "GET,    /api/concept-notes/1/attachments",
    "GET,    /api/opportunities",
    "POST,   /api/opportunities",
    "GET,    /api/opportunities/1",
    "DELETE, /api/opportunities/1",
    "GET,    /api/opportunities/1/questions",
    "POST,   /api/opportunities/1/questions",
    "POST,   /api/opportunities/1/questions/1/answer",
    "POST,   /api/opportunities/1/pledges",
    "GET,    /api/partners/GSMA",
    "POST,   /api/partners",
    "GET,    /api/exchange-rates",
    "PUT,    /api/exchange-rates/EUR",
    "GET,    /api/exchange-rates/EUR/history",
    "POST,   /api/exchange-rates/import",
    "GET,    /api/notifications",
    "GET,    /api/backups",
    "POST,   /api/backups",
    "PUT,    /api/notifications/digest",
    "PUT,    /api/users/head/deputy",
    "GET,    /api/users/head/language",
    "PUT,    /api/users/head/language",
    "GET,    /api/openapi",
    "GET,    /api/plans",
    "POST,   /api/plans",
    "GET,    /api/plans/BAP-2026/kpis?asOf=2027-03-01",
    "PUT,    /api/plans/BAP-2026/kpis/K1.1",
    "GET,    /api/plans/BAP-2026/history",
    "GET,    /plan",
    "GET,    /portal",
    "GET,    /language",
    "GET,    /api/training/sessions",
    "POST,   /api/training/sessions",
    "POST,   /api/training/sessions/1/enrolments",
    "GET,    /api/training/sessions/1/enrolments",
    "POST,   /api/training/enrolments/1/payments",
    "GET,    /api/training/agreements/PA-2026-0001/reserve",
    "GET,    /api/training/sessions/1/closure",
    "GET,    /api/training/sessions/1/statement",
    "POST,   /api/training/enrolments/1/certificate",
    "GET,    /api/training/enrolments/1/certificate",
    "GET,    /api/training/partners",
    "GET,    /api/training/figures?partner=GSMA",
    "POST,   /api/certificates/TC-2222-3333-4444/verify",
    "GET,    /engine-rest/task?firstResult=0&maxResults=10",
    "GET,    /engine-rest/process-instance?firstResult=0&maxResults=10",
    "GET,    /engine-rest/history/process-instance?firstResult=0&maxResults=10",
    "POST,   /engine-rest/message",
    "POST,   /engine-rest/deployment/create",
    "GET,    /engine-rest/user?firstResult=0&maxResults=10",
    "GET,    /camunda/api/engine/engine/default/task/count",
    "GET,    /camunda/api/engine/engine/default/process-instance?firstResult=0&maxResults=10",
  })
  void withoutCredentials_isRefused(String method, String path) throws Exception {
    assertThat(send(method, path, null)).isEqualTo(401);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "GET,  /api/agreements",
    "GET,  /engine-rest/task?firstResult=0&maxResults=10",
    "POST, /api/partners",
  })
  void withAWrongPassword_isRefused(String method, String path) throws Exception {
    // A user of its own: wrong passwords slow down, then lock, the user they are tried on.
    if (identityService.createUserQuery().userId("forgetful").count() == 0) {
      User forgetful = identityService.newUser("forgetful");
      forgetful.setPassword("Correct-Horse-9");
      identityService.saveUser(forgetful);
      identityService.createMembership("forgetful", "partnership-officers");
    }
    assertThat(send(method, path, "forgetful:not-the-password")).isEqualTo(401);
    assertThat(send(method, path, "nobody-at-all:guess")).isEqualTo(401);
  }

  private int send(String method, String path, String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                method.equals("GET") ? BodyPublishers.noBody() : BodyPublishers.ofString("{}"));
    if (credentials != null) {
      request.header(
          "Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
    }
    return client.send(request.build(), BodyHandlers.discarding()).statusCode();
  }

  @Test
  void everyResponseForbidsContentSniffing() throws Exception {
    String reference = api.toActive("GSMA", "2700.00");
    Object document =
        api.getList("officer", "/api/agreements/" + reference + "/documents")
            .getBody()
            .get(0)
            .get("id");
    List<HttpRequest.Builder> requests =
        List.of(
            get("/api/agreements"),
            get("/dashboard"),
            get("/camunda/app/tasklist/default/"),
            get("/readyz"),
            get("/no-such-page"),
            withBasic("officer", get("/api/agreements")),
            withBasic("officer", get("/api/agreements/PA-1999-0001")),
            withBasic("manager", get("/dashboard")),
            withBasic("officer", get("/engine-rest/task/count")),
            withBasic("officer", get("/api/agreements/" + reference + "/documents/" + document)));
    for (HttpRequest.Builder request : requests) {
      var response = client.send(request.build(), BodyHandlers.discarding());
      assertThat(response.headers().allValues("X-Content-Type-Options"))
          .as(
              response.request().method()
                  + " "
                  + response.request().uri()
                  + " "
                  + response.statusCode())
          .containsExactly("nosniff");
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private static HttpRequest.Builder withBasic(String user, HttpRequest.Builder request) {
    return request.header(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.PASSWORD).getBytes()));
  }
}
