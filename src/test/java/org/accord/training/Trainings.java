package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** A signed training cooperation with GSMA, its courses, sessions and participants, for tests. */
final class Trainings {

  private Trainings() {}

  /**
   * A TRAINING_COOPERATION with GSMA taken to ACTIVE (signed), with the terms of {@link
   * Proposals#trainingTerms()}: 10 % to the reserve, then 60/40; its reference.
   */
  static String activeTrainingCooperation(Api api) {
    return activeTrainingCooperation(api, Proposals.trainingTerms());
  }

  static String activeTrainingCooperation(Api api, Map<String, Object> terms) {
    return activeTrainingCooperation(api, "GSMA", terms);
  }

  /** The partner's donor user (its code in lower case) signs for it. */
  static String activeTrainingCooperation(Api api, String partnerCode, Map<String, Object> terms) {
    String reference = proposedTrainingCooperation(api, partnerCode, terms);
    return api.activate(api.throughApproval(reference), partnerCode);
  }

  /** A TRAINING_COOPERATION proposed with these terms, not yet screened; its reference. */
  static String proposedTrainingCooperation(
      Api api, String partnerCode, Map<String, Object> terms) {
    Map<String, Object> proposal = Proposals.valid(partnerCode, "90000.00", "USD");
    proposal.put("type", "TRAINING_COOPERATION");
    proposal.put("title", "Spectrum management academy");
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String reference = (String) created.getBody().get("reference");
    ResponseEntity<Map<String, Object>> given =
        api.put("officer", "/api/agreements/" + reference + "/training-terms", terms);
    assertThat(given.getStatusCode().value()).as("%s", given.getBody()).isEqualTo(200);
    return reference;
  }

  /** A certified, blended course of the agreement, in English; its id. */
  static long course(Api api, String reference) {
    return course(api, reference, "en");
  }

  /** The same course taught in another of the six languages; its id. */
  static long course(Api api, String reference, String language) {
    Map<String, Object> course = course(reference);
    course.put("language", language);
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/training/courses", course);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  static Map<String, Object> course(String reference) {
    Map<String, Object> course = new HashMap<>();
    course.put("agreement", reference);
    course.put("title", "Spectrum management fundamentals");
    course.put("topic", "SPECTRUM_MANAGEMENT");
    course.put("level", "INTRODUCTORY");
    course.put("language", "en");
    course.put("delivery", "BLENDED");
    course.put("durationHours", 24);
    course.put("certificate", true);
    return course;
  }

  /**
   * A session of the course in 2027, in USD: 1,200.00 standard, 450.00 for developing countries.
   */
  static Map<String, Object> session(long courseId, int capacity) {
    Map<String, Object> session = new HashMap<>();
    session.put("courseId", courseId);
    session.put("startDate", "2027-03-01");
    session.put("endDate", "2027-03-05");
    session.put("venue", "Geneva, ITU Montbrillant building");
    session.put("capacity", capacity);
    session.put("currency", "USD");
    session.put("standardFee", "1200.00");
    session.put("developingFee", "450.00");
    return session;
  }

  static long newSession(Api api, long courseId, int capacity) {
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/training/sessions", session(courseId, capacity));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return ((Number) created.getBody().get("id")).longValue();
  }

  /** A participant from the country, with an address of their own. */
  static Map<String, Object> participant(String name, String country) {
    Map<String, Object> participant = new HashMap<>();
    participant.put("name", name);
    participant.put(
        "email",
        name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", ".") + "@example.org");
    participant.put("organization", "Ministry of ICT");
    participant.put("organizationType", "GOVERNMENT");
    participant.put("country", country);
    participant.put("gender", "NOT_STATED");
    return participant;
  }

  /** Finance records the payment of the amount against the enrolment, today. */
  static void pay(Api api, Map<String, Object> enrolment, String amount, LocalDate today) {
    pay(api, enrolment, amount, "USD", today);
  }

  static void pay(
      Api api, Map<String, Object> enrolment, String amount, String currency, LocalDate today) {
    ResponseEntity<Map<String, Object>> paid =
        api.post(
            "finance",
            "/api/training/enrolments/" + enrolment.get("id") + "/payments",
            Map.of(
                "amount",
                amount,
                "currency",
                currency,
                "paidOn",
                today.toString(),
                "reference",
                "FEE-" + enrolment.get("id")));
    assertThat(paid.getStatusCode().value()).as("%s", paid.getBody()).isEqualTo(201);
  }

  /** An officer records the participant's attendance and whether they passed. */
  static void completion(Api api, Map<String, Object> enrolment, int attended, boolean passed) {
    ResponseEntity<Map<String, Object>> recorded =
        api.put(
            "officer",
            "/api/training/enrolments/" + enrolment.get("id") + "/completion",
            Map.of("attendancePercent", attended, "assessmentScore", "75.00", "passed", passed));
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(200);
  }

  /**
   * Moves the session into last week (23 to 27 November 2026) and runs the timer of its last day,
   * so that its {@code closeSession} task is open.
   */
  static void lastDay(
      JdbcTemplate jdbc, RuntimeService runtime, ManagementService management, long session) {
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

  /** The officer closes the session with the costs, one "item: amount" a line (in USD). */
  static void close(Api api, long session, String costs) {
    close(api, session, costs, "USD");
  }

  static void close(Api api, long session, String costs, String currency) {
    Map<String, Object> closing = new HashMap<>();
    closing.put("completionConfirmed", true);
    closing.put("sessionCosts", costs);
    closing.put("costCurrency", currency);
    ResponseEntity<Map<String, Object>> closed =
        api.complete(
            "officer",
            TrainingSessionProcess.businessKey(session),
            TrainingSessionProcess.Tasks.CLOSE_SESSION,
            closing);
    assertThat(closed.getStatusCode().value()).as("%s", closed.getBody()).isEqualTo(204);
  }

  static ResponseEntity<Map<String, Object>> enrol(
      Api api, long sessionId, Map<String, Object> participant) {
    return api.post("officer", "/api/training/sessions/" + sessionId + "/enrolments", participant);
  }
}
