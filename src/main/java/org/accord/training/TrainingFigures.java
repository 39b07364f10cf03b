package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The monitoring and evaluation figures of a training cooperation, or of one of its courses (issue
 * 19, item 6): who was trained, how many completed and were certified, what the sessions earned and
 * cost, the free seats given, and what the participants thought of them.
 *
 * @param sessions the sessions that were not cancelled; {@code closedSessions} of them closed
 * @param participants confirmed participants of those sessions
 * @param byCountryGroup LDC, then SIDS (a country in both counts as LDC), DEVELOPING, DEVELOPED, on
 *     each session's first day
 * @param byRegion the ITU-D regions, and OTHER for a territory in none
 * @param byGender as the participants stated it; NOT_STATED also for those who left it out
 */
public record TrainingFigures(
    String agreement,
    String partnerCode,
    Long courseId,
    long sessions,
    long closedSessions,
    long participants,
    Map<String, Long> byRegion,
    Map<String, Long> byCountryGroup,
    Map<String, Long> byGender,
    Map<String, Long> byOrganizationType,
    Completion completion,
    List<Finances> finances,
    Survey survey) {

  /**
   * Of the confirmed participants of closed sessions, those who completed (attended enough and
   * passed) and those certified, in per cent of them to one decimal; null rates with none.
   */
  public record Completion(
      long participants,
      long completed,
      long certified,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completionRate,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal certificationRate) {}

  /**
   * The money in one currency. Revenue, costs and shares are the closed sessions'; free seats are
   * those given in every session that was not cancelled, each worth the developing fee.
   *
   * @param costs the agency's and the partner's costs together
   * @param surplus revenue less costs (negative: a deficit)
   * @param costRecovery revenue in per cent of costs, to one decimal; null without costs
   */
  public record Finances(
      String currency,
      long closedSessions,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal revenue,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costs,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyCosts,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partnerCosts,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal surplus,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costRecovery,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserveShare,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyShare,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partnerShare,
      long freeSeats,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal freeSeatValue) {}

  /**
   * The participants' survey: invited (those who attended a closed session), answered, the response
   * rate in per cent to one decimal, and each question's average score to two decimals (null rates
   * and averages with none).
   */
  public record Survey(
      long invited,
      long answered,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal responseRate,
      Map<String, String> averages) {}
}
