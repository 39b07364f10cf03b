package org.accord.reporting.persistence;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.reporting.Evaluation;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.LineExpenditure;
import org.accord.reporting.ProgressReport;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ProgressReportMapper {

  /** A submitted report's row values. */
  record NewReport(
      long periodId,
      int revision,
      String narrative,
      BigDecimal expenditure,
      boolean finalReport,
      String submittedBy,
      OffsetDateTime submittedAt) {}

  long insert(NewReport report);

  void insertExpenditure(
      @Param("reportId") long reportId, @Param("expenditure") LineExpenditure expenditure);

  void insertActual(@Param("reportId") long reportId, @Param("actual") IndicatorActual actual);

  /** Every submission of the period's report, oldest first. */
  List<ProgressReport> findByPeriod(long periodId);

  void review(
      @Param("periodId") long periodId,
      @Param("revision") int revision,
      @Param("decision") String decision,
      @Param("comment") String comment,
      @Param("reviewedBy") String reviewedBy,
      @Param("reviewedAt") OffsetDateTime reviewedAt);

  void insertEvaluation(
      @Param("agreementId") long agreementId, @Param("evaluation") Evaluation evaluation);

  Optional<Evaluation> findEvaluation(long agreementId);
}
