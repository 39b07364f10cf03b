package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
 * A partner's training cooperations seen together: their figures summed per partner (issue 19, item
 * 6, "per partner"), and the partner's recognition where its terms give it: its name on the course
 * pages, and its place in the agency's list of training partners.
 */
@AccordIntegrationTest
class TrainingPartnersIntegrationTest {

  private static String partner;
  private static String partnerName;
  private static String inDollars;
  private static String inEuros;
  private static long dollarSession;
  private static long euroSession;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Clock clock;
  @Autowired TestRestTemplate rest;

  @LocalServerPort int port;

  /**
   * A new partner with two signed cooperations. In dollars (USD 1,200.00 and 450.00; branding on
   * the course pages, listed as partner): Claire (FR, developed) pays 1,200.00 and Ravi (IN,
   * developing) 450.00; both attend and pass; closed with trainers 800.00 (agency) and venue 500.00
   * (shared 50/50). In euros (EUR 800.00 and 300.00; no recognition at all): Mei (CN, developing)
   * pays 300.00, attends and passes; closed with venue 100.00 (shared 50/50).
   */
  @BeforeEach
  void aPartnerWithACooperationInDollarsAndOneInEuros() {
    if (partner != null) {
      return;
    }
    partner = "TRP" + System.nanoTime() % 100_000_000L;
    partnerName = "Training Partner " + partner;
    api.newPartner(partner, partnerName);
    api.newUser(partner.toLowerCase(Locale.ROOT), "donor-" + partner);
    LocalDate today = LocalDate.now(clock);

    Map<String, Object> branded = Proposals.trainingTerms();
    branded.put(
        "recognition",
        List.of("CO_HOST_ON_CERTIFICATES", "BRANDING_ON_COURSE_PAGES", "LISTED_AS_PARTNER"));
    inDollars = Trainings.activeTrainingCooperation(api, partner, branded);
    dollarSession = Trainings.newSession(api, Trainings.course(api, inDollars), 5);
    Map<String, Object> claire = enrolled(dollarSession, "Claire Martin", "FR");
    Map<String, Object> ravi = enrolled(dollarSession, "Ravi Kumar", "IN");
    Trainings.pay(api, claire, "1200.00", today);
    Trainings.pay(api, ravi, "450.00", today);
    Trainings.lastDay(jdbc, runtime, management, dollarSession);
    Trainings.completion(api, claire, 100, true);
    Trainings.completion(api, ravi, 100, true);
    Trainings.close(
        api, dollarSession, "Trainers and course materials: 800.00\nVenue and catering: 500.00");

    Map<String, Object> unrecognized = Proposals.trainingTerms();
    unrecognized.put(
        "fees", Map.of("currency", "EUR", "standard", "800.00", "developing", "300.00"));
    unrecognized.put("recognition", List.of());
    inEuros = Trainings.activeTrainingCooperation(api, partner, unrecognized);
    Map<String, Object> session = Trainings.session(Trainings.course(api, inEuros), 5);
    // Left out, the fees and currency are the terms'.
    session.remove("currency");
    session.remove("standardFee");
    session.remove("developingFee");
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/training/sessions", session);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    euroSession = ((Number) created.getBody().get("id")).longValue();
    Map<String, Object> mei = enrolled(euroSession, "Mei Chen", "CN");
    Trainings.pay(api, mei, "300.00", "EUR", today);
    Trainings.lastDay(jdbc, runtime, management, euroSession);
    Trainings.completion(api, mei, 100, true);
    Trainings.close(api, euroSession, "Venue and catering: 100.00", "EUR");
  }

