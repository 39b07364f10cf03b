package org.accord.reporting;

import java.time.LocalDate;

/** One reporting period of an agreement: what it covers, when its report is due, where it is. */
public record ReportingPeriod(
    int number,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate dueOn,
    boolean finalPeriod,
    PeriodStatus status) {}
