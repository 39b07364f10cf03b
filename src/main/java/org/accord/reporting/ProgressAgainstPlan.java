package org.accord.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.budget.BudgetService;
import org.accord.results.IndicatorPlan;
import org.accord.results.ResultsFrameworkService;
import org.springframework.stereotype.Service;

/**
 * Indicator progress: for each indicator and period, the value the plan expected, the value the
 * latest report gives, and the rating of {@link ProgressRating}; and what was spent of the budget.
 */
@Service
public class ProgressAgainstPlan {

  private final ProgressReports reports;
  private final ResultsFrameworkService results;
  private final BudgetService budgets;

  ProgressAgainstPlan(
      ProgressReports reports, ResultsFrameworkService results, BudgetService budgets) {
    this.reports = reports;
    this.results = results;
    this.budgets = budgets;
  }

  public AgreementProgress progress(Agreement agreement) {
    List<PeriodReport> periods = reports.reports(agreement);
    List<IndicatorProgress> indicators =
        results.indicators(agreement.id()).stream()
            .map(indicator -> progressOf(agreement, indicator, periods))
            .toList();
    return new AgreementProgress(
        agreement.reference(),
        ProgressRating.RULE,
        agreement.amount(),
        agreement.currency(),
        PeriodReport.spent(periods),
        LineSpending.of(budgets.budget(agreement.id(), agreement.currency()), periods),
        indicators);
  }

  private static IndicatorProgress progressOf(
      Agreement agreement, IndicatorPlan indicator, List<PeriodReport> periods) {
    List<PeriodProgress> rows = new ArrayList<>();
    for (PeriodReport report : periods) {
      ReportingPeriod period = report.period();
      BigDecimal expected =
          indicator.isQualitative()
              ? null
              : ProgressRating.expected(
                  indicator, agreement.startDate(), agreement.endDate(), period.endsOn());
      Optional<IndicatorActual> actual = latestActual(report, indicator.code());
      Rating rating =
          actual
              .map(
                  found ->
                      indicator.isQualitative()
                          ? found.rating()
                          : ProgressRating.rate(indicator, expected, found.value()))
              .orElse(null);
      rows.add(
          new PeriodProgress(
              period.number(),
              period.endsOn(),
              period.status(),
              expected,
              actual.map(IndicatorActual::value).orElse(null),
              actual.map(IndicatorActual::description).orElse(null),
              rating));
    }
    Rating current =
        rows.stream()
            .map(PeriodProgress::rating)
            .filter(rating -> rating != null)
            .reduce((earlier, later) -> later)
            .orElse(null);
    return new IndicatorProgress(
        indicator.code(),
        indicator.name(),
        indicator.unit(),
        indicator.measureOrDefault(),
        indicator.baseline(),
        indicator.target(),
        indicator.targetDescription(),
        rows,
        current);
  }

  private static Optional<IndicatorActual> latestActual(PeriodReport report, String code) {
    return report.latest().stream()
        .flatMap(latest -> latest.indicatorActuals().stream())
        .filter(actual -> actual.code().equals(code))
        .findFirst();
  }
}
