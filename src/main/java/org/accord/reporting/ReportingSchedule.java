package org.accord.reporting;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.ReportingFrequency;

/**
 * The periods an agreement reports on: consecutive periods of its reporting frequency from its
 * start date, the last one cut at its end date and carrying the final report; each report is due
 * some days after its period ends.
 */
public final class ReportingSchedule {

  private ReportingSchedule() {}

  public static List<ReportingPeriod> of(
      LocalDate start, LocalDate end, ReportingFrequency frequency, Period dueAfter) {
    Period length = frequency.length();
    List<ReportingPeriod> periods = new ArrayList<>();
    for (int number = 1; ; number++) {
      // From the start date each time, so that 31 January + 3 months stays month-end aligned.
      LocalDate from = start.plus(length.multipliedBy(number - 1));
      if (from.isAfter(end)) {
        break;
      }
      LocalDate next = start.plus(length.multipliedBy(number));
      boolean last = !next.isBefore(end.plusDays(1));
      LocalDate to = last ? end : next.minusDays(1);
      periods.add(
          new ReportingPeriod(number, from, to, to.plus(dueAfter), last, PeriodStatus.NOT_YET_DUE));
      if (last) {
        break;
      }
    }
    return periods;
  }
}
