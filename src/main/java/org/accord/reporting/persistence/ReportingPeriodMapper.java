package org.accord.reporting.persistence;

import java.util.List;
import org.accord.reporting.ReportingPeriod;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReportingPeriodMapper {

  void insert(@Param("agreementId") long agreementId, @Param("period") ReportingPeriod period);

  List<ReportingPeriod> findByAgreement(long agreementId);
}
