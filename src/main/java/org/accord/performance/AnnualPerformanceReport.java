package org.accord.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.funds.MobilizedFunds;
import org.accord.performance.AnnualPerformance.KpiLine;
import org.accord.performance.AnnualPerformance.OutputYear;
import org.accord.performance.AnnualPerformance.PriorityYear;
import org.accord.performance.persistence.PerformanceMapper;
import org.accord.performance.persistence.PerformanceMapper.OutputCount;
import org.accord.plan.KpiActuals;
import org.accord.plan.KpiContributor;
import org.accord.plan.KpiStanding;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.plan.PlanDetail;
import org.accord.plan.PlanService;
import org.accord.reporting.LessonsCatalogue;
import org.accord.results.OutputType;
import org.accord.shared.Language;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes a plan year: the plan's outcomes and KPIs by priority, each KPI's actual from {@link
 * KpiActuals} against the target in force at the end of the year, the funds received in it, the
 * outputs of the agreements that reported in it, and the lessons its evaluations recorded.
 */
@Service
public class AnnualPerformanceReport {

  /** The agreements named per KPI; the API gives the rest, a page at a time. */
  static final int AGREEMENTS_NAMED = 20;

  private static final int LESSONS_PER_PRIORITY = LessonsCatalogue.MAX_PAGE_SIZE;

  private final PlanService plans;
  private final KpiActuals actuals;
  private final MobilizedFunds funds;
  private final LessonsCatalogue lessons;
  private final PerformanceMapper performance;
  private final AnnualPerformancePdf pdf;
  private final Clock clock;

  AnnualPerformanceReport(
      PlanService plans,
      KpiActuals actuals,
      MobilizedFunds funds,
      LessonsCatalogue lessons,
      PerformanceMapper performance,
      AnnualPerformancePdf pdf,
      Clock clock) {
    this.plans = plans;
    this.actuals = actuals;
    this.funds = funds;
    this.lessons = lessons;
    this.performance = performance;
    this.pdf = pdf;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public AnnualPerformance compose(String planCode, int year) {
    PlanDetail plan = plans.plan(planCode);
    LocalDate endOfYear = LocalDate.of(year, 12, 31);
    LocalDate today = LocalDate.now(clock);
    LocalDate asOf = endOfYear.isBefore(today) ? endOfYear : today;
    KpiStanding standing = actuals.standing(planCode, year, asOf);
    Map<String, Priority> priorityOf = new HashMap<>();
    plan.priorities()
        .forEach(p -> p.outcomes().forEach(o -> priorityOf.put(o.code(), p.priority())));
    Map<Priority, BigDecimal> received = funds.byPriority(year);
    List<PriorityYear> priorities = new ArrayList<>();
    for (PlanDetail.PriorityOutcomes priority : plan.priorities()) {
      List<KpiLine> kpis =
          standing.kpis().stream()
              .filter(kpi -> priorityOf.get(kpi.outcome()) == priority.priority())
              .map(kpi -> line(planCode, year, kpi))
              .toList();
      List<Outcome> outcomes = priority.outcomes();
      priorities.add(
          new PriorityYear(
              priority.priority(),
              priority.label(),
              outcomes,
              kpis,
              received.get(priority.priority()),
              lessons
                  .find(
                      new LessonsCatalogue.Query(year, priority.priority(), null, null, null),
                      0,
                      LESSONS_PER_PRIORITY)
                  .lessons()));
    }
    return new AnnualPerformance(
        plan.code(),
        plan.title(),
        year,
        asOf,
        received.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
        priorities,
        outputs(year));
  }

  /**
   * The report as a PDF, in the MoU's type and layout, in the language: the reader's when one user
   * asks for it, the agency's default when it is published to every partner (ADR 17).
   */
  public byte[] render(AnnualPerformance report, Language language) {
    return pdf.render(report, language);
  }

  private KpiLine line(String planCode, int year, KpiYear kpi) {
    KpiActuals.Contributors contributors =
        actuals.contributors(planCode, kpi.code(), year, 0, AGREEMENTS_NAMED);
    return new KpiLine(
        kpi,
        contributors.total(),
        contributors.agreements().stream().map(KpiContributor::reference).distinct().toList(),
        kpi.byInitiative().stream().map(KpiStanding.InitiativePart::initiative).toList());
  }

  private List<OutputYear> outputs(int year) {
    Map<String, Long> reported = new HashMap<>();
    for (OutputCount count :
        performance.outputsReported(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
      reported.put(count.type(), count.agreements());
    }
    return Arrays.stream(OutputType.values())
        .map(type -> new OutputYear(type, type.label(), reported.getOrDefault(type.name(), 0L)))
        .toList();
  }
}
