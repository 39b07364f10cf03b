package org.accord.metrics.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.metrics.AcceptedActual;
import org.accord.metrics.MetricsFilter.Selection;
import org.accord.reporting.Rating;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/**
 * The managers' figures, each one grouped query over indexed columns of Accord's tables and
 * Camunda's runtime tables: the database aggregates, Java only arranges. What the figures read that
 * no other feature keeps (task completions, indicator standings) is written here as it happens.
 */
@Mapper
public interface MetricsMapper {

  /** Agreements and their USD value under a label. */
  record LabelledValue(String label, long agreements, BigDecimal valueUsd) {}

  /** Agreements that reached ACTIVE, under one of four labels: the others are null. */
  record Mobilized(
      String priority,
      String region,
      String donor,
      String month,
      long agreements,
      BigDecimal valueUsd) {}

  /**
   * The money of a group, in USD: the group is all agreements ({@code TOTAL}, no label) or those of
   * a {@code PRIORITY}, {@code REGION}, {@code DONOR} or {@code MONTH} (YYYY-MM) the label names.
   */
  record Flows(
      String dimension,
      String label,
      BigDecimal pledgedUsd,
      BigDecimal committedUsd,
      BigDecimal receivedUsd,
      BigDecimal spentUsd) {}

  /** What partners pledged to published opportunities in one currency, in that currency. */
  record Pledged(String currency, BigDecimal amount, long pledges) {}

  /** One pledge of an amount to a published opportunity. */
  record Pledge(
      OffsetDateTime pledgedAt,
      long opportunityId,
      String title,
      String partnerCode,
      BigDecimal amount,
      String currency,
      Long conceptNoteId) {}

  /** Instalments still owed under a label, and what is outstanding of them in USD. */
  record Owed(String label, long instalments, BigDecimal usd) {}

  /** Durations under a label, in days: how many, the median and the 90th percentile. */
  record Durations(String label, long count, BigDecimal medianDays, BigDecimal p90Days) {}

  /** A user task now open on an agreement. */
  record OpenTask(
      String taskId,
      String taskKey,
      String taskName,
      String candidateGroups,
      String assignee,
      OffsetDateTime openedAt,
      OffsetDateTime dueAt,
      String reference,
      String donor) {}

  /** Open tasks under a candidate group or a donor ({@code dimension} says which). */
  record OpenTaskCounts(
      String dimension,
      String label,
      long open,
      long overdue,
      long overdueReports,
      OffsetDateTime oldestOpenedAt) {}

  /** How many decisions of a kind were taken at a stage. */
  record DecisionCount(String stage, String decision, long decisions) {}

  /** How many indicators of a priority stand at a rating. */
  record StandingCount(String priority, String rating, long indicators) {}

  /**
   * An agreement with the milliseconds it spent in each stage asked for, in that order (null for a
   * stage it never reached), and from proposal to ACTIVE.
   */
  record AgreementStays(
      String reference,
      String title,
      String partnerCode,
      String type,
      String priority,
      String region,
      String beneficiaryCountries,
      BigDecimal amount,
      String currency,
      BigDecimal amountUsd,
      LocalDate startDate,
      LocalDate endDate,
      String status,
      OffsetDateTime proposedAt,
      Long[] stayMillis,
      Long millisToActive) {}

  void agreementsWithStays(
      @Param("stages") List<String> stages,
      @Param("now") OffsetDateTime now,
      ResultHandler<AgreementStays> handler);

  /**
   * A line of the ledger: an {@code INSTALMENT} (schedule, call, outstanding) or a {@code RECEIPT}
   * against one; the other's columns are null.
   */
  record LedgerEntry(
      String reference,
      String donor,
      int instalment,
      String entry,
      String status,
      String trigger,
      LocalDate dueDate,
      Integer reportNumber,
      BigDecimal amount,
      String currency,
      BigDecimal usd,
      LocalDate calledOn,
      LocalDate payBy,
      BigDecimal outstanding,
      Integer daysOverdue,
      Long receiptId,
      LocalDate valueDate,
      String bankReference,
      BigDecimal towardInstalment,
      BigDecimal exchangeDifferenceUsd,
      Boolean overpayment,
      String recordedBy,
      OffsetDateTime recordedAt,
      String reversedBy,
      OffsetDateTime reversedAt,
      String reversalReason) {}

  void ledger(
      @Param("filter") Selection filter,
      @Param("today") LocalDate today,
      ResultHandler<LedgerEntry> handler);

  void sortInMemory();

  void onOneCore();

  List<LabelledValue> byStatus(@Param("filter") Selection filter);

  List<Mobilized> mobilized(@Param("filter") Selection filter, @Param("zone") String zone);

  List<Flows> flows(@Param("filter") Selection filter, @Param("zone") String zone);

  /**
   * By age: NOT_YET_DUE, DAYS_0_30, DAYS_31_60, DAYS_61_90 or OVER_90 days past the pay-by date.
   */
  List<Owed> receivables(@Param("filter") Selection filter, @Param("today") LocalDate today);

  /** By the first day (ISO) of the quarter each is expected in; null: no date to expect it by. */
  List<Owed> expectedReceipts(@Param("filter") Selection filter, @Param("today") LocalDate today);

  List<Durations> stageDurations(@Param("filter") Selection filter);

  Durations proposalToActive(@Param("filter") Selection filter);

  List<Durations> taskDurations(@Param("filter") Selection filter);

  List<OpenTask> oldestOpenTasks(@Param("filter") Selection filter, @Param("limit") int limit);

  List<OpenTaskCounts> openTaskCounts(
      @Param("filter") Selection filter, @Param("now") OffsetDateTime now);

  List<DecisionCount> decisions(@Param("filter") Selection filter);

  List<StandingCount> standings(@Param("filter") Selection filter);

  /** Each indicator of the agreement's results framework with its latest accepted actual. */
  List<AcceptedActual> latestAcceptedActuals(long agreementId);

  void forgetStandings(long agreementId);

  void insertStanding(
      @Param("agreementId") long agreementId,
      @Param("indicatorCode") String indicatorCode,
      @Param("rating") Rating rating);

  /** Nothing is written for a task of a process that is not an agreement's. */
  void recordTaskCompletion(
      @Param("reference") String reference,
      @Param("taskKey") String taskKey,
      @Param("createdAt") OffsetDateTime createdAt,
      @Param("completedAt") OffsetDateTime completedAt);

  /** The pledges the filter chooses, summed by currency, in the currency's alphabetical order. */
  List<Pledged> pledgedByCurrency(@Param("filter") Selection filter);

  /** The pledges the filter chooses, in the order pledged, one at a time to the handler. */
  void pledges(@Param("filter") Selection filter, ResultHandler<Pledge> handler);
}
