package org.accord.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.persistence.CertificateMapper;
import org.accord.training.persistence.CertificateMapper.CertificateRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of participants who completed a session (attended enough and passed) and paid their
 * fee or had a free seat, for a course that gives one: issued to all of them when the session
 * closes, or to one on an officer's request; once each, kept as issued with its SHA-256. Anyone may
 * check one by its code, learning the participant's name, the course and the date only.
 */
@Service
public class Certificates {

  /** Letters and digits no reader mistakes for another (no 0/O, 1/I/L). */
  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private static final Pattern CODE =
      Pattern.compile("TC-[" + ALPHABET + "]{4}(-[" + ALPHABET + "]{4}){2}");

  private final CertificateMapper certificates;
  private final Enrolments enrolments;
  private final TrainingCatalogue catalogue;
  private final TrainingRecognition recognition;
  private final CertificateDocument document;
  private final CurrentUser currentUser;
  private final Clock clock;
  private final String publicUrl;
  private final SecureRandom random = new SecureRandom();

  Certificates(
      CertificateMapper certificates,
      Enrolments enrolments,
      TrainingCatalogue catalogue,
      TrainingRecognition recognition,
      CertificateDocument document,
      CurrentUser currentUser,
      Clock clock,
      @Value("${accord.notifications.public-url}") String publicUrl) {
    this.certificates = certificates;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.recognition = recognition;
    this.document = document;
    this.currentUser = currentUser;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /**
   * The participant's certificate, issued now if it was not: partnership officers only; 400 naming
   * {@code completion} when the participant did not complete the session, {@code payment} when the
   * fee is not paid in full, {@code course} when the course gives no certificate; nothing written.
   */
  @Transactional
  public Certificate issue(long enrolmentId) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("Partnership officers issue certificates");
    }
    Enrolment enrolment = enrolments.visible(enrolmentId);
    TrainingSession session = catalogue.require(enrolment.sessionId());
    Violations violations = new Violations();
    if (!session.course().certificate()) {
      violations.add("course", "\"" + session.course().title() + "\" gives no certificate");
    }
    if (!enrolment.completed()) {
      violations.add(
          "completion",
          "the participant has not completed the session (at least "
              + Enrolment.MINIMUM_ATTENDANCE_PERCENT
              + " % attended and the assessment passed)");
    }
    if (!enrolment.isPaid()) {
      violations.add(
          "payment",
          "the fee is not paid in full: "
              + Money.of(enrolment.outstanding(), enrolment.currency())
              + " outstanding");
    }
    violations.throwIfAny();
    return issue(enrolment, session, currentUser.actor());
  }

  /** A certificate for every participant of the closed session who earned one; the issued ones. */
  @Transactional
  List<Certificate> issueAll(long sessionId, String by) {
    TrainingSession session = catalogue.require(sessionId);
    if (!session.course().certificate()) {
      return List.of();
    }
    return enrolments.all(sessionId).stream()
        .filter(enrolment -> enrolment.completed() && enrolment.isPaid())
        .map(enrolment -> issue(enrolment, session, by))
        .toList();
  }

  /** The enrolment's certificate, for whoever may see its session; 404 while it has none. */
  @Transactional(readOnly = true)
  public Certificate of(long enrolmentId) {
    enrolments.visible(enrolmentId);
    return certificates
        .ofEnrolment(enrolmentId)
        .map(Certificates::certificate)
        .orElseThrow(
            () -> new NotFoundException("Enrolment " + enrolmentId + " has no certificate"));
  }

  @Transactional(readOnly = true)
  public byte[] content(Certificate certificate) {
    return certificates.content(certificate.id()).bytes();
  }

  /** The public check: the name, the course and the date of the certificate with the code. */
  @Transactional(readOnly = true)
  public Certificate.Verification verify(String code) {
    String given = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    return Optional.of(given)
        .filter(text -> CODE.matcher(text).matches())
        .flatMap(certificates::byCode)
        .map(row -> certificate(row).verification())
        .orElseThrow(() -> new NotFoundException("No certificate with this code"));
  }

  private Certificate issue(Enrolment enrolment, TrainingSession session, String by) {
    Optional<CertificateRow> existing = certificates.ofEnrolment(enrolment.id());
    if (existing.isPresent()) {
      return certificate(existing.get());
    }
    String code = newCode();
    String coHost = recognition.coHost(session);
    byte[] pdf = document.render(enrolment, session, coHost, code, verifyUrl(code));
    CertificateRow row =
        new CertificateRow(
            0,
            enrolment.id(),
            code,
            enrolment.name(),
            session.course().title(),
            session.endDate(),
            "certificate-" + code + ".pdf",
            Sha256.of(pdf),
            clock.instant(),
            by);
    certificates.insertIfAbsent(row, pdf);
    return certificate(certificates.ofEnrolment(enrolment.id()).orElseThrow());
  }

  private String verifyUrl(String code) {
    return publicUrl + "/api/certificates/" + code + "/verify";
  }

  private String newCode() {
    StringBuilder code = new StringBuilder("TC");
    for (int i = 0; i < 12; i++) {
      if (i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  private static Certificate certificate(CertificateRow row) {
    return new Certificate(
        row.id(),
        row.enrolmentId(),
        row.code(),
        row.participantName(),
        row.courseTitle(),
        row.completedOn(),
        row.fileName(),
        row.sha256(),
        row.issuedAt(),
        row.issuedBy());
  }
}
