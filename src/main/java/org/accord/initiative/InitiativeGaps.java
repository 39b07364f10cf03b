package org.accord.initiative;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an initiative lacks (issue 18, item 5), in US dollars at today's rates and in person-days:
 * the workplan's needs by activity, what its active members committed and reported delivering, what
 * the agreements that belong to it signed and what was received on them, and the gap.
 *
 * <p>Resources meet needs activity by activity, in the workplan's order: first the commitments of
 * the activity's responsible member (its cash and in-kind value toward the financial need, its
 * person-days toward the technical need), then what is left of everything else (the other members'
 * commitments and the agreements signed). A gap is what no resource meets; what is committed or
 * signed beyond every need is {@code unallocated}.
 */
public record InitiativeGaps(
    String initiative,
    List<ActivityGap> activities,
    Totals needs,
    Totals committed,
    Totals delivered,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal signedUsd,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedUsd,
    List<AgreementFunding> agreements,
    Totals gap,
    Totals unallocated) {

  /** Money in US dollars, and person-days. */
  public record Totals(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal usd, BigDecimal personDays) {}

  /** An activity's needs, what meets them, and the gap. */
  public record ActivityGap(
      String code,
      String description,
      String responsible,
      Totals needs,
      Totals metByResponsible,
      Totals metByOthers,
      Totals gap) {}

  /** An agreement of the initiative: what it signed and what was received on it. */
  public record AgreementFunding(
      String reference,
      String partnerCode,
      String status,
      boolean signed,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountUsd,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal receivedUsd) {}
}
