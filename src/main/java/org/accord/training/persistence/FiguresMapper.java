package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the monitoring figures of a training cooperation are counted from. */
@Mapper
public interface FiguresMapper {

  /**
   * A confirmed participant of a session that was not cancelled, with what became of them: the
   * survey's scores are null until they answered.
   */
  record ParticipantRow(
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

  /** The closed sessions' accounts, summed in each currency. */
  record ClosedRow(
      String currency,
      long sessions,
      BigDecimal revenue,
      BigDecimal agencyCosts,
      BigDecimal partnerCosts,
      BigDecimal reserveShare,
      BigDecimal agencyShare,
      BigDecimal partnerShare) {}

  List<ParticipantRow> participants(
      @Param("agreementId") long agreementId, @Param("courseId") Long courseId);

  List<ClosedRow> closed(@Param("agreementId") long agreementId, @Param("courseId") Long courseId);

  long sessions(@Param("agreementId") long agreementId, @Param("courseId") Long courseId);
}
