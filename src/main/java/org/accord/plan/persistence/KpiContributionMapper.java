package org.accord.plan.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.accord.agreement.Region;
import org.accord.plan.KpiContributor;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface KpiContributionMapper {

  /** What one linked indicator of an agreement contributed in a year. */
  record Contribution(
      long agreementId,
      String indicatorCode,
      String planCode,
      String kpiCode,
      int year,
      Region region,
      String initiative,
      BigDecimal reached,
      BigDecimal gained,
      BigDecimal base,
      List<String> countries) {}

  /**
   * The sums of a KPI's contributions in a year, over all of them ({@code level} 3), one region's
   * (1) or one initiative's (2, the initiative null for agreements of none): the agreements, the
   * gains, reached times base and the bases (for a weighted average), and the distinct countries.
   */
  record Sums(
      String kpiCode,
      int level,
      Region region,
      String initiative,
      long agreements,
      BigDecimal gained,
      BigDecimal weighted,
      BigDecimal base,
      long countries) {}

  void forget(long agreementId);

  void insert(Contribution contribution);

  /** Per KPI of the plan that has contributions in the year: the sums over all, then by region. */
  List<Sums> sums(@Param("planCode") String planCode, @Param("year") int year);

  long contributorCount(
      @Param("planCode") String planCode,
      @Param("kpiCode") String kpiCode,
      @Param("year") int year);

  List<KpiContributor> contributors(
      @Param("planCode") String planCode,
      @Param("kpiCode") String kpiCode,
      @Param("year") int year,
      @Param("offset") int offset,
      @Param("limit") int limit);
}
