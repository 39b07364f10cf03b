package org.accord.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What clients send: the requests' bodies, checked field by field. Codes and enum names are text,
 * so that a wrong one is a 400 naming its field; amounts are decimal strings, never floats.
 */
public final class InitiativeInput {

  private InitiativeInput() {}

  /**
   * A new initiative. {@code lead} is a partner's code, or {@code AGENCY} (the default) when the
   * agency leads it; {@code leadGroup} reviews requests to join ({@code partnership-officers} by
   * default); {@code plan} is the code of the plan it serves.
   */
  public record NewInitiative(
      String code,
      String title,
      String kind,
      String lead,
      String leadGroup,
      String description,
      List<String> countries,
      String region,
      String priority,
      String plan,
      WorkplanInput workplan) {}

  /**
   * The workplan as a whole. {@code version} is the version it was read at: a stale one is refused
   * with 409, so that two editors do not overwrite each other unknowingly.
   */
  public record WorkplanInput(Integer version, List<ObjectiveInput> objectives) {}

  public record ObjectiveInput(String objective, List<ActivityInput> activities) {}

  /**
   * An activity of the annex's table: its time-frame as dates, the member responsible (a member's
   * partner code, or {@code AGENCY} when the agency leads the initiative), and the support it
   * needs.
   */
  public record ActivityInput(
      String description,
      LocalDate start,
      LocalDate end,
      List<IndicatorInput> indicators,
      String responsible,
      List<String> outputs,
      SupportInput support) {}

  /** An indicator, optionally counting toward a KPI of a plan. */
  public record IndicatorInput(
      String name, String unit, BigDecimal target, String planCode, String kpiCode) {}

  public record SupportInput(List<FinancialInput> financial, List<TechnicalInput> technical) {}

  public record FinancialInput(String amount, String currency, String purpose) {}

  public record TechnicalInput(String topic, BigDecimal personDays) {}

  /** A request to join, by or for the partner. */
  public record MembershipRequest(
      String partnerCode, String role, FocalPoint focalPoint, List<CommitmentInput> commitments) {}

  /** The member's national focal point. */
  public record FocalPoint(String name, String email) {}

  /**
   * A committed input: CASH (amount, currency), IN_KIND (its value as amount and currency, and a
   * description) or EXPERTISE (topic, person-days). At most one of each kind per member.
   */
  public record CommitmentInput(
      String kind,
      String amount,
      String currency,
      String description,
      String topic,
      BigDecimal personDays) {}

  /** What a member delivered in a year against its commitments, by kind. */
  public record DeliveryReport(String cash, String inKind, BigDecimal personDays, String note) {}
}
