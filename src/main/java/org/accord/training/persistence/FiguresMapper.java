package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What the monitoring figures of training cooperations are counted from: each query reads the
 * cooperations of a {@link Scope} at once, and every row says whose it is (agreement and partner),
 * so the figures are grouped per cooperation or per partner without a query each.
 */
@Mapper
public interface FiguresMapper {

  /**
   * Which cooperations to count: these agreements (null: any), of these partners (null: any), this
   * course only (null: all). Only training cooperations are ever read.
   */
  record Scope(Collection<Long> agreementIds, Collection<String> partnerCodes, Long courseId) {}

  /** A training cooperation: what its figures are labelled with. */
  record CooperationRow(long id, String reference, String partnerCode) {}

  /**
   * A confirmed participant of a session that was not cancelled, with what became of them: the
   * survey's scores are null until they answered.
   */
  record ParticipantRow(
      long agreementId,
      String partnerCode,
      long enrolmentId,
      String sessionStatus,
      LocalDate sessionStart,
      String currency,
      BigDecimal developingFee,
      String country,
      String gender,
      String organizationType,
      boolean freeSeat,
      Integer attendancePercent,
      Boolean passed,
      boolean certified,
      boolean invited,
      Integer relevance,
      Integer content,
      Integer trainers,
      Integer organization,
      Integer overall) {}

  /** A cooperation's closed sessions' accounts, summed in each currency. */
  record ClosedRow(
      long agreementId,
      String partnerCode,
      String currency,
      long sessions,
      BigDecimal revenue,
      BigDecimal agencyCosts,
      BigDecimal partnerCosts,
      BigDecimal reserveShare,
      BigDecimal agencyShare,
      BigDecimal partnerShare) {}

  /** A cooperation's sessions that were not cancelled (only cooperations with any). */
  record SessionsRow(long agreementId, String partnerCode, long sessions) {}

  /** One page of the training cooperations, newest first, found by type in SQL. */
  List<CooperationRow> cooperations(@Param("limit") int limit, @Param("offset") int offset);

  /** The partners with a training cooperation, by code. */
  List<String> partners();

  List<ParticipantRow> participants(@Param("scope") Scope scope);

  List<ClosedRow> closed(@Param("scope") Scope scope);

  List<SessionsRow> sessions(@Param("scope") Scope scope);
}
