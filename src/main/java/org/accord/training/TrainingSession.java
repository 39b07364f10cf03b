package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A session of a course: when and where, how many seats, and the fees in its currency. A free seat
 * of an LDC/SIDS participant is worth the developing fee: what they would otherwise have paid.
 */
public record TrainingSession(
    long id,
    Course course,
    LocalDate startDate,
    LocalDate endDate,
    String venue,
    int capacity,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal standardFee,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal developingFee,
    SessionStatus status,
    int confirmed,
    int waitlisted) {

  @JsonProperty
  public int seatsLeft() {
    return Math.max(0, capacity - confirmed);
  }

  /** What a participant of the category pays when the seat is not free. */
  public BigDecimal feeFor(FeeCategory category) {
    return category == FeeCategory.STANDARD ? standardFee : developingFee;
  }
}
