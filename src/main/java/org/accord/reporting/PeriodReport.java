package org.accord.reporting;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.budget.BudgetLineType;

/** A reporting period with every submission of its report, the latest last. */
public record PeriodReport(ReportingPeriod period, List<ProgressReport> submissions) {

  /** The submission that stands: a report sent back and submitted again replaces the earlier. */
  public Optional<ProgressReport> latest() {
    return submissions.isEmpty()
        ? Optional.empty()
        : Optional.of(submissions.get(submissions.size() - 1));
  }

  /** What the reports say was spent, each period counted by its latest submission only. */
  public static BigDecimal spent(List<PeriodReport> reports) {
    return reports.stream()
        .flatMap(report -> report.latest().stream())
        .map(ProgressReport::expenditure)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** What the reports say was spent on each line, each period counted by its latest submission. */
  public static Map<BudgetLineType, BigDecimal> spentByLine(List<PeriodReport> reports) {
    Map<BudgetLineType, BigDecimal> spent = new EnumMap<>(BudgetLineType.class);
    reports.stream()
        .flatMap(report -> report.latest().stream())
        .flatMap(latest -> latest.expenditureByLine().stream())
        .forEach(line -> spent.merge(line.line(), line.amount(), BigDecimal::add));
    return spent;
  }
}
