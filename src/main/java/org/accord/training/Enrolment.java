package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A participant's enrolment in a session, with the fee computed when they enrolled (or when their
 * seat was confirmed from the waiting list) and kept, in the session's currency.
 *
 * @param reserveShort an LDC/SIDS participant whose free seat the reserve could not fund: the
 *     reduced (developing) fee applies
 */
public record Enrolment(
    long id,
    long sessionId,
    String name,
    String email,
    String organization,
    OrganizationType organizationType,
    String country,
    Gender gender,
    FeeCategory feeCategory,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fee,
    String currency,
    boolean freeSeat,
    boolean reserveShort,
    EnrolmentStatus status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
    Instant enrolledAt,
    Completion completion) {

  /** The least share of a session a participant attends to complete it. */
  public static final int MINIMUM_ATTENDANCE_PERCENT = 80;

  /**
   * What an officer recorded once the session started; the score may be left out (a course without
   * a graded test).
   */
  public record Completion(
      int attendancePercent,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal assessmentScore,
      boolean passed) {}

  /**
   * Completed: attended at least {@value #MINIMUM_ATTENDANCE_PERCENT}% and passed the assessment. A
   * certificate needs this and {@link #isPaid()}.
   */
  @JsonProperty
  public boolean completed() {
    return status == EnrolmentStatus.CONFIRMED
        && completion != null
        && completes(completion.attendancePercent(), completion.passed());
  }

  /** Whether a confirmed participant with this attendance and assessment completed. */
  static boolean completes(int attendancePercent, boolean passed) {
    return passed && attendancePercent >= MINIMUM_ATTENDANCE_PERCENT;
  }

  /** Paid in full; a free seat owes nothing and counts as paid. */
  @JsonProperty
  public PaymentStatus paymentStatus() {
    if (paid.compareTo(fee) >= 0) {
      return PaymentStatus.PAID;
    }
    return paid.signum() == 0 ? PaymentStatus.UNPAID : PaymentStatus.PARTLY_PAID;
  }

  /** What is still owed. */
  @JsonProperty
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal outstanding() {
    return fee.subtract(paid).max(BigDecimal.ZERO.setScale(fee.scale()));
  }

  /** Whether the fee is paid in full (or the seat free): a certificate needs it. */
  public boolean isPaid() {
    return paymentStatus() == PaymentStatus.PAID;
  }

  /** Which note the participant is given about the fee, beside the fee itself; null when none. */
  public FeeNotice feeNotice() {
    if (freeSeat) {
      return FeeNotice.FREE_SEAT;
    }
    if (reserveShort) {
      return FeeNotice.RESERVE_SHORT;
    }
    if (status == EnrolmentStatus.WAITLISTED && feeCategory == FeeCategory.LDC_SIDS) {
      return FeeNotice.FREE_SEAT_WHEN_PROMOTED;
    }
    return null;
  }

  /**
   * What the participant is told about the fee, in English (the API's words); null when nothing.
   */
  @JsonProperty
  public String notice() {
    FeeNotice notice = feeNotice();
    if (notice == null) {
      return null;
    }
    return switch (notice) {
      case FREE_SEAT ->
          "A free seat funded by the programme's reserve for least developed countries and"
              + " small island developing States: nothing to pay.";
      case RESERVE_SHORT ->
          "The reserve for free seats cannot fund a seat at the moment: the reduced fee for"
              + " developing countries applies.";
      case FREE_SEAT_WHEN_PROMOTED ->
          "If a seat is given up, a free seat is granted when the reserve can fund it;"
              + " otherwise the reduced fee applies.";
    };
  }

  /** The notes a participant may be given about their fee; the pages word them in each language. */
  public enum FeeNotice {
    FREE_SEAT,
    RESERVE_SHORT,
    FREE_SEAT_WHEN_PROMOTED
  }
}
