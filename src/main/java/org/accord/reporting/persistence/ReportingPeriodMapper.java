package org.accord.reporting.persistence;

import java.util.List;
import java.util.Optional;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ReportingPeriod;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReportingPeriodMapper {

  void insert(@Param("agreementId") long agreementId, @Param("period") ReportingPeriod period);

  List<ReportingPeriod> findByAgreement(long agreementId);

  /** The period, locked until the transaction ends: its status moves one step at a time. */
  Optional<ReportingPeriod> lock(
      @Param("agreementId") long agreementId, @Param("number") int number);

  void updateStatus(@Param("id") long id, @Param("status") PeriodStatus status);

  /** New dates and final flag for a period not yet reported on, after an extension. */
  void reschedule(@Param("id") long id, @Param("period") ReportingPeriod period);
}
