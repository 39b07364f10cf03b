package org.accord.funds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Money received against an instalment, as finance recorded it: the amount in the currency it came
 * in, the rate in force at its value date, what it is worth in USD and towards the instalment, and
 * the exchange difference against what that part of the instalment was expected to be worth.
 */
public record Receipt(
    long id,
    int instalment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    LocalDate valueDate,
    String bankReference,
    LocalDate rateEffectiveDate,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rateUsdPerUnit,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rateUnitsPerUsd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountUsd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal towardInstalment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal exchangeDifferenceUsd,
    boolean overpayment,
    String recordedBy,
    OffsetDateTime recordedAt,
    String reversedBy,
    OffsetDateTime reversedAt,
    String reversalReason) {

  public boolean isReversed() {
    return reversedAt != null;
  }
}
