package org.accord.results.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.Measure;
import org.accord.results.ObjectivePlan;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ResultsFrameworkMapper {

  void deleteByAgreement(long agreementId);

  long insertObjective(
      @Param("agreementId") long agreementId,
      @Param("position") int position,
      @Param("description") String description);

  void insertActivity(
      @Param("objectiveId") long objectiveId,
      @Param("position") int position,
      @Param("activity") ActivityPlan activity,
      @Param("outputs") List<String> outputs);

  void insertIndicator(
      @Param("objectiveId") long objectiveId,
      @Param("position") int position,
      @Param("indicator") IndicatorPlan indicator,
      @Param("measure") Measure measure,
      @Param("baseline") BigDecimal baseline,
      @Param("target") BigDecimal target);

  List<ObjectivePlan> findByAgreement(long agreementId);
}