  /**
   * Sessions 1 + 1 = 2, both closed; participants 2 + 1 = 3: developed FR 1, developing IN and CN
   * 2; all three completed, 3/3 = 100.0 %.
   *
   * <p>EUR: revenue 300.00; reserve 10 % = 30.00; agency 60 % of 270.00 = 162.00; partner 108.00;
   * costs venue 100.00 (agency 50.00, partner 50.00); surplus 200.00; cost recovery 300.0 %.
   *
   * <p>USD: revenue 1,200.00 + 450.00 = 1,650.00; reserve 165.00; agency 60 % of 1,485.00 = 891.00;
   * partner 594.00; costs 800.00 + 500.00 = 1,300.00 (agency 800.00 + 250.00 = 1,050.00, partner
   * 250.00); surplus 350.00; cost recovery 1,650.00 / 1,300.00 = 126.92… % = 126.9 %. The two
   * currencies are two lines, never one sum.
   */
  @Test
  void thePartnersFigures_sumItsCooperations_eachCurrencyApart() throws Exception {
    ResponseEntity<Map<String, Object>> found =
        api.get("officer", "/api/training/figures?partner=" + partner);
    assertThat(found.getStatusCode().value()).as("%s", found.getBody()).isEqualTo(200);
    Map<String, Object> figures = found.getBody();

    assertThat(figures)
        .doesNotContainKey("agreement")
        .containsEntry("partnerCode", partner)
        .containsEntry("sessions", 2)
        .containsEntry("closedSessions", 2)
        .containsEntry("participants", 3);
    assertThat(figures.get("byCountryGroup"))
        .isEqualTo(Map.of("LDC", 0, "SIDS", 0, "DEVELOPING", 2, "DEVELOPED", 1));
    assertThat((Map<String, Object>) figures.get("completion"))
        .containsEntry("participants", 3)
        .containsEntry("completed", 3)
        .containsEntry("completionRate", "100.0");
    assertThat((List<Map<String, Object>>) figures.get("finances"))
        .containsExactly(
            money("EUR", 1, "300.00", "100.00", "50.00", "50.00", "200.00", "300.0", "30.00")
                .with("agencyShare", "162.00")
                .with("partnerShare", "108.00")
                .map(),
            money("USD", 1, "1650.00", "1300.00", "1050.00", "250.00", "350.00", "126.9", "165.00")
                .with("agencyShare", "891.00")
                .with("partnerShare", "594.00")
                .map());

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard", "body[data-drawn]");
      assertThat(browser.text("#table-training tr[data-key='partner-" + partner + "']"))
          .contains("All its training cooperations")
          .contains(partner)
          .contains("USD 1,650.00")
          .contains("EUR 300.00")
          .contains("USD 350.00")
          .contains("EUR 200.00")
          .contains("126.9%")
          .contains("300.0%");
    }

