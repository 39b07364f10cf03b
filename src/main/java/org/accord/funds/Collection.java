package org.accord.funds;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The collection of one instalment: what is asked for, what it was expected to be worth in USD when
 * the agreement became active, its call, and what has come in towards it (in the instalment's
 * currency, reversed receipts left out).
 */
public record Collection(
    long agreementId,
    int instalment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expectedUsd,
    LocalDate startedOn,
    LocalDate calledOn,
    LocalDate payBy,
    Long callDocumentId,
    LocalDate cancelledOn,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received) {

  @JsonProperty
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal outstanding() {
    // Nothing outstanding after an over-payment, written to the instalment's own scale (0.00).
    return amount.subtract(received).max(BigDecimal.ZERO.setScale(amount.scale()));
  }

  @JsonProperty
  public InstalmentStatus status() {
    if (cancelledOn != null) {
      return InstalmentStatus.CANCELLED;
    }
    if (received.compareTo(amount) >= 0) {
      return InstalmentStatus.RECEIVED;
    }
    if (received.signum() > 0) {
      return InstalmentStatus.PARTLY_RECEIVED;
    }
    return calledOn == null ? InstalmentStatus.SCHEDULED : InstalmentStatus.CALLED;
  }
}
