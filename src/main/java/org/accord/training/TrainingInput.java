package org.accord.training;

import java.time.LocalDate;

/**
 * What clients send: amounts as decimal text and codes as text, so that a wrong one is refused with
 * its field named rather than as an unreadable body.
 */
public final class TrainingInput {

  private TrainingInput() {}

  /** A course of an active training cooperation, by the agreement's reference. */
  public record NewCourse(
      String agreement,
      String title,
      String topic,
      String level,
      String language,
      String delivery,
      Integer durationHours,
      Boolean certificate) {}

  /** A session of a course; {@code venue} is the place, or the platform of an online session. */
  public record NewSession(
      Long courseId,
      LocalDate startDate,
      LocalDate endDate,
      String venue,
      Integer capacity,
      String currency,
      String standardFee,
      String developingFee) {}

  /** A participant as they register; gender may be left out. */
  public record NewEnrolment(
      String name,
      String email,
      String organization,
      String organizationType,
      String country,
      String gender) {}

  /** A participant's attendance (0 to 100 %) and assessment: the score (0 to 100) is optional. */
  public record NewCompletion(Integer attendancePercent, String assessmentScore, Boolean passed) {}

  /** A payment of a participant's fee, as finance records it. */
  public record NewPayment(String amount, String currency, LocalDate paidOn, String reference) {}
}
