package org.accord.training;

import static org.accord.training.Trainings.enrol;
import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Courses, sessions, enrolments, the reserve and payments of a training cooperation with GSMA,
 * through the API, against the real database. Every session charges 1,200.00 USD standard and
 * 450.00 USD to developing countries; a free seat is worth the 450.00 its participant would
 * otherwise pay.
 */
@AccordIntegrationTest
class TrainingIntegrationTest {

  private static String reference;
  private static long courseId;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired TrainingReserve reserve;
  @Autowired TransactionTemplate transaction;
  @Autowired GreenMail smtp;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void aSignedTrainingCooperationWithACourse() {
    if (reference == null) {
      reference = Trainings.activeTrainingCooperation(api);
      courseId = Trainings.course(api, reference);
    }
  }

  /**
   * The reserve gets 1,000.00 USD. Capacity 4. FR pays the standard 1,200.00; KE the developing
   * 450.00; RW (LDC) a free seat: 1,000.00 − 450.00 = 550.00 left; FJ (SIDS) a free seat: 550.00 −
   * 450.00 = 100.00 left. Full: BD (graduated from the LDCs on 2026-11-24, before the session of
   * 2027-03-01: DEVELOPING) and TV (LDC and SIDS) wait. RW gives up the seat: 450.00 back, 100.00 +
   * 450.00 = 550.00, and BD, first waiting, gets it at 450.00. FR gives up: TV gets a free seat,
   * 550.00 − 450.00 = 100.00 left. A second session: an LDC participant finds 100.00 < 450.00 in
   * the reserve and pays the developing 450.00, told so. Ledger: +1,000.00, −450.00, −450.00,
   * +450.00, −450.00 = 100.00.
   */
  @Test
  void feesByCountryCategory_freeSeatsFromTheReserve_andTheWaitingListMovesUp() {
    String reserveRef = Trainings.activeTrainingCooperation(api);
    long course = Trainings.course(api, reserveRef);
    transaction.executeWithoutResult(
        status -> reserve.credit(reserveRef, "1000.00", "USD", "Opening reserve", "closure"));
    long session = Trainings.newSession(api, course, 4);

    Map<String, Object> france = enrol(api, session, participant("Amelie Durand", "FR")).getBody();
    Map<String, Object> kenya = enrol(api, session, participant("Wanjiru Kamau", "KE")).getBody();
    Map<String, Object> rwanda = enrol(api, session, participant("Aline Uwase", "RW")).getBody();
    Map<String, Object> fiji = enrol(api, session, participant("Losana Vuki", "FJ")).getBody();
    Map<String, Object> bangladesh =
        enrol(api, session, participant("Rahim Hossain", "BD")).getBody();
    Map<String, Object> tuvalu = enrol(api, session, participant("Sione Talaka", "TV")).getBody();

    assertThat(france)
        .containsEntry("status", "CONFIRMED")
        .containsEntry("feeCategory", "STANDARD")
        .containsEntry("fee", "1200.00")
        .containsEntry("paymentStatus", "UNPAID");
    assertThat(kenya).containsEntry("feeCategory", "DEVELOPING").containsEntry("fee", "450.00");
    assertThat(rwanda)
        .containsEntry("status", "CONFIRMED")
        .containsEntry("feeCategory", "LDC_SIDS")
        .containsEntry("freeSeat", true)
        .containsEntry("fee", "0.00")
        .containsEntry("paymentStatus", "PAID");
    assertThat(fiji).containsEntry("freeSeat", true);
    assertThat(bangladesh)
        .containsEntry("status", "WAITLISTED")
        .containsEntry("feeCategory", "DEVELOPING")
        .containsEntry("fee", "450.00");
    assertThat(tuvalu).containsEntry("status", "WAITLISTED").containsEntry("freeSeat", false);
    assertThat(balance(reserveRef)).isEqualTo("100.00");

    assertThat(cancel(rwanda).getStatusCode().value()).isEqualTo(200);
    assertThat(enrolment(bangladesh))
        .containsEntry("status", "CONFIRMED")
        .containsEntry("fee", "450.00");
    assertThat(balance(reserveRef)).isEqualTo("550.00");
    awaitMailTo("rahim.hossain@example.org", "A seat for you");

    cancel(france);
    assertThat(enrolment(tuvalu))
        .containsEntry("status", "CONFIRMED")
        .containsEntry("freeSeat", true)
        .containsEntry("fee", "0.00");
    assertThat(balance(reserveRef)).isEqualTo("100.00");

    long second = Trainings.newSession(api, course, 2);
    Map<String, Object> rwandaAgain =
        enrol(api, second, participant("Aline Uwase", "RW")).getBody();
    assertThat(rwandaAgain)
        .containsEntry("status", "CONFIRMED")
        .containsEntry("freeSeat", false)
        .containsEntry("reserveShort", true)
        .containsEntry("fee", "450.00");
    assertThat((String) rwandaAgain.get("notice")).contains("reduced fee");

    Map<String, Object> statement =
        api.get("gsma", "/api/training/agreements/" + reserveRef + "/reserve").getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entries = (List<Map<String, Object>>) statement.get("entries");
    assertThat(entries)
        .extracting(
            entry ->
                entry.get("kind") + " " + entry.get("amount") + " " + entry.get("balanceAfter"))
        .containsExactly(
            "CREDIT 1000.00 1000.00",
            "DEBIT 450.00 550.00",
            "DEBIT 450.00 100.00",
            "CREDIT 450.00 550.00",
            "DEBIT 450.00 100.00");
    assertThat(
            api.get("jica", "/api/training/agreements/" + reserveRef + "/reserve")
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  /**
   * Kenya's fee is 450.00 USD: 200.00 leaves 250.00 outstanding (PARTLY_PAID); 250.00 more pays it
   * (PAID). Anything more, another currency, zero, or a payment for a free seat is refused.
   */
  @Test
  void financeRecordsPayments_untilTheFeeIsPaid_andRefusesWhatIsNotOwed() {
    long session = Trainings.newSession(api, courseId, 10);
    Map<String, Object> kenya = enrol(api, session, participant("Otieno Ouma", "KE")).getBody();
    String payments = "/api/training/enrolments/" + kenya.get("id") + "/payments";

    assertThat(
            api.post("officer", payments, payment("200.00", "USD", "BR-1")).getStatusCode().value())
        .isEqualTo(403);
    assertThat(field(api.post("finance", payments, payment("200.00", "EUR", "BR-1"))))
        .isEqualTo("currency");
    assertThat(field(api.post("finance", payments, payment("0.00", "USD", "BR-1"))))
        .isEqualTo("amount");
    assertThat(field(api.post("finance", payments, payment("-5.00", "USD", "BR-1"))))
        .isEqualTo("amount");
    assertThat(field(api.post("finance", payments, payment("450.01", "USD", "BR-1"))))
        .isEqualTo("amount");

    assertThat(
            api.post("finance", payments, payment("200.00", "USD", "BR-1")).getStatusCode().value())
        .isEqualTo(201);
    assertThat(enrolment(kenya))
        .containsEntry("paymentStatus", "PARTLY_PAID")
        .containsEntry("outstanding", "250.00");
    assertThat(field(api.post("finance", payments, payment("10.00", "USD", "BR-1"))))
        .isEqualTo("reference");
    api.post("finance", payments, payment("250.00", "USD", "BR-2"));
    assertThat(enrolment(kenya))
        .containsEntry("paymentStatus", "PAID")
        .containsEntry("paid", "450.00")
        .containsEntry("outstanding", "0.00");
    assertThat(api.getList("finance", payments).getBody()).hasSize(2);
  }

  /**
   * Completion needs at least 80 % attendance and a pass: 85 % and passed completes; 70 % and
   * passed does not; a waiting participant or a session not yet started has nothing to record.
   */
  @Test
  void attendanceAndAssessment_recordedOnceTheSessionStarted_decideCompletion() {
    long session = Trainings.newSession(api, courseId, 2);
    Map<String, Object> present = enrol(api, session, participant("Kofi Mensah", "GH")).getBody();
    Map<String, Object> absent = enrol(api, session, participant("Ama Owusu", "GH")).getBody();
    Map<String, Object> waiting = enrol(api, session, participant("Yaw Boateng", "GH")).getBody();
    assertThat(field(completion(present, 85, "78.50", true))).isEqualTo("enrolment");

    jdbc.update(
        "update accord.training_session set starts_on = date '2026-11-30' where id = ?", session);
    assertThat(completion(present, 85, "78.50", true).getBody())
        .containsEntry("completed", true)
        .containsEntry(
            "completion",
            Map.of("attendancePercent", 85, "assessmentScore", "78.50", "passed", true));
    assertThat(completion(absent, 70, null, true).getBody()).containsEntry("completed", false);
    assertThat(field(completion(waiting, 100, "90", true))).isEqualTo("enrolment");
    assertThat(field(completion(present, 101, "90", true))).isEqualTo("attendancePercent");
    assertThat(field(completion(present, 90, "100.01", true))).isEqualTo("assessmentScore");
    assertThat(field(completion(present, 90, "90", null))).isEqualTo("passed");
    assertThat(
            api.put(
                    "gsma",
                    "/api/training/enrolments/" + present.get("id") + "/completion",
                    Map.of("attendancePercent", 90, "passed", true))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(enrolment(present)).containsEntry("completed", true);
  }

  private ResponseEntity<Map<String, Object>> completion(
      Map<String, Object> enrolment, int attendance, String score, Boolean passed) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("attendancePercent", attendance);
    body.put("assessmentScore", score);
    body.put("passed", passed);
    return api.put(
        "officer", "/api/training/enrolments/" + enrolment.get("id") + "/completion", body);
  }

  @Test
  void badEnrolments_areRefusedNamingTheField_andNothingIsWritten() {
    long session = Trainings.newSession(api, courseId, 10);
    enrol(api, session, participant("Nadia Haddad", "EG"));
    long before = enrolments();

    Map<String, Object> twice = participant("Nadia Haddad", "EG");
    twice.put("email", "NADIA.HADDAD@example.org");
    assertThat(field(enrol(api, session, twice))).isEqualTo("email");
    assertThat(field(enrol(api, session, with("country", "XX")))).isEqualTo("country");
    assertThat(field(enrol(api, session, with("email", "not-an-address")))).isEqualTo("email");
    assertThat(field(enrol(api, session, with("gender", "UNKNOWN")))).isEqualTo("gender");
    assertThat(field(enrol(api, session, with("organizationType", null))))
        .isEqualTo("organizationType");
    assertThat(field(enrol(api, session, with("name", " ")))).isEqualTo("name");

    long past = Trainings.newSession(api, courseId, 10);
    jdbc.update(
        "update accord.training_session set starts_on = date '2026-01-05' where id = ?", past);
    assertThat(field(enrol(api, past, participant("Past Participant", "EG")))).isEqualTo("session");

    long cancelled = Trainings.newSession(api, courseId, 10);
    assertThat(
            api.post("officer", "/api/training/sessions/" + cancelled + "/cancellation", null)
                .getBody())
        .containsEntry("status", "CANCELLED");
    assertThat(field(enrol(api, cancelled, participant("Late Participant", "EG"))))
        .isEqualTo("session");

    assertThat(enrolments()).isEqualTo(before);
    assertThat(enrol(api, session, with("gender", null)).getBody())
        .doesNotContainKey("gender")
        .containsEntry("status", "CONFIRMED");
  }

  /**
   * The terms charge USD 1,200.00 and 450.00: a session that names no fee charges them; one may be
   * cheaper (an online edition at 900.00 and 300.00), not dearer, and not in another currency.
   */
  @Test
  void aSessionChargesTheTermsFees_atMost_inTheTermsCurrency() {
    Map<String, Object> asAgreed = Trainings.session(courseId, 10);
    asAgreed.keySet().removeAll(List.of("currency", "standardFee", "developingFee"));
    assertThat(api.post("officer", "/api/training/sessions", asAgreed).getBody())
        .containsEntry("currency", "USD")
        .containsEntry("standardFee", "1200.00")
        .containsEntry("developingFee", "450.00");
    Map<String, Object> cheaper = Trainings.session(courseId, 10);
    cheaper.put("standardFee", "900.00");
    cheaper.put("developingFee", "300.00");
    assertThat(api.post("officer", "/api/training/sessions", cheaper).getBody())
        .containsEntry("standardFee", "900.00")
        .containsEntry("developingFee", "300.00");

    long before = sessions();
    Map<String, Object> dearer = Trainings.session(courseId, 10);
    dearer.put("standardFee", "1200.01");
    ResponseEntity<Map<String, Object>> refused =
        api.post("officer", "/api/training/sessions", dearer);
    assertThat(field(refused)).isEqualTo("standardFee");
    assertThat(refused.getBody().toString())
        .contains("must not be more than USD 1,200.00, the fee the cooperation terms set");
    Map<String, Object> inEuros = Trainings.session(courseId, 10);
    inEuros.put("currency", "EUR");
    assertThat(field(api.post("officer", "/api/training/sessions", inEuros))).isEqualTo("currency");
    assertThat(sessions()).isEqualTo(before);
  }

  @Test
  void aSessionSeatsAtMostTenThousand_andOneMoreIsRefusedNamingCapacity() {
    long before = sessions();
    ResponseEntity<Map<String, Object>> largest =
        api.post("officer", "/api/training/sessions", Trainings.session(courseId, 10_000));
    assertThat(largest.getStatusCode().value()).as("%s", largest.getBody()).isEqualTo(201);
    assertThat(largest.getBody())
        .containsEntry("capacity", 10_000)
        .containsEntry("seatsLeft", 10_000);

    ResponseEntity<Map<String, Object>> tooLarge =
        api.post("officer", "/api/training/sessions", Trainings.session(courseId, 10_001));
    assertThat(field(tooLarge)).isEqualTo("capacity");
    assertThat(tooLarge.getBody().toString()).contains("between 1 and 10000");
    assertThat(sessions()).as("the largest only").isEqualTo(before + 1);
  }

  @Test
  void badSessionsAndCourses_areRefusedNamingTheField() {
    Map<String, Object> unknownCurrency = Trainings.session(courseId, 10);
    unknownCurrency.put("currency", "ZZZ");
    assertThat(field(api.post("officer", "/api/training/sessions", unknownCurrency)))
        .isEqualTo("currency");
    Map<String, Object> reducedAboveStandard = Trainings.session(courseId, 10);
    reducedAboveStandard.put("developingFee", "1500.00");
    assertThat(field(api.post("officer", "/api/training/sessions", reducedAboveStandard)))
        .isEqualTo("developingFee");
    Map<String, Object> noSeats = Trainings.session(courseId, 10);
    noSeats.put("capacity", 0);
    assertThat(field(api.post("officer", "/api/training/sessions", noSeats))).isEqualTo("capacity");
    Map<String, Object> backwards = Trainings.session(courseId, 10);
    backwards.put("endDate", "2027-02-01");
    assertThat(field(api.post("officer", "/api/training/sessions", backwards)))
        .isEqualTo("endDate");

    Map<String, Object> proposal = org.accord.testing.Proposals.valid("GSMA", "1000.00", "USD");
    proposal.put("type", "TRAINING_COOPERATION");
    String unsigned =
        (String) api.post("officer", "/api/agreements", proposal).getBody().get("reference");
    assertThat(field(api.post("officer", "/api/training/courses", Trainings.course(unsigned))))
        .isEqualTo("agreement");
    Map<String, Object> klingon = Trainings.course(reference);
    klingon.put("language", "tlh");
    assertThat(field(api.post("officer", "/api/training/courses", klingon))).isEqualTo("language");
    Map<String, Object> noDelivery = Trainings.course(reference);
    noDelivery.put("delivery", "BY_POST");
    assertThat(field(api.post("officer", "/api/training/courses", noDelivery)))
        .isEqualTo("delivery");
  }

  @Test
  void thePartnersRepresentatives_readTheirOwnSessions_andNobodyElsesNorChangeThem() {
    long session = Trainings.newSession(api, courseId, 10);
    enrol(api, session, participant("Grace Mwangi", "KE"));
    String path = "/api/training/sessions/" + session;

    assertThat(api.get("gsma", path).getStatusCode().value()).isEqualTo(200);
    assertThat(api.get("gsma", path + "/enrolments").getBody()).containsKey("items");
    assertThat(api.get("jica", path).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("jica", path + "/enrolments").getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("jica", "/api/training/sessions").getBody()).containsEntry("total", 0);
    assertThat(
            api.post("gsma", "/api/training/sessions", Trainings.session(courseId, 5))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.post("jica", path + "/enrolments", participant("Someone Else", "KE"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            rest.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, Map.class)
                .getStatusCode()
                .value())
        .isEqualTo(401);
    Map<String, Object> page =
        api.get("officer", "/api/training/sessions?agreement=" + reference + "&size=1").getBody();
    assertThat(page).containsEntry("size", 1).containsEntry("page", 0);
    assertThat((List<?>) page.get("items")).hasSize(1);
    assertThat(field(api.get("officer", "/api/training/sessions?size=0"))).isEqualTo("size");
  }

  private Map<String, Object> with(String field, Object value) {
    Map<String, Object> participant = participant("Bad Input " + field, "EG");
    participant.put(field, value);
    return participant;
  }

  private ResponseEntity<Map<String, Object>> cancel(Map<String, Object> enrolment) {
    return api.post(
        "officer", "/api/training/enrolments/" + enrolment.get("id") + "/cancellation", null);
  }

  private Map<String, Object> enrolment(Map<String, Object> enrolment) {
    return api.get("officer", "/api/training/enrolments/" + enrolment.get("id")).getBody();
  }

  private String balance(String agreement) {
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> balances =
        (List<Map<String, Object>>)
            api.get("officer", "/api/training/agreements/" + agreement + "/reserve")
                .getBody()
                .get("balances");
    return (String) balances.get(0).get("balance");
  }

  private long enrolments() {
    return jdbc.queryForObject("select count(*) from accord.training_enrolment", Long.class);
  }

  private long sessions() {
    return jdbc.queryForObject("select count(*) from accord.training_session", Long.class);
  }

  private static Map<String, Object> payment(String amount, String currency, String reference) {
    return Map.of(
        "amount", amount, "currency", currency, "paidOn", "2026-12-01", "reference", reference);
  }

  /** The field the problem details name first, of a 400. */
  @SuppressWarnings("unchecked")
  private static String field(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    return (String) errors.get(0).get("field");
  }

  private void awaitMailTo(String recipient, String subject) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(
                        message -> {
                          try {
                            return message.getSubject().contains(subject)
                                && Arrays.toString(message.getAllRecipients()).contains(recipient);
                          } catch (MessagingException unreadable) {
                            return false;
                          }
                        }));
  }
}
