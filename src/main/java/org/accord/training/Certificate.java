package org.accord.training;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A participant's certificate, kept as issued with its SHA-256; its code is what anyone may check
 * at {@code GET /api/certificates/{code}/verify}.
 */
public record Certificate(
    long id,
    long enrolmentId,
    String code,
    String participantName,
    String courseTitle,
    LocalDate completedOn,
    String fileName,
    String sha256,
    Instant issuedAt,
    String issuedBy) {

  /** What the public check reveals: the name, the course and the date, nothing else. */
  public record Verification(String participantName, String course, LocalDate date) {}

  public Verification verification() {
    return new Verification(participantName, courseTitle, completedOn);
  }
}
