package org.accord.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.reporting.persistence.ReportingPeriodMapper;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;

/** An extension re-plans the periods not yet reported on and adds the ones it needs. */
class ReportingRescheduleTest {

  private final ReportingPeriodMapper mapper = mock(ReportingPeriodMapper.class);
  private final ReportingPeriods reporting =
      new ReportingPeriods(mapper, new ReportingProperties(Period.ofDays(30), Period.ofDays(14)));

  @Test
  void extensionBeforeTheFinalPeriodEnds_movesItsEndAndAddsAPeriod() {
    List<ReportingPeriod> current = new ArrayList<>();
    current.add(period(1, "2027-01-01", "2027-06-30", false, PeriodStatus.ACCEPTED));
    current.add(period(2, "2027-07-01", "2027-12-31", false, PeriodStatus.NOT_YET_DUE));
    current.add(period(3, "2028-01-01", "2028-06-30", true, PeriodStatus.NOT_YET_DUE));
    when(mapper.findByAgreement(7)).thenReturn(current);

    List<ReportingPeriod> changed = reporting.reschedule(agreementEnding("2028-09-30"));

    assertThat(changed)
        .extracting(
            p -> p.number() + " " + p.startsOn() + ".." + p.endsOn() + " " + p.finalPeriod())
        .containsExactly("3 2028-01-01..2028-06-30 false", "4 2028-07-01..2028-09-30 true");
    verify(mapper).insert(eq(7L), eq(changed.get(1)));
    verify(mapper, never()).reschedule(eq(11L), org.mockito.ArgumentMatchers.any());
  }

  @Test
  void extensionWhileTheFinalReportIsDue_makesItAnOrdinaryReportAndPlansTheRest() {
    List<ReportingPeriod> current = new ArrayList<>();
    current.add(period(1, "2027-01-01", "2027-06-30", false, PeriodStatus.ACCEPTED));
    current.add(period(2, "2027-07-01", "2027-10-31", true, PeriodStatus.DUE));
    when(mapper.findByAgreement(7)).thenReturn(current);

    List<ReportingPeriod> changed = reporting.reschedule(agreementEnding("2028-03-31"));

    assertThat(changed)
        .extracting(
            p -> p.number() + " " + p.startsOn() + ".." + p.endsOn() + " " + p.finalPeriod())
        .containsExactly("2 2027-07-01..2027-10-31 false", "3 2027-11-01..2028-03-31 true");
    verify(mapper).reschedule(eq(12L), eq(changed.get(0)));
    verify(mapper).insert(anyLong(), eq(changed.get(1)));
  }

  private static ReportingPeriod period(
      int number, String from, String to, boolean last, PeriodStatus status) {
    LocalDate ends = LocalDate.parse(to);
    return new ReportingPeriod(
        10 + number, number, LocalDate.parse(from), ends, ends.plusDays(30), last, status);
  }

  private static Agreement agreementEnding(String end) {
    return new Agreement(
        7,
        "PA-2027-0007",
        "Rural schools",
        AgreementType.CONTRIBUTION_AGREEMENT,
        "GSMA",
        Priority.AFFORDABLE_CONNECTIVITY,
        Region.AFRICA,
        List.of("RW"),
        List.of("TOOLKITS"),
        new BigDecimal("1000.00"),
        "USD",
        new BigDecimal("1000.00"),
        LocalDate.parse("2027-01-01"),
        LocalDate.parse(end),
        ReportingFrequency.SEMI_ANNUAL,
        AgreementStatus.ACTIVE,
        "officer",
        "pi",
        OffsetDateTime.now(),
        1,
        Language.EN,
        null,
        null,
        null,
        null);
  }
}
