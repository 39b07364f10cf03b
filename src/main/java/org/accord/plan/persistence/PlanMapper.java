package org.accord.plan.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.plan.Kpi;
import org.accord.plan.Outcome;
import org.accord.plan.Plan;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanMapper {

  /** A row of the history, its records as JSON text. */
  record ChangeRow(
      long id,
      Instant changedAt,
      String changedBy,
      String subject,
      String subjectCode,
      String before,
      String after) {}

  List<Plan> plans();

  Optional<Plan> plan(String code);

  /** The plan, its row locked: one change to a plan at a time, in the order of its history. */
  Optional<Plan> lockPlan(String code);

  /** A plan other than {@code except} whose period shares a year with first to last. */
  Optional<Plan> overlapping(
      @Param("firstYear") int firstYear,
      @Param("lastYear") int lastYear,
      @Param("except") String except);

  void insertPlan(
      @Param("plan") Plan plan,
      @Param("createdAt") Instant createdAt,
      @Param("createdBy") String createdBy);

  void updatePlan(Plan plan);

  List<Outcome> outcomes(String planCode);

  void insertOutcome(@Param("planCode") String planCode, @Param("outcome") Outcome outcome);

  void updateOutcome(@Param("planCode") String planCode, @Param("outcome") Outcome outcome);

  /** The plan's KPIs with their targets, each as the JSON of a {@code Kpi}, by code. */
  List<String> kpis(String planCode);

  /** The KPI's row; its targets are written with {@link #insertTarget}. */
  void insertKpi(@Param("planCode") String planCode, @Param("kpi") Kpi kpi);

  void updateKpi(@Param("planCode") String planCode, @Param("kpi") Kpi kpi);

  void deleteTargets(@Param("planCode") String planCode, @Param("kpiCode") String kpiCode);

  void insertTarget(
      @Param("planCode") String planCode,
      @Param("kpiCode") String kpiCode,
      @Param("year") int year,
      @Param("target") BigDecimal target);

  void insertChange(@Param("planCode") String planCode, @Param("change") ChangeRow change);

  List<ChangeRow> history(String planCode);

  /** The last record of each of the plan's KPIs changed before {@code before}: null if removed. */
  List<String> kpisAsOf(@Param("planCode") String planCode, @Param("before") Instant before);
}
