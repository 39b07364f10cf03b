package org.accord.training.web;

import java.net.URI;
import java.util.List;
import org.accord.shared.Paged;
import org.accord.training.Certificate;
import org.accord.training.Certificates;
import org.accord.training.Course;
import org.accord.training.Enrolment;
import org.accord.training.Enrolments;
import org.accord.training.Payment;
import org.accord.training.Reserve;
import org.accord.training.RevenueStatements;
import org.accord.training.SessionClosure;
import org.accord.training.SessionClosures;
import org.accord.training.TrainingCatalogue;
import org.accord.training.TrainingInput.NewCompletion;
import org.accord.training.TrainingInput.NewCourse;
import org.accord.training.TrainingInput.NewEnrolment;
import org.accord.training.TrainingInput.NewPayment;
import org.accord.training.TrainingInput.NewSession;
import org.accord.training.TrainingPayments;
import org.accord.training.TrainingRecognition;
import org.accord.training.TrainingRecognition.TrainingPartner;
import org.accord.training.TrainingReserve;
import org.accord.training.TrainingSession;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Training programmes: partnership officers create courses and sessions of active training
 * cooperations and enrol participants; finance records their payments. The agency's staff read
 * everything, a partner's representatives their own agreements' courses, sessions, enrolments and
 * reserve (404 for the others).
 */
@RestController
@RequestMapping("/api/training")
class TrainingController {

  private final TrainingCatalogue catalogue;
  private final Enrolments enrolments;
  private final TrainingPayments payments;
  private final TrainingReserve reserve;
  private final SessionClosures closures;
  private final Certificates certificates;
  private final RevenueStatements statements;
  private final TrainingRecognition recognition;

  TrainingController(
      TrainingCatalogue catalogue,
      Enrolments enrolments,
      TrainingPayments payments,
      TrainingReserve reserve,
      SessionClosures closures,
      Certificates certificates,
      RevenueStatements statements,
      TrainingRecognition recognition) {
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.payments = payments;
    this.reserve = reserve;
    this.closures = closures;
    this.certificates = certificates;
    this.statements = statements;
    this.recognition = recognition;
  }

  @PostMapping("/courses")
  ResponseEntity<Course> createCourse(@RequestBody NewCourse course) {
    Course created = catalogue.createCourse(course);
    return ResponseEntity.created(URI.create("/api/training/courses/" + created.id()))
        .body(created);
  }

  @GetMapping("/courses")
  Paged<Course> courses(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
    return catalogue.courses(page, size);
  }

  @PostMapping("/sessions")
  ResponseEntity<TrainingSession> createSession(@RequestBody NewSession session) {
    TrainingSession created = catalogue.createSession(session);
    return ResponseEntity.created(URI.create("/api/training/sessions/" + created.id()))
        .body(created);
  }

  /** The sessions by start date, of one agreement ({@code agreement=PA-2026-0042}) if asked. */
  @GetMapping("/sessions")
  Paged<TrainingSession> sessions(
      @RequestParam(required = false) String agreement,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return catalogue.sessions(agreement, page, size);
  }

  @GetMapping("/sessions/{id}")
  TrainingSession session(@PathVariable long id) {
    return catalogue.visible(id);
  }

  /**
   * A closed session's revenue, shares, costs and the partner's payment; 404 while it is open (the
   * officers close it with the training-session process's closeSession task).
   */
  @GetMapping("/sessions/{id}/closure")
  SessionClosure closure(@PathVariable long id) {
    return closures.visible(id);
  }

  /** The revenue-share statement as sent to the partner, with its SHA-256 in a header. */
  @GetMapping(value = "/sessions/{id}/statement", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> statement(@PathVariable long id) {
    RevenueStatements.Sent statement = statements.statement(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(statement.fileName()).build().toString())
        .header("X-Content-SHA256", statement.sha256())
        .body(statement.content());
  }

  @PostMapping("/sessions/{id}/cancellation")
  TrainingSession cancelSession(@PathVariable long id) {
    return catalogue.cancel(id);
  }

  /** 201 with the enrolment: CONFIRMED with its fee, or WAITLISTED when the session is full. */
  @PostMapping("/sessions/{id}/enrolments")
  ResponseEntity<Enrolment> enrol(@PathVariable long id, @RequestBody NewEnrolment participant) {
    Enrolment enrolment = enrolments.enrol(id, participant);
    return ResponseEntity.created(URI.create("/api/training/enrolments/" + enrolment.id()))
        .body(enrolment);
  }

  @GetMapping("/sessions/{id}/enrolments")
  Paged<Enrolment> enrolments(
      @PathVariable long id,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return enrolments.enrolments(id, page, size);
  }

  @GetMapping("/enrolments/{id}")
  Enrolment enrolment(@PathVariable long id) {
    return enrolments.visible(id);
  }

  /** The participant gives up their place; the first on the waiting list gets it. */
  @PostMapping("/enrolments/{id}/cancellation")
  Enrolment cancelEnrolment(@PathVariable long id) {
    return enrolments.cancel(id);
  }

  /** An officer records the participant's attendance and assessment once the session started. */
  @PutMapping("/enrolments/{id}/completion")
  Enrolment recordCompletion(@PathVariable long id, @RequestBody NewCompletion completion) {
    return enrolments.recordCompletion(id, completion);
  }

  @PostMapping("/enrolments/{id}/payments")
  ResponseEntity<Payment> recordPayment(@PathVariable long id, @RequestBody NewPayment payment) {
    Payment recorded = payments.record(id, payment);
    return ResponseEntity.created(URI.create("/api/training/enrolments/" + id + "/payments"))
        .body(recorded);
  }

  @GetMapping("/enrolments/{id}/payments")
  List<Payment> payments(@PathVariable long id) {
    return payments.of(id);
  }

  /**
   * Issues the participant's certificate (partnership officers): 201 with it, or 400 naming {@code
   * completion} or {@code payment} when the participant has not earned one. Issued once: asked
   * again, the same certificate.
   */
  @PostMapping("/enrolments/{id}/certificate")
  ResponseEntity<Certificate> issueCertificate(@PathVariable long id) {
    Certificate issued = certificates.issue(id);
    return ResponseEntity.created(URI.create("/api/training/enrolments/" + id + "/certificate"))
        .body(issued);
  }

  /** The certificate's PDF as issued, with its SHA-256 in a header to compare. */
  @GetMapping(value = "/enrolments/{id}/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(@PathVariable long id) {
    Certificate certificate = certificates.of(id);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(certificate.fileName()).build().toString())
        .header("X-Content-SHA256", certificate.sha256())
        .body(certificates.content(certificate));
  }

  /** The reserve for free seats of a training cooperation: balances and every entry. */
  @GetMapping("/agreements/{reference}/reserve")
  Reserve reserve(@PathVariable String reference) {
    return reserve.statement(reference);
  }

  /**
   * The agency's training partners, as their terms recognize them: for anyone logged in, staff and
   * partners alike (the public registration pages name them too).
   */
  @GetMapping("/partners")
  List<TrainingPartner> partners() {
    return recognition.listedPartners();
  }
}
