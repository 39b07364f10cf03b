package org.accord.reporting;

import java.util.List;

/** A reporting period with every submission of its report, the latest last. */
public record PeriodReport(ReportingPeriod period, List<ProgressReport> submissions) {}
