package org.accord.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

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
}
