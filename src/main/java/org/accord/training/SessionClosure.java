package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A closed session's accounts, in its currency: the revenue (fees received from its confirmed
 * participants), split by the terms' percentages into the reserve's, the agency's and the partner's
 * shares (adding up to the revenue), the costs each party bears by the terms, and finance's payment
 * of the partner's share once recorded.
 */
public record SessionClosure(
    long sessionId,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
    Percentages percentages,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserveShare,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyShare,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partnerShare,
    List<Cost> costs,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyCosts,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partnerCosts,
    Instant closedAt,
    String closedBy,
    PartnerPayment payment) {

  /** The terms' percentages when the session closed: the reserve's first, then agency/partner. */
  public record Percentages(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserve,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partner) {}

  /** A cost of the session and the part of it each party bears. */
  public record Cost(
      String item,
      TrainingTerms.Bearer borneBy,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyPart,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partnerPart) {}

  /** Finance's payment of the partner's share. */
  public record PartnerPayment(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      LocalDate paidOn,
      String bankReference,
      Instant recordedAt,
      String recordedBy) {}

  /** Whether the partner has a share to be paid. */
  public boolean partnerSharePayable() {
    return partnerShare.signum() > 0;
  }
}
