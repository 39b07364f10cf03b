package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/** One reporting period of an agreement: what it covers, when its report is due, where it is. */
public record ReportingPeriod(
    @JsonIgnore long id,
    int number,
    LocalDate startsOn,
    LocalDate endsOn,
    LocalDate dueOn,
    boolean finalPeriod,
    PeriodStatus status) {

  public ReportingPeriod(
      int number,
      LocalDate startsOn,
      LocalDate endsOn,
      LocalDate dueOn,
      boolean finalPeriod,
      PeriodStatus status) {
    this(0, number, startsOn, endsOn, dueOn, finalPeriod, status);
  }

  /** A report can be submitted: the period has ended and its report is not with a manager. */
  @JsonIgnore
  public boolean isOpenForReport() {
    return status == PeriodStatus.DUE
        || status == PeriodStatus.OVERDUE
        || status == PeriodStatus.SENT_BACK;
  }
}
