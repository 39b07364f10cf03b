package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A payment of a participant's fee, recorded by finance. */
public record Payment(
    long id,
    long enrolmentId,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
    String currency,
    LocalDate paidOn,
    String reference,
    Instant recordedAt,
    String recordedBy) {}
