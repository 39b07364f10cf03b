package org.accord.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.plan.KpiStanding.InitiativePart;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.KpiStanding.Part;
import org.accord.plan.persistence.KpiContributionMapper;
import org.accord.plan.persistence.KpiContributionMapper.Sums;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's KPIs against their yearly targets, from what agreements contributed ({@link
 * KpiContributions}): values added up, countries counted once, percentages averaged weighted by
 * each agreement's base (to two decimals, half up).
 */
@Service
public class KpiActuals {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  // grouping(region, initiative_code): which of the sums a row is.
  private static final int BY_REGION = 1;
  private static final int BY_INITIATIVE = 2;
  private static final int ALL = 3;

  private final PlanService plans;
  private final KpiContributionMapper contributions;
  private final Clock clock;

  KpiActuals(PlanService plans, KpiContributionMapper contributions, Clock clock) {
    this.plans = plans;
    this.contributions = contributions;
    this.clock = clock;
  }

  /**
   * The year's standing (this year when null) against the targets in force at the end of {@code
   * asOf} (now when null).
   */
  @Transactional(readOnly = true)
  public KpiStanding standing(String planCode, Integer year, LocalDate asOf) {
    int chosen = year(planCode, year);
    Map<String, List<Sums>> sums = new HashMap<>();
    for (Sums row : contributions.sums(planCode, chosen)) {
      sums.computeIfAbsent(row.kpiCode(), code -> new ArrayList<>()).add(row);
    }
    List<KpiYear> kpis = new ArrayList<>();
    for (Kpi kpi : plans.kpis(planCode, asOf)) {
      List<Sums> rows = sums.getOrDefault(kpi.code(), List.of());
      Sums all = rows.stream().filter(row -> row.level() == ALL).findFirst().orElse(null);
      BigDecimal actual = all == null ? null : actual(kpi.rule(), all);
      BigDecimal target = kpi.targets().get(chosen);
      kpis.add(
          new KpiYear(
              kpi.code(),
              kpi.name(),
              kpi.unit(),
              kpi.outcome(),
              kpi.rule(),
              kpi.baseline(),
              target,
              actual,
              achieved(actual, target),
              all == null ? 0 : all.agreements(),
              rows.stream()
                  .filter(row -> row.level() == BY_REGION)
                  .map(row -> new Part(row.region(), actual(kpi.rule(), row), row.agreements()))
                  .toList(),
              rows.stream()
                  .filter(row -> row.level() == BY_INITIATIVE && row.initiative() != null)
                  .map(
                      row ->
                          new InitiativePart(
                              row.initiative(), actual(kpi.rule(), row), row.agreements()))
                  .toList()));
    }
    return new KpiStanding(planCode, chosen, asOf, kpis);
  }

  /** This year's standing of the plan whose period covers it, if there is one. */
  @Transactional(readOnly = true)
  public Optional<KpiStanding> thisYear() {
    int year = LocalDate.now(clock).getYear();
    return plans.plans().stream()
        .filter(plan -> plan.covers(year))
        .findFirst()
        .map(plan -> standing(plan.code(), year, null));
  }

  /** One page of the agreements that contributed to a KPI in the year, by reference. */
  public record Contributors(
      String plan,
      String kpi,
      int year,
      long total,
      int page,
      int size,
      List<KpiContributor> agreements) {}

  @Transactional(readOnly = true)
  public Contributors contributors(
      String planCode, String kpiCode, Integer year, int page, int size) {
    int chosen = year(planCode, year);
    if (plans.kpi(planCode, kpiCode).isEmpty()) {
      throw new NotFoundException("Plan " + planCode + " has no KPI " + kpiCode);
    }
    return new Contributors(
        planCode,
        kpiCode,
        chosen,
        contributions.contributorCount(planCode, kpiCode, chosen),
        page,
        size,
        contributions.contributors(planCode, kpiCode, chosen, page * size, size));
  }

  private int year(String planCode, Integer year) {
    Plan plan = plans.period(planCode);
    int chosen = year == null ? LocalDate.now(clock).getYear() : year;
    if (!plan.covers(chosen)) {
      throw new InvalidInputException(
          "year",
          chosen
              + " is outside plan "
              + planCode
              + " ("
              + plan.firstYear()
              + "–"
              + plan.lastYear()
              + ")");
    }
    return chosen;
  }

  static BigDecimal actual(ContributionRule rule, Sums sums) {
    return switch (rule) {
      case SUM -> sums.gained();
      case DISTINCT_COUNTRIES -> BigDecimal.valueOf(sums.countries());
      case WEIGHTED_AVERAGE ->
          sums.base() == null || sums.base().signum() == 0
              ? null
              : sums.weighted().divide(sums.base(), 2, RoundingMode.HALF_UP);
    };
  }

  private static BigDecimal achieved(BigDecimal actual, BigDecimal target) {
    return actual == null || target == null || target.signum() == 0
        ? null
        : actual.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
  }
}
