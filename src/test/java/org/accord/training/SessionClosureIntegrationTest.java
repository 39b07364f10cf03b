package org.accord.training;

import static org.accord.training.Trainings.enrol;
import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PdfPictures;
import org.accord.testing.PdfText;
import org.accord.testing.Proposals;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A session of the GSMA training cooperation closed and its revenue shared, against the terms of
 * {@link Proposals#trainingTerms()}: 10 % to the reserve first, then 60 % to the agency and 40 % to
 * the partner; trainers borne by the agency, the platform by the partner, venue and catering shared
 * 50/50.
 */
@AccordIntegrationTest
class SessionClosureIntegrationTest {

  private static String reference;
  private static long courseId;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired Clock clock;
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
   * Fees received: KE, GH and IN (developing) 3 × 450.00 = 1,350.00; FR (standard) 1,200.00; US
   * (standard) paid 600.00 of its 1,200.00 so far. Revenue 1,350.00 + 1,200.00 + 600.00 = 3,150.00.
   * Reserve 10 % = 315.00; the rest 3,150.00 − 315.00 = 2,835.00; the agency 60 % = 1,701.00; the
   * partner 2,835.00 − 1,701.00 = 1,134.00; 315.00 + 1,701.00 + 1,134.00 = 3,150.00. Costs:
   * trainers 900.00 (agency); platform 300.00 (partner); venue 1,250.25 shared 50 %: 625.125 rounds
   * half to even to 625.12 for the agency, 1,250.25 − 625.12 = 625.13 for the partner. The agency
   * bears 900.00 + 625.12 = 1,525.12, the partner 300.00 + 625.13 = 925.13. The reserve: 0.00 +
   * 315.00 = 315.00.
   */
  @Test
  void closingASession_sharesTheFeesByTheTerms_sendsTheStatement_andFinancePaysThePartner()
      throws Exception {
    long session = Trainings.newSession(api, courseId, 5);
    String key = TrainingSessionProcess.businessKey(session);
    BigDecimal reserveBefore = reserveBalance();
    pay(enrol(api, session, participant("Otieno Ouma", "KE")).getBody(), "450.00");
    pay(enrol(api, session, participant("Kofi Mensah", "GH")).getBody(), "450.00");
    pay(enrol(api, session, participant("Priya Nair", "IN")).getBody(), "450.00");
    pay(enrol(api, session, participant("Claire Martin", "FR")).getBody(), "1200.00");
    pay(enrol(api, session, participant("John Smith", "US")).getBody(), "600.00");
    assertThat(
            api.get("officer", "/api/training/sessions/" + session + "/closure")
                .getStatusCode()
                .value())
        .isEqualTo(404);

    lastDay(session);

    ResponseEntity<Map<String, Object>> closed =
        api.complete(
            "officer",
            key,
            Tasks.CLOSE_SESSION,
            closing(
                "Trainers and course materials: 900.00\nOnline learning platform: 300\n"
                    + "Venue and catering: 1250.25"));
    assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(204);

    Map<String, Object> closure =
        api.get("gsma", "/api/training/sessions/" + session + "/closure").getBody();
    assertThat(closure)
        .containsEntry("currency", "USD")
        .containsEntry("revenue", "3150.00")
        .containsEntry("reserveShare", "315.00")
        .containsEntry("agencyShare", "1701.00")
        .containsEntry("partnerShare", "1134.00")
        .containsEntry("agencyCosts", "1525.12")
        .containsEntry("partnerCosts", "925.13")
        .containsEntry("closedBy", "officer");
    assertThat((List<Map<String, Object>>) closure.get("costs"))
        .extracting(
            cost -> cost.get("item") + " " + cost.get("agencyPart") + "/" + cost.get("partnerPart"))
        .containsExactly(
            "Trainers and course materials 900.00/0.00",
            "Online learning platform 0.00/300.00",
            "Venue and catering 625.12/625.13");
    assertThat(reserveBalance().subtract(reserveBefore)).isEqualByComparingTo("315.00");
    assertThat(api.get("officer", "/api/training/sessions/" + session).getBody())
        .containsEntry("status", "CLOSED");

    // The statement: standard fee FR and US, 2 × 1,200.00 = 2,400.00 due, 1,200.00 + 600.00 =
    // 1,800.00 received; developing 3 × 450.00 = 1,350.00 due and received; in all 5, 3,750.00
    // due, 3,150.00 received. Costs 900.00 + 300.00 + 1,250.25 = 2,450.25.
    MimeMessage mail = awaitMail("Revenue-share statement: session " + session + ",");
    assertThat(mail.getAllRecipients())
        .extracting(Object::toString)
        .contains("gsma@accord.example");
    byte[] attached = attachedPdf(mail);
    // Read as a reader quotes it: the no-break space of "USD 1,134.00" as a space.
    assertThat(PdfText.of(attached))
        .contains("Revenue-share statement")
        .contains("GSM Association")
        .contains("Standard fee 2 2,400.00 1,800.00")
        .contains("Developing countries (reduced fee) 3 1,350.00 1,350.00")
        .contains("Total 5 3,750.00 3,150.00")
        .contains("No free seat for nationals of LDCs and SIDS was funded by the reserve.")
        .contains("10% of the revenue 315.00")
        .contains("60% of the rest 1,701.00")
        .contains("40% of the rest 1,134.00")
        .contains("Venue and catering 1,250.25 625.12 625.13")
        .contains("Total 2,450.25 1,525.12 925.13")
        .contains("USD 1,134.00");
    ResponseEntity<byte[]> kept =
        rest.exchange(
            "/api/training/sessions/" + session + "/statement",
            HttpMethod.GET,
            new HttpEntity<>(pdfHeaders("gsma")),
            byte[].class);
    assertThat(kept.getBody()).isEqualTo(attached);
    assertThat(kept.getHeaders().getFirst("X-Content-SHA256"))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(attached)));
    PdfPictures.firstPage(attached, "revenue-statement");

    LocalDate today = LocalDate.now(clock);
    ResponseEntity<Map<String, Object>> settled =
        api.complete("finance", key, Tasks.SETTLE_REVENUE_SHARE, settlement("1134.00", today));
    assertThat(settled.getStatusCode().value()).as("%s", settled.getBody()).isEqualTo(204);
    assertThat(
            (Map<String, Object>)
                api.get("gsma", "/api/training/sessions/" + session + "/closure")
                    .getBody()
                    .get("payment"))
        .containsEntry("amount", "1134.00")
        .containsEntry("paidOn", today.toString())
        .containsEntry("bankReference", "BR-7781")
        .containsEntry("recordedBy", "finance");
    assertThat(passed(key, "RevenueShared")).isTrue();
  }

  /** Each wrong entry is refused naming its field; the task stays open and nothing is written. */
  @Test
  void aWrongClosingOrSettlement_isRefusedNamingTheField_andNothingIsWritten() {
    long session = Trainings.newSession(api, courseId, 5);
    String key = TrainingSessionProcess.businessKey(session);
    pay(enrol(api, session, participant("Otieno Ouma", "KE")).getBody(), "450.00");
    lastDay(session);
    BigDecimal reserveBefore = reserveBalance();

    Map<String, Object> unconfirmed = closing("Trainers and course materials: 900.00");
    unconfirmed.put("completionConfirmed", false);
    assertRefused(
        api.complete("officer", key, Tasks.CLOSE_SESSION, unconfirmed), "completionConfirmed");
    Map<String, Object> euros = closing("Trainers and course materials: 900.00");
    euros.put("costCurrency", "EUR");
    assertRefused(api.complete("officer", key, Tasks.CLOSE_SESSION, euros), "costCurrency");
    assertRefused(
        api.complete("officer", key, Tasks.CLOSE_SESSION, closing("Catering only: 10.00")),
        "sessionCosts");
    assertRefused(
        api.complete(
            "officer", key, Tasks.CLOSE_SESSION, closing("Trainers and course materials: -5")),
        "sessionCosts");
    assertRefused(
        api.complete("officer", key, Tasks.CLOSE_SESSION, closing("Trainers 900")), "sessionCosts");

    assertThat(api.tasks("officer", key, Tasks.CLOSE_SESSION)).hasSize(1);
    assertThat(count("training_session_closure where session_id = " + session)).isZero();
    assertThat(count("training_session_cost where session_id = " + session)).isZero();
    assertThat(reserveBalance()).isEqualByComparingTo(reserveBefore);
    assertThat(api.get("officer", "/api/training/sessions/" + session).getBody())
        .containsEntry("status", "OPEN");

    // 450.00: reserve 45.00; the rest 405.00; the agency 243.00; the partner 162.00.
    assertThat(
            api.complete("officer", key, Tasks.CLOSE_SESSION, closing("")).getStatusCode().value())
        .isEqualTo(204);
    LocalDate today = LocalDate.now(clock);
    assertRefused(
        api.complete("finance", key, Tasks.SETTLE_REVENUE_SHARE, settlement("162.01", today)),
        "paymentAmount");
    Map<String, Object> francs = settlement("162.00", today);
    francs.put("paymentCurrency", "CHF");
    assertRefused(
        api.complete("finance", key, Tasks.SETTLE_REVENUE_SHARE, francs), "paymentCurrency");
    assertRefused(
        api.complete(
            "finance", key, Tasks.SETTLE_REVENUE_SHARE, settlement("162.00", today.plusDays(1))),
        "paidOn");
    Map<String, Object> noReference = settlement("162.00", today);
    noReference.put("bankReference", " ");
    assertRefused(
        api.complete("finance", key, Tasks.SETTLE_REVENUE_SHARE, noReference), "bankReference");

    assertThat(api.tasks("finance", key, Tasks.SETTLE_REVENUE_SHARE)).hasSize(1);
    Map<String, Object> unpaid =
        api.get("finance", "/api/training/sessions/" + session + "/closure").getBody();
    assertThat(unpaid).containsEntry("partnerShare", "162.00");
    assertThat(
            api.get("jica", "/api/training/sessions/" + session + "/closure")
                .getStatusCode()
                .value())
        .as("another partner's session")
        .isEqualTo(404);
    assertThat(unpaid.get("payment")).isNull();
  }

  /** Whoever closed the session may not record the payment of the partner's share. */
  @Test
  void whoeverClosedTheSession_mayNotSettleItsRevenueShare() {
    // A member of both groups, removed after: other tests count who the groups e-mail.
    api.newUser("officer-and-finance", "partnership-officers");
    try {
      assertThat(
              api.put("admin", "/engine-rest/group/finance/members/officer-and-finance", null)
                  .getStatusCode()
                  .value())
          .isEqualTo(204);
      long session = Trainings.newSession(api, courseId, 5);
      String key = TrainingSessionProcess.businessKey(session);
      pay(enrol(api, session, participant("Otieno Ouma", "KE")).getBody(), "450.00");
      lastDay(session);
      assertThat(
              api.complete("officer-and-finance", key, Tasks.CLOSE_SESSION, closing(""))
                  .getStatusCode()
                  .value())
          .isEqualTo(204);

      ResponseEntity<Map<String, Object>> refused =
          api.complete(
              "officer-and-finance",
              key,
              Tasks.SETTLE_REVENUE_SHARE,
              settlement("162.00", LocalDate.now(clock)));

      assertThat(refused.getStatusCode().value()).isEqualTo(403);
      assertThat(refused.getBody().get("message").toString())
          .contains("session-closer-revenue-settler");
      assertThat(api.tasks("finance", key, Tasks.SETTLE_REVENUE_SHARE)).hasSize(1);
      assertThat(
              api.complete(
                      "finance",
                      key,
                      Tasks.SETTLE_REVENUE_SHARE,
                      settlement("162.00", LocalDate.now(clock)))
                  .getStatusCode()
                  .value())
          .isEqualTo(204);
    } finally {
      api.delete("admin", "/engine-rest/user/officer-and-finance");
    }
  }

  /** No fee received: nothing to share, the process ends without finance's task. */
  @Test
  void aSessionWithoutFeesReceived_closesWithNothingToPay() {
    long session = Trainings.newSession(api, courseId, 5);
    String key = TrainingSessionProcess.businessKey(session);
    enrol(api, session, participant("Otieno Ouma", "KE"));
    lastDay(session);

    assertThat(
            api.complete("officer", key, Tasks.CLOSE_SESSION, closing("")).getStatusCode().value())
        .isEqualTo(204);

    assertThat(api.get("officer", "/api/training/sessions/" + session + "/closure").getBody())
        .containsEntry("revenue", "0.00")
        .containsEntry("reserveShare", "0.00")
        .containsEntry("partnerShare", "0.00");
    assertThat(passed(key, "NothingToPay")).isTrue();
  }

  /** A cancelled session's process ends: nothing is left to close. */
  @Test
  void cancellingASession_endsItsProcess() {
    long session = Trainings.newSession(api, courseId, 5);
    String key = TrainingSessionProcess.businessKey(session);
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isEqualTo(1);

    assertThat(
            api.post("officer", "/api/training/sessions/" + session + "/cancellation", null)
                .getStatusCode()
                .value())
        .isEqualTo(200);

    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .isZero();
    assertThat(passed(key, "NotHeld")).isTrue();
  }

  private void pay(Map<String, Object> enrolment, String amount) {
    Map<String, Object> payment =
        Map.of(
            "amount",
            amount,
            "currency",
            "USD",
            "paidOn",
            LocalDate.now(clock).toString(),
            "reference",
            "FEE-" + enrolment.get("id"));
    ResponseEntity<Map<String, Object>> paid =
        api.post(
            "finance", "/api/training/enrolments/" + enrolment.get("id") + "/payments", payment);
    assertThat(paid.getStatusCode().value()).as("%s", paid.getBody()).isEqualTo(201);
  }

  /** The session held in the past, and its process's timer of the last day fired. */
  private void lastDay(long session) {
    jdbc.update(
        "update accord.training_session set starts_on = date '2026-11-23', ends_on = date"
            + " '2026-11-27' where id = ?",
        session);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(TrainingSessionProcess.businessKey(session))
            .singleResult()
            .getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).singleResult().getId());
  }

  private static Map<String, Object> closing(String costs) {
    Map<String, Object> closing = new HashMap<>();
    closing.put("completionConfirmed", true);
    closing.put("sessionCosts", costs);
    closing.put("costCurrency", "USD");
    return closing;
  }

  private static Map<String, Object> settlement(String amount, LocalDate paidOn) {
    Map<String, Object> settlement = new HashMap<>();
    settlement.put("paymentAmount", amount);
    settlement.put("paymentCurrency", "USD");
    settlement.put("paidOn", paidOn.toString());
    settlement.put("bankReference", "BR-7781");
    return settlement;
  }

  private static void assertRefused(ResponseEntity<Map<String, Object>> refused, String field) {
    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains(field);
  }

  private BigDecimal reserveBalance() {
    return jdbc.queryForObject(
        "select coalesce(sum(r.balance), 0) from accord.training_reserve r join accord.agreement a"
            + " on a.id = r.agreement_id where a.reference = ? and r.currency = 'USD'",
        BigDecimal.class,
        reference);
  }

  /**
   * Whether the session's process went through the element and is over; the statement's job runs on
   * the job executor, so it waits for the end a little.
   */
  private boolean passed(String key, String activityId) {
    String instance =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    history
                        .createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(key)
                        .finished()
                        .singleResult(),
                Objects::nonNull)
            .getId();
    return history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(instance)
            .activityId(activityId)
            .finished()
            .count()
        == 1;
  }

  private MimeMessage awaitMail(String subject) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subjectOf(message).contains(subject))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static byte[] attachedPdf(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
        try (InputStream in = part.getInputStream()) {
          return in.readAllBytes();
        }
      }
    }
    throw new AssertionError("no PDF attached to " + message.getSubject());
  }

  private static HttpHeaders pdfHeaders(String user) {
    HttpHeaders headers = Api.headersOf(user);
    headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON));
    return headers;
  }

  private long count(String from) {
    return jdbc.queryForObject("select count(*) from accord." + from, Long.class);
  }
}
