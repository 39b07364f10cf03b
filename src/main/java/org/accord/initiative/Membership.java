package org.accord.initiative;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.accord.initiative.InitiativeInput.FocalPoint;

/** A partner's membership of an initiative, from its request on, with its commitments. */
public record Membership(
    long id,
    String initiative,
    String partnerCode,
    MemberRole role,
    FocalPoint focalPoint,
    MembershipStatus status,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String reason,
    Instant leftAt,
    List<Commitment> commitments) {

  /**
   * A committed input and what was reported delivered against it so far, over {@code reports}
   * yearly reports: amounts for CASH and IN_KIND (in the commitment's currency), person-days for
   * EXPERTISE.
   */
  public record Commitment(
      long id,
      CommitmentKind kind,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      String currency,
      String description,
      String topic,
      BigDecimal personDays,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal deliveredAmount,
      BigDecimal deliveredPersonDays,
      int reports) {}
}
