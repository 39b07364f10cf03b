package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The webapps' cookie session: changes need the CSRF token, and the session opens neither {@code
 * /api} nor {@code /engine-rest}, which take HTTP Basic only, so no cross-site request can ride on
 * it there; the exceptions are reading an agreement's documents, which the forms link to, and the
 * plan, which the plan page reads and changes (changes only with its header). Queries are paged:
 * the engine refuses unbounded ones from users.
 */
@AccordIntegrationTest
class WebappSessionIntegrationTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  private final CookieManager cookies = new CookieManager();
  private HttpClient browser;

  @BeforeEach
  void logInToTasklist() throws Exception {
    logInToTasklistAs("officer");
  }

  private void logInToTasklistAs(String user) throws Exception {
    cookies.getCookieStore().removeAll();
    browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    send(get("/camunda/app/tasklist/default/"));
    int login =
        send(
            post(
                    "/camunda/api/admin/auth/user/default/login/tasklist",
                    "username=" + user + "&password=demo")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrfToken()));
    assertThat(login).isEqualTo(200);
  }

  @Test
  void webappEngineApi_isHeldToEngineRestsBodySizeAndQueryLimits() throws Exception {
    String engine = "/camunda/api/engine/engine/default";
    String overOneMegabyte = "{\"name\": \"" + "x".repeat(1_500_000) + "\"}";

    assertThat(
            send(
                post(engine + "/task?firstResult=0&maxResults=15", overOneMegabyte)
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken())))
        .isEqualTo(413);
    for (String unbounded :
        List.of(
            "/variable-instance",
            "/variable-instance?firstResult=0&maxResults=5000",
            "/history/variable-instance",
            "/history/process-instance",
            "/history/activity-instance?firstResult=0&maxResults=100000")) {
      assertThat(send(get(engine + unbounded))).as(unbounded).isEqualTo(400);
    }
    assertThat(send(get(engine + "/variable-instance?firstResult=0&maxResults=50"))).isEqualTo(200);
    assertThat(send(get(engine + "/history/task?firstResult=0&maxResults=50"))).isEqualTo(200);
    assertThat(send(get(engine + "/filter?resourceType=Task&firstResult=0&maxResults=2000")))
        .as("Tasklist loads its filters 2,000 at a time")
        .isEqualTo(200);
    for (String badPaging :
        List.of(
            "/task?firstResult=-5&maxResults=15",
            "/task?firstResult=0&maxResults=-1",
            "/history/task?firstResult=x&maxResults=15")) {
      assertThat(send(get(engine + badPaging))).as(badPaging).isEqualTo(400);
    }
  }

  @Test
  void donorsTasklistSession_isRefusedThePortfolioStatistics() throws Exception {
    String statistics = "/camunda/api/engine/engine/default/process-definition/statistics";
    assertThat(send(get(statistics))).as("officer").isEqualTo(200);

    logInToTasklistAs("gsma");

    assertThat(send(get(statistics))).isEqualTo(403);
    assertThat(
            send(
                get(
                    "/camunda/api/engine/engine/default/process-definition/key/"
                        + "partnership-agreement/statistics")))
        .isEqualTo(403);
    assertThat(send(get("/camunda/api/engine/engine/default/task/count")))
        .as("Tasklist itself still works")
        .isEqualTo(200);
  }

  @Test
  void webappsRefuseAChangeWithoutTheCsrfToken() throws Exception {
    assertThat(send(get("/camunda/api/engine/engine/default/task/count"))).isEqualTo(200);

    int withoutToken =
        send(
            post("/camunda/api/engine/engine/default/task/count", "{}")
                .header("Content-Type", "application/json"));

    assertThat(withoutToken).isEqualTo(403);
    assertThat(
            send(
                post("/camunda/api/admin/auth/user/default/logout", "")
                    .header("Content-Type", "application/x-www-form-urlencoded")))
        .as("not even a logout")
        .isEqualTo(403);
  }

  @Test
  void theWebappSessionOpensNeitherTheApiNorEngineRest() throws Exception {
    assertThat(send(get("/api/agreements"))).isEqualTo(401);
    assertThat(send(get("/engine-rest/task/count"))).isEqualTo(401);
    assertThat(
            send(
                post("/api/partners", "{\"code\": \"CSRF\"}")
                    .header("Content-Type", "application/json")
                    .header("X-XSRF-TOKEN", csrfToken())))
        .isEqualTo(401);
  }

  @Test
  void theSessionChangesThePlanOnlyWithThePlanPagesHeader_andOnlyForManagers() throws Exception {
    assertThat(send(get("/api/plans"))).isEqualTo(200);
    assertThat(send(get("/plan"))).isEqualTo(403);
    assertThat(addOutcome(false)).isEqualTo(401);
    assertThat(addOutcome(true)).isEqualTo(403);

    logInToTasklistAs("manager");
    assertThat(send(get("/plan"))).isEqualTo(200);
    assertThat(addOutcome(false)).isEqualTo(401);
    assertThat(addOutcome(true)).isEqualTo(404);
  }

  /**
   * What the partners' portal changes takes the portal's header from a session: a page on another
   * site can ride on the cookie, not set the header (CORS would ask first). Without it the session
   * does not count (401) and nothing is stored; with it each request reaches its rules.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/concept-notes",
        "/api/concept-notes/999999/answers",
        "/api/opportunities/999999/questions",
        "/api/opportunities/999999/pledges"
      })
  void thePortalsChangesFromASession_needThePortalsHeader_elseNothingIsStored(String path)
      throws Exception {
    logInToTasklistAs("gsma");
    long before = portalRows();

    assertThat(portalChange(path, false)).isEqualTo(401);
    assertThat(portalRows()).isEqualTo(before);
    assertThat(portalChange(path, true)).isIn(400, 404);
  }

  @Test
  void thePortalsUploadsFromASession_needThePortalsHeader_elseNothingIsStored() throws Exception {
    logInToTasklistAs("gsma");
    String reference = api.propose("GSMA", "94000.00");
    long before = portalRows();

    for (String path :
        List.of(
            "/api/agreements/" + reference + "/attachments",
            "/api/concept-notes/999999/attachments")) {
      assertThat(upload(path, false)).as(path).isEqualTo(401);
    }
    assertThat(portalRows()).isEqualTo(before);
    assertThat(upload("/api/agreements/" + reference + "/attachments", true)).isEqualTo(201);
    assertThat(upload("/api/concept-notes/999999/attachments", true)).isEqualTo(404);
  }

  private int portalChange(String path, boolean fromThePortal) throws Exception {
    HttpRequest.Builder request =
        post(path, "{\"question\": \"Stored?\", \"answer\": \"Stored?\", \"note\": \"x\"}")
            .header("Content-Type", "application/json");
    return send(fromThePortal ? request.header("X-Accord-Page", "portal") : request);
  }

  private int upload(String path, boolean fromThePortal) throws Exception {
    String boundary = "accord-boundary";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\nOTHER\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nA note from the portal\r\n--"
            + boundary
            + "--\r\n";
    HttpRequest.Builder request =
        post(path, body).header("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send(fromThePortal ? request.header("X-Accord-Page", "portal") : request);
  }

  /** Every row the portal's changes write. */
  private long portalRows() {
    return jdbc.queryForObject(
        "select (select count(*) from accord.concept_note)"
            + " + (select count(*) from accord.concept_note_exchange)"
            + " + (select count(*) from accord.opportunity_question)"
            + " + (select count(*) from accord.opportunity_pledge)"
            + " + (select count(*) from accord.attachment)",
        Long.class);
  }

  /** An outcome added to a plan that does not exist, with or without the plan page's header. */
  private int addOutcome(boolean fromThePage) throws Exception {
    HttpRequest.Builder request =
        post(
                "/api/plans/NO-SUCH-PLAN/outcomes",
                "{\"code\": \"O1\", \"priority\": \"DIGITAL_TRANSFORMATION\", \"statement\": \"x\"}")
            .header("Content-Type", "application/json");
    return send(fromThePage ? request.header("X-Accord-Page", "plan") : request);
  }

  @Test
  void engineQueriesFromUsersArePaged() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String basic =
        "Basic " + java.util.Base64.getEncoder().encodeToString("manager:demo".getBytes());

    assertThat(
            client
                .send(
                    get("/engine-rest/task").header("Authorization", basic).build(),
                    BodyHandlers.ofString())
                .statusCode())
        .as("unbounded")
        .isEqualTo(400);
    var tooMany =
        client.send(
            get("/engine-rest/task?firstResult=0&maxResults=5000")
                .header("Authorization", basic)
                .build(),
            BodyHandlers.ofString());
    assertThat(tooMany.statusCode()).isEqualTo(400);
    assertThat(tooMany.body()).contains("Max results limit of 1000 exceeded");
    assertThat(
            client
                .send(
                    get("/engine-rest/task?firstResult=0&maxResults=1000")
                        .header("Authorization", basic)
                        .build(),
                    BodyHandlers.ofString())
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void aDonorCommentsOnTheirSignOffFromTheirTasklistSession() throws Exception {
    String reference = api.toDonorSignOff("JICA", "2750.00");
    String task = (String) api.tasks("jica", reference, DONOR_SIGN_OFF).get(0).get("id");
    logInToTasklistAs("jica");

    int commented =
        send(
            post(
                    "/camunda/api/engine/engine/default/task/" + task + "/comment/create",
                    "{\"message\": \"Who signs for the agency?\"}")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrfToken()));

    assertThat(commented).isEqualTo(200);
    assertThat(api.getList("manager", "/engine-rest/task/" + task + "/comment").getBody())
        .extracting(comment -> comment.get("userId") + ": " + comment.get("message"))
        .containsExactly("jica: Who signs for the agency?");
  }

  @Test
  void anotherDonorsTaskOpenedAsTasklistOpensIt_answersAsAMissingOne() throws Exception {
    String gsmas = api.propose("GSMA", "4400.00");
    String task = (String) api.tasks("officer2", gsmas, SCREEN_PROPOSAL).get(0).get("id");
    logInToTasklistAs("jica");

    // The task, its form and its form's variables are asked of the engine first (issue 22).
    for (String path : List.of("%s", "%s/form", "%s/form-variables")) {
      String engine = "/camunda/api/engine/engine/default/task/" + path;
      HttpResponse<String> existing =
          browser.send(get(engine.formatted(task)).build(), BodyHandlers.ofString());
      HttpResponse<String> missing =
          browser.send(
              get(engine.formatted("0b6c5a2e-0000-11f1-abcd-000000000000")).build(),
              BodyHandlers.ofString());

      assertThat(existing.statusCode()).as(path).isEqualTo(404);
      assertThat(missing.statusCode()).as(path).isEqualTo(404);
      assertThat(existing.body()).as(path).isEqualTo(missing.body());
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private HttpRequest.Builder post(String path, String body) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .POST(BodyPublishers.ofString(body));
  }

  private int send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), BodyHandlers.discarding()).statusCode();
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElseThrow();
  }
}
