package org.accord.plan.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.accord.plan.ContributionRule;
import org.accord.plan.Outcome;
import org.accord.plan.Plan;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanMapper {

  /** A KPI's row, without its targets. */
  record KpiRow(
      String code,
      String name,
      String unit,
      BigDecimal baseline,
      String outcome,
      ContributionRule rule,
      boolean placeholder) {}

  /** A KPI's target for a year. */
  record TargetRow(String kpiCode, int year, BigDecimal target) {}

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

  List<KpiRow> kpis(String planCode);

  List<TargetRow> targets(String planCode);

  void insertKpi(@Param("planCode") String planCode, @Param("kpi") KpiRow kpi);

  void updateKpi(@Param("planCode") String planCode, @Param("kpi") KpiRow kpi);

  void deleteTargets(@Param("planCode") String planCode, @Param("kpiCode") String kpiCode);

  void insertTarget(@Param("planCode") String planCode, @Param("target") TargetRow target);

  void insertChange(@Param("planCode") String planCode, @Param("change") ChangeRow change);

  List<ChangeRow> history(String planCode);

  /** The last record of each of the plan's KPIs changed before {@code before}: null if removed. */
  List<String> kpisAsOf(@Param("planCode") String planCode, @Param("before") Instant before);
}
