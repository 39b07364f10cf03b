package org.accord.training;

import static org.accord.training.Trainings.enrol;
import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PdfPictures;
import org.accord.testing.PdfText;
import org.accord.training.TrainingSessionProcess.Tasks;
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
 * Certificates of a GSMA training session (the terms name GSMA as co-host on certificates): earned
 * by completing (80 % attended, assessment passed) and paying, issued on request or at closing,
 * kept with their SHA-256, checked by anyone with the code.
 */
@AccordIntegrationTest
class CertificateIntegrationTest {

  private static String reference;
  private static long courseId;

  @Autowired Api api;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired Clock clock;
  @Autowired TrainingReserve reserve;

  @BeforeEach
  void aSignedTrainingCooperationWithACourse() {
    if (reference == null) {
      reference = Trainings.activeTrainingCooperation(api);
      courseId = Trainings.course(api, reference);
    }
  }

  @Test
  void aCompletedAndPaidParticipant_getsACertificateWithTheCoHost_thatAnyoneCanCheckByItsCode()
      throws Exception {
    long session = Trainings.newSession(api, courseId, 10);
    Map<String, Object> kofi = enrol(api, session, participant("Kofi Mensah", "GH")).getBody();
    pay(kofi, "450.00");
    held(session);
    completion(kofi, 92, true);

    ResponseEntity<Map<String, Object>> issued = issue(kofi);

    assertThat(issued.getStatusCode().value()).as("%s", issued.getBody()).isEqualTo(201);
    String code = (String) issued.getBody().get("code");
    assertThat(code).matches("TC-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}");
    ResponseEntity<byte[]> pdf = certificate(kofi);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody()));
    assertThat(pdf.getHeaders().getFirst("X-Content-SHA256")).isEqualTo(sha256);
    assertThat(issued.getBody()).containsEntry("sha256", sha256);
    assertThat(PdfText.of(pdf.getBody()))
        .contains("Certificate of Completion")
        .contains("Kofi Mensah")
        .contains("Spectrum management fundamentals")
        .contains("Co-hosted with")
        .contains("GSM Association")
        .contains(code)
        .contains("/api/certificates/" + code + "/verify");
    PdfPictures.firstPage(pdf.getBody(), "certificate");
    assertThat(issue(kofi).getBody()).as("asked again: the same one").containsEntry("code", code);

    ResponseEntity<Map<String, Object>> checked =
        anonymous("/api/certificates/" + code + "/verify");
    assertThat(checked.getStatusCode().value()).isEqualTo(200);
    assertThat(checked.getBody())
        .containsOnlyKeys("participantName", "course", "date")
        .containsEntry("participantName", "Kofi Mensah")
        .containsEntry("course", "Spectrum management fundamentals")
        .containsEntry("date", "2026-11-27");
    assertThat(anonymousStatus("/api/certificates/" + code.toLowerCase() + "/verify"))
        .isEqualTo(200);
    assertThat(anonymousStatus("/api/certificates/TC-2222-3333-4444/verify")).isEqualTo(404);
    assertThat(anonymousStatus("/api/certificates/' or 1=1 --/verify")).isEqualTo(404);
    assertThat(anonymousStatus("/api/training/enrolments/" + kofi.get("id") + "/certificate"))
        .as("the PDF itself is not public")
        .isEqualTo(401);
  }

  @Test
  void anUnpaidOrIncompleteParticipant_isRefusedNamingTheField_andNothingIsWritten() {
    long session = Trainings.newSession(api, courseId, 10);
    Map<String, Object> unpaid = enrol(api, session, participant("Ama Owusu", "GH")).getBody();
    Map<String, Object> absent = enrol(api, session, participant("Yaw Boateng", "GH")).getBody();
    Map<String, Object> failed = enrol(api, session, participant("Efua Asante", "GH")).getBody();
    pay(absent, "450.00");
    pay(failed, "450.00");
    held(session);
    completion(unpaid, 100, true);
    completion(absent, 70, true);
    completion(failed, 100, false);

    assertThat(field(issue(unpaid))).isEqualTo("payment");
    assertThat(field(issue(absent))).isEqualTo("completion");
    assertThat(field(issue(failed))).isEqualTo("completion");
    assertThat(
            api.post(
                    "finance",
                    "/api/training/enrolments/" + unpaid.get("id") + "/certificate",
                    null)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.post("jica", "/api/training/enrolments/" + unpaid.get("id") + "/certificate", null)
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.post("officer", "/api/training/enrolments/999999999/certificate", null)
                .getStatusCode()
                .value())
        .isEqualTo(404);

    assertThat(certificatesOf(session)).isZero();
  }

  @Test
  void aCourseWithoutCertificates_isRefusedNamingTheCourse() {
    Map<String, Object> uncertified = Trainings.course(reference);
    uncertified.put("certificate", false);
    long course =
        ((Number) api.post("officer", "/api/training/courses", uncertified).getBody().get("id"))
            .longValue();
    long session = Trainings.newSession(api, course, 10);
    Map<String, Object> kofi = enrol(api, session, participant("Kofi Mensah", "GH")).getBody();
    pay(kofi, "450.00");
    held(session);
    completion(kofi, 100, true);

    assertThat(field(issue(kofi))).isEqualTo("course");
    assertThat(certificatesOf(session)).isZero();
  }

  /** Closing the session issues the certificates of those who earned them, and only theirs. */
  @Test
  void closingTheSession_issuesACertificateToEveryoneWhoEarnedOne() {
    long session = Trainings.newSession(api, courseId, 10);
    Map<String, Object> earned = enrol(api, session, participant("Otieno Ouma", "KE")).getBody();
    pay(earned, "450.00");
    Map<String, Object> unpaid = enrol(api, session, participant("Wanjiru Kamau", "KE")).getBody();
    held(session);
    completion(earned, 85, true);
    completion(unpaid, 85, true);

    assertThat(
            api.complete(
                    "officer",
                    TrainingSessionProcess.businessKey(session),
                    Tasks.CLOSE_SESSION,
                    Map.of("completionConfirmed", true, "sessionCosts", "", "costCurrency", "USD"))
                .getStatusCode()
                .value())
        .isEqualTo(204);

    assertThat(certificatesOf(session)).isEqualTo(1);
    assertThat(certificate(earned).getStatusCode().value()).isEqualTo(200);
    assertThat(certificate(unpaid).getStatusCode().value()).isEqualTo(404);
  }

  /**
   * A free seat counts as paid: the reserve gets 1,000.00 USD, RW (an LDC) takes a free seat worth
   * the developing fee, 450.00, and completes; closing issues its certificate, and the statement
   * counts 1 free seat worth USD 450.00 and, from KE, 450.00 received.
   */
  @Test
  void aFreeSeatParticipantWhoCompleted_getsACertificate_andTheStatementCountsTheSeat()
      throws Exception {
    reserve.credit(reference, "1000.00", "USD", "Seed for free seats", "finance");
    long session = Trainings.newSession(api, courseId, 10);
    Map<String, Object> rwanda = enrol(api, session, participant("Aline Uwase", "RW")).getBody();
    assertThat(rwanda).containsEntry("freeSeat", true).containsEntry("fee", "0.00");
    Map<String, Object> kenya = enrol(api, session, participant("Otieno Ouma", "KE")).getBody();
    pay(kenya, "450.00");
    held(session);
    completion(rwanda, 100, true);

    assertThat(
            api.complete(
                    "officer",
                    TrainingSessionProcess.businessKey(session),
                    Tasks.CLOSE_SESSION,
                    Map.of("completionConfirmed", true, "sessionCosts", "", "costCurrency", "USD"))
                .getStatusCode()
                .value())
        .isEqualTo(204);

    assertThat(certificate(rwanda).getStatusCode().value()).isEqualTo(200);
    byte[] statement =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(
                () ->
                    rest.exchange(
                        "/api/training/sessions/" + session + "/statement",
                        HttpMethod.GET,
                        new HttpEntity<>(pdfHeaders()),
                        byte[].class),
                response -> response.getStatusCode().value() == 200)
            .getBody();
    assertThat(PdfText.of(statement))
        .contains("1 free seat for a national of an LDC or SIDS was funded by the reserve")
        .contains("worth USD 450.00")
        .contains("Developing countries (reduced fee) 1 450.00 450.00")
        .contains("LDC and SIDS nationals 1 0.00 0.00")
        .contains("Total 2 450.00 450.00");
  }

  /** The session held from 23 to 27 November 2026, its last day's timer fired. */
  private void held(long session) {
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

  private void pay(Map<String, Object> enrolment, String amount) {
    ResponseEntity<Map<String, Object>> paid =
        api.post(
            "finance",
            "/api/training/enrolments/" + enrolment.get("id") + "/payments",
            Map.of(
                "amount",
                amount,
                "currency",
                "USD",
                "paidOn",
                LocalDate.now(clock).toString(),
                "reference",
                "FEE-" + enrolment.get("id")));
    assertThat(paid.getStatusCode().value()).as("%s", paid.getBody()).isEqualTo(201);
  }

  private void completion(Map<String, Object> enrolment, int attended, boolean passed) {
    ResponseEntity<Map<String, Object>> recorded =
        api.put(
            "officer",
            "/api/training/enrolments/" + enrolment.get("id") + "/completion",
            Map.of("attendancePercent", attended, "assessmentScore", "75.00", "passed", passed));
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(200);
  }

  private ResponseEntity<Map<String, Object>> issue(Map<String, Object> enrolment) {
    return api.post(
        "officer", "/api/training/enrolments/" + enrolment.get("id") + "/certificate", null);
  }

  private ResponseEntity<byte[]> certificate(Map<String, Object> enrolment) {
    return rest.exchange(
        "/api/training/enrolments/" + enrolment.get("id") + "/certificate",
        HttpMethod.GET,
        new HttpEntity<>(pdfHeaders()),
        byte[].class);
  }

  private static HttpHeaders pdfHeaders() {
    HttpHeaders headers = Api.headersOf("officer");
    headers.setAccept(List.of(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON));
    return headers;
  }

  private int anonymousStatus(String path) {
    return rest.exchange(path, HttpMethod.GET, HttpEntity.EMPTY, String.class)
        .getStatusCode()
        .value();
  }

  private ResponseEntity<Map<String, Object>> anonymous(String path) {
    return rest.exchange(
        path,
        HttpMethod.GET,
        HttpEntity.EMPTY,
        new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {});
  }

  private long certificatesOf(long session) {
    return jdbc.queryForObject(
        "select count(*) from accord.training_certificate c join accord.training_enrolment e on"
            + " e.id = c.enrolment_id where e.session_id = ?",
        Long.class,
        session);
  }

  @SuppressWarnings("unchecked")
  private static String field(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
    return (String) errors.get(0).get("field");
  }
}