    ResponseEntity<String> csv =
        rest.exchange(
            "/api/exports/training.csv",
            HttpMethod.GET,
            new HttpEntity<>(Api.headersOf("manager")),
            String.class);
    assertThat(csv.getBody())
        .contains("\r\n," + partner + ",participants,,,3\r\n")
        .contains("\r\n," + partner + ",revenue,,EUR,300.00\r\n")
        .contains("\r\n," + partner + ",revenue,,USD,1650.00\r\n")
        .contains("\r\n" + inDollars + "," + partner + ",revenue,,USD,1650.00\r\n")
        .contains("\r\n" + inEuros + "," + partner + ",revenue,,EUR,300.00\r\n");
  }

  @Test
  void thePartnersFigures_areItsOwnRepresentativesAndStaffs_andAskedWronglyAreRefused() {
    String representative = partner.toLowerCase(Locale.ROOT);
    assertThat(status(representative, "/api/training/figures?partner=" + partner)).isEqualTo(200);
    assertThat(status("gsma", "/api/training/figures?partner=" + partner)).isEqualTo(404);
    assertThat(status("officer", "/api/training/figures?partner=NOSUCH")).isEqualTo(404);
    assertRefused(
        api.get("officer", "/api/training/figures?partner=" + partner + "&agreement=" + inDollars),
        "partner");
    assertRefused(
        api.get("officer", "/api/training/figures?partner=" + partner + "&course=1"), "course");
  }

  /** The sessions have ended: their pages say registration is closed, and still name the course. */
  @Test
  void brandingOnCoursePages_namesThePartnerOnTheRegistrationPage_andOnlyThen() throws Exception {
    assertThat(page(dollarSession)).contains("In partnership with " + partnerName);
    try (Browser browser = Browser.open(port)) {
      browser.openPage("/training/sessions/" + dollarSession + "/register", "#partnership");
      assertThat(browser.text("#partnership")).isEqualTo("In partnership with " + partnerName);
      browser.screenshot(Path.of("target", "screenshots", "training-registration-branded.png"));
    }
    assertThat(page(euroSession))
        .contains("Spectrum management fundamentals")
        .doesNotContain("In partnership with");
  }

  /**
   * Listed: this partner (an ACTIVE cooperation lists it; the other, which does not, changes
   * nothing). Not listed: a partner whose only ACTIVE cooperation's terms leave it out, and one
   * whose listing terms are not signed yet.
   */
  @Test
  void theAgencysTrainingPartners_areThoseWhoseActiveTermsListThem() throws Exception {
    String unlisted = "TRU" + System.nanoTime() % 100_000_000L;
    api.newPartner(unlisted, "Unlisted " + unlisted);
    api.newUser(unlisted.toLowerCase(Locale.ROOT), "donor-" + unlisted);
    Map<String, Object> coHostOnly = Proposals.trainingTerms();
    coHostOnly.put("recognition", List.of("CO_HOST_ON_CERTIFICATES"));
    Trainings.activeTrainingCooperation(api, unlisted, coHostOnly);
    String unsigned = "TRN" + System.nanoTime() % 100_000_000L;
    api.newPartner(unsigned, "Unsigned " + unsigned);
    Trainings.proposedTrainingCooperation(api, unsigned, Proposals.trainingTerms());

    ResponseEntity<List<Map<String, Object>>> listed =
        api.getList("gsma", "/api/training/partners");

    assertThat(listed.getStatusCode().value()).isEqualTo(200);
    List<Object> codes = new ArrayList<>();
    listed.getBody().forEach(one -> codes.add(one.get("code")));
    assertThat(codes).contains("GSMA", partner).doesNotContain(unlisted, unsigned);
    assertThat(listed.getBody()).contains(Map.of("code", partner, "name", partnerName));
    assertThat(page(euroSession))
        .contains("The Agency&#39;s training partners:")
        .contains(partnerName)
        .doesNotContain("Unlisted " + unlisted);
  }

  private String page(long session) throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://localhost:"
                                + port
                                + "/training/sessions/"
                                + session
                                + "/register"))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  private int status(String user, String path) {
    return api.get(user, path).getStatusCode().value();
  }

  private Map<String, Object> enrolled(long session, String name, String country) {
    Map<String, Object> participant = Trainings.participant(name, country);
    participant.put("email", partner.toLowerCase(Locale.ROOT) + "." + participant.get("email"));
    ResponseEntity<Map<String, Object>> enrolled = Trainings.enrol(api, session, participant);
    assertThat(enrolled.getStatusCode().value()).as("%s", enrolled.getBody()).isEqualTo(201);
    return enrolled.getBody();
  }

  /** One currency's money, no free seats. */
  private static Money money(
      String currency,
      int closedSessions,
      String revenue,
      String costs,
      String agencyCosts,
      String partnerCosts,
      String surplus,
      String costRecovery,
      String reserveShare) {
    Map<String, Object> money = new HashMap<>();
    money.put("currency", currency);
    money.put("closedSessions", closedSessions);
    money.put("revenue", revenue);
    money.put("costs", costs);
    money.put("agencyCosts", agencyCosts);
    money.put("partnerCosts", partnerCosts);
    money.put("surplus", surplus);
    money.put("costRecovery", costRecovery);
    money.put("reserveShare", reserveShare);
    money.put("freeSeats", 0);
    money.put("freeSeatValue", "0.00");
    return new Money(money);
  }

  private record Money(Map<String, Object> map) {
    Money with(String key, Object value) {
      map.put(key, value);
      return this;
    }
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> refused, String field) {
    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains(field);
  }
}
