package org.accord.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.accord.agreement.ReportingFrequency;
import org.junit.jupiter.api.Test;

class ReportingScheduleTest {

  private static final Period THIRTY_DAYS = Period.ofDays(30);

  @Test
  void twoYearsSemiAnnually_isFourPeriodsTheLastOneFinal() {
    List<ReportingPeriod> periods =
        ReportingSchedule.of(
            date("2027-01-01"), date("2028-12-31"), ReportingFrequency.SEMI_ANNUAL, THIRTY_DAYS);

    assertThat(periods)
        .extracting(
            p ->
                p.startsOn()
                    + ".."
                    + p.endsOn()
                    + " due "
                    + p.dueOn()
                    + (p.finalPeriod() ? " final" : ""))
        .containsExactly(
            "2027-01-01..2027-06-30 due 2027-07-30",
            "2027-07-01..2027-12-31 due 2028-01-30",
            "2028-01-01..2028-06-30 due 2028-07-30",
            "2028-07-01..2028-12-31 due 2029-01-30 final");
    assertThat(periods).allMatch(p -> p.status() == PeriodStatus.NOT_YET_DUE);
  }

  @Test
  void agreementEndingMidQuarter_hasAShortFinalPeriod() {
    List<ReportingPeriod> periods =
        ReportingSchedule.of(
            date("2027-01-01"), date("2027-08-15"), ReportingFrequency.QUARTERLY, THIRTY_DAYS);

    assertThat(periods).hasSize(3);
    assertThat(periods.get(2))
        .isEqualTo(
            new ReportingPeriod(
                3,
                date("2027-07-01"),
                date("2027-08-15"),
                date("2027-09-14"),
                true,
                PeriodStatus.NOT_YET_DUE));
  }

  @Test
  void eighteenMonthsAnnually_isAFullYearThenHalfAYear() {
    List<ReportingPeriod> periods =
        ReportingSchedule.of(
            date("2027-03-01"), date("2028-08-31"), ReportingFrequency.ANNUAL, THIRTY_DAYS);

    assertThat(periods)
        .extracting(p -> p.startsOn() + ".." + p.endsOn())
        .containsExactly("2027-03-01..2028-02-29", "2028-03-01..2028-08-31");
  }

  @Test
  void periodsStartingAtMonthEndStayContiguous() {
    List<ReportingPeriod> periods =
        ReportingSchedule.of(
            date("2027-01-31"), date("2027-12-30"), ReportingFrequency.QUARTERLY, THIRTY_DAYS);

    for (int i = 1; i < periods.size(); i++) {
      assertThat(periods.get(i).startsOn()).isEqualTo(periods.get(i - 1).endsOn().plusDays(1));
    }
    assertThat(periods.get(periods.size() - 1).endsOn()).isEqualTo(date("2027-12-30"));
  }

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }
}
