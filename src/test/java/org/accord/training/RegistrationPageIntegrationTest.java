package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public registration page over plain HTTP, without logging in: what it shows, its form's
 * cross-site protection, its escaping, its privacy and its rate limit.
 */
@AccordIntegrationTest
class RegistrationPageIntegrationTest {

  private static String reference;
  private static long courseId;

  @LocalServerPort int port;

  @Value("${accord.training.registration.requests-per-minute}")
  int perMinute;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void aSignedTrainingCooperationWithACourse() {
    if (reference == null) {
      reference = Trainings.activeTrainingCooperation(api);
      courseId = Trainings.course(api, reference);
    }
  }

  @Test
  void anyoneSeesTheSessionAndItsFees_andRegistersWithTheFormsToken() throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    Trainings.enrol(api, session, Trainings.participant("Hidden Participant", "FR"));

    HttpResponse<String> page = get(session);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Spectrum management fundamentals")
        .contains("1 March 2027 to 5 March 2027")
        // A no-break space keeps the code with its number, as CLDR writes them.
        .contains("USD\u00a01,200.00")
        .contains("USD\u00a0450.00")
        .contains("Seats are available")
        .doesNotContain("Hidden Participant")
        .doesNotContain("hidden.participant@example.org");
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

    Map<String, String> form = form("Nomvula <script>alert(1)</script> Dlamini", "ZA");
    HttpResponse<String> answer = post(session, form, token(page), cookie(page));
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body())
        .contains("Your seat is confirmed")
        .contains("USD\u00a0450.00")
        .contains("Nomvula &lt;script&gt;alert(1)&lt;/script&gt; Dlamini")
        .doesNotContain("<script>alert(1)")
        .doesNotContain("Hidden Participant");
  }

  /**
   * Kenya is a developing country: USD 450.00. Whoever sends the form again with an enrolled
   * address (in any case) gets the answer a new registration gets, nothing is written, and the
   * address's owner is told by e-mail, once a day however often it is sent; the officers' API still
   * refuses the address naming {@code email}.
   */
  @Test
  void anAddressAlreadyEnrolled_getsTheAnswerOfANewRegistration_andItsOwnerAnEmail()
      throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    HttpResponse<String> page = get(session);
    Map<String, String> owner = form("Amina Yusuf", "KE");
    HttpResponse<String> registered = post(session, owner, token(page), cookie(page));
    assertThat(registered.statusCode()).isEqualTo(200);
    assertThat(registered.body()).contains("Your seat is confirmed").contains("USD\u00a0450.00");
    long before = enrolments();

    HttpResponse<String> again = post(session, owner, token(page), cookie(page));
    Map<String, String> stranger = form("Someone Else", "KE");
    stranger.put("email", owner.get("email").toUpperCase(Locale.ROOT));
    HttpResponse<String> probe = post(session, stranger, token(page), cookie(page));

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).as("the same answer as the first").isEqualTo(registered.body());
    assertThat(probe.statusCode()).isEqualTo(200);
    assertThat(probe.body())
        .contains("Your seat is confirmed")
        .contains("Someone Else")
        .contains("USD\u00a0450.00")
        .doesNotContain("Amina Yusuf")
        .doesNotContainIgnoringCase("already");
    assertThat(enrolments()).as("nothing written").isEqualTo(before);
    List<String> told =
        jdbc.queryForList(
            "select body_text from accord.notification where template = ? and recipient = ?",
            String.class,
            Enrolments.ALREADY_ENROLLED,
            owner.get("email"));
    assertThat(told).as("once a day").hasSize(1);
    assertThat(told.get(0))
        .contains("Dear Amina Yusuf")
        .contains("You are already enrolled in this session")
        .contains("your seat is confirmed")
        .contains("USD 450.00");

    Map<String, Object> byOfficer = new HashMap<>(owner);
    ResponseEntity<Map<String, Object>> refused = Trainings.enrol(api, session, byOfficer);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains("email").contains("already enrolled");
  }

  @Test
  void aFormWithoutItsToken_isRefused_andNothingIsWritten() throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    HttpResponse<String> page = get(session);
    long before = enrolments();

    assertThat(post(session, form("Cross Site", "KE"), null, null).statusCode()).isEqualTo(403);
    assertThat(post(session, form("Cross Site", "KE"), token(page), null).statusCode())
        .isEqualTo(403);
    assertThat(post(session, form("Cross Site", "KE"), "forged", cookie(page)).statusCode())
        .isEqualTo(403);
    assertThat(enrolments()).isEqualTo(before);
  }

  @Test
  void badInput_isShownBesideItsField_withWhatWasTypedEscaped() throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    HttpResponse<String> page = get(session);
    Map<String, String> form = form("\"><img src=x onerror=alert(1)>", "XX");
    form.put("email", "not-an-address");

    HttpResponse<String> refused = post(session, form, token(page), cookie(page));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("The e-mail address is not valid")
        .contains("Please check this field: Country of nationality")
        .contains("value=\"&quot;&gt;&lt;img src")
        .doesNotContain("<img src=x");
    assertThat(get(Long.MAX_VALUE).statusCode()).isEqualTo(404);
  }

  /** From an address of its own (127.0.0.2), so that the other tests keep their allowance. */
  @Test
  void oneAddressAskingTooOften_gets429_withWhenToTryAgain() throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    String path = "/training/sessions/" + session + "/register";
    for (int i = 0; i < perMinute; i++) {
      assertThat(statusLineFrom("127.0.0.2", path)).as("request %d", i + 1).contains(" 200 ");
    }
    // A few more may pass (measured here: 3 in 65 requests), never many: well before 10 more.
    String refused = responseFrom("127.0.0.2", path);
    for (int more = 0; more < 10 && refused.startsWith("HTTP/1.1 200"); more++) {
      refused = responseFrom("127.0.0.2", path);
    }
    assertThat(refused)
        .startsWith("HTTP/1.1 429")
        .contains("Retry-After:")
        .contains("Too many requests");
    assertThat(get(session).statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> get(long session) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri(session)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(
      long session, Map<String, String> form, String token, String cookie)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>(form);
    if (token != null) {
      fields.put("_csrf", token);
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(session))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(fields)));
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(long session) {
    return URI.create("http://localhost:" + port + "/training/sessions/" + session + "/register");
  }

  static Map<String, String> form(String name, String country) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("name", name);
    form.put("email", "p" + System.nanoTime() + "@example.org");
    form.put("organization", "Communications Authority");
    form.put("organizationType", "REGULATOR");
    form.put("country", country);
    form.put("gender", "FEMALE");
    return form;
  }

  private static String encode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static String token(HttpResponse<String> page) {
    Matcher token = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }

  private static String cookie(HttpResponse<String> page) {
    return page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
  }

  private long enrolments() {
    return jdbc.queryForObject("select count(*) from accord.training_enrolment", Long.class);
  }

  private String statusLineFrom(String address, String path) throws IOException {
    String response = responseFrom(address, path);
    return response.substring(0, response.indexOf('\r'));
  }

  /** A GET sent from this local address: the server sees it as the client's. */
  private String responseFrom(String address, String path) throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(address), 0)) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
