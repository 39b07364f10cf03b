package org.accord.donor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.donor.FitRule.Reason;
import org.accord.donor.FitRule.TicketUsd;
import org.accord.donor.FitRule.TrackRecord;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;

/** The fit rule on cases worked out by hand, one factor at a time. */
class FitRuleTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final CountryGroups groups = new CountryGroups();

  private final DonorPreferences connectivityInAfrica =
      new DonorPreferences(
          List.of(Priority.AFFORDABLE_CONNECTIVITY),
          List.of(Region.AFRICA),
          List.of("KE"),
          List.of(CountryGroup.LDC),
          "50000.00",
          "500000.00",
          "USD",
          ReportingFrequency.QUARTERLY,
          ReportingFormat.AGENCY_STANDARD,
          null,
          List.of());

  @Test
  void aDonorFittingOnEveryCount_scoresItsPointsFactorByFactor() {
    // Rwanda is an LDC and Kenya is named; Egypt is neither: 2 of 3 countries, 20 x 2/3 = 13.
    // Funded 3 and declined 1: 15 x 3/4 = 11.25, so 11.
    List<Reason> reasons =
        FitRule.reasons(
            connectivityInAfrica,
            new TicketUsd(new BigDecimal("50000.00"), new BigDecimal("500000.00")),
            new TrackRecord(3, 1),
            agreement("100000.00", "RW", "KE", "EG"),
            groups,
            TODAY);

    assertThat(reasons)
        .extracting(reason -> reason.factor() + " " + reason.points() + "/" + reason.outOf())
        .containsExactly(
            "priority 30/30",
            "region 15/15",
            "countries 13/20",
            "amount 20/20",
            "trackRecord 11/15");
    assertThat(FitRule.score(reasons)).isEqualTo(89);
    assertThat(reasons.get(2).why())
        .isEqualTo("2 of 3 beneficiary countries are the donor's focus (RW, KE)");
  }

  @Test
  void aDonorOfOtherPrioritiesRegionsAndSizes_scoresNothing() {
    DonorPreferences elsewhere =
        new DonorPreferences(
            List.of(Priority.DIGITAL_TRANSFORMATION),
            List.of(Region.ASIA_PACIFIC),
            List.of(),
            List.of(CountryGroup.SIDS),
            "1000000.00",
            null,
            "USD",
            null,
            null,
            null,
            List.of());

    List<Reason> reasons =
        FitRule.reasons(
            elsewhere,
            new TicketUsd(new BigDecimal("1000000.00"), null),
            TrackRecord.NONE,
            agreement("100000.00", "RW"),
            groups,
            TODAY);

    assertThat(FitRule.score(reasons)).isZero();
    assertThat(reasons.get(3).why()).isEqualTo("USD 100000.00 is far from USD 1000000.00 to any");
    assertThat(reasons.get(4).why()).isEqualTo("no past agreement with the agency");
  }

  @Test
  void theAmount_scoresFullyWithinTheRange_halfWithinHalfItsBoundsAgain_andHalfWithoutARange() {
    TicketUsd range = new TicketUsd(new BigDecimal("50000"), new BigDecimal("500000"));

    assertThat(amountPoints(range, "500000.00")).isEqualTo(20);
    assertThat(amountPoints(range, "750000.00")).isEqualTo(10);
    assertThat(amountPoints(range, "750000.01")).isZero();
    assertThat(amountPoints(range, "25000.00")).isEqualTo(10);
    assertThat(amountPoints(range, "24999.99")).isZero();
    assertThat(amountPoints(new TicketUsd(null, null), "1.00")).isEqualTo(10);
  }

  @Test
  void aCountryCountsAsLeastDevelopedUntilItGraduates() {
    assertThat(groups.of("BD", LocalDate.of(2026, 11, 23))).containsExactly(CountryGroup.LDC);
    assertThat(groups.of("BD", LocalDate.of(2026, 11, 24))).isEmpty();
    assertThat(groups.of("LA", LocalDate.of(2026, 11, 24))).containsExactly(CountryGroup.LLDC);
    assertThat(groups.of("HT", TODAY))
        .containsExactlyInAnyOrder(CountryGroup.LDC, CountryGroup.SIDS);
    assertThat(groups.of("FR", TODAY)).isEmpty();
  }

  private int amountPoints(TicketUsd ticket, String amountUsd) {
    return FitRule.reasons(
            connectivityInAfrica,
            ticket,
            TrackRecord.NONE,
            agreement(amountUsd, "RW"),
            groups,
            TODAY)
        .get(3)
        .points();
  }

  private static Agreement agreement(String amountUsd, String... countries) {
    return new Agreement(
        1,
        "PA-2026-0001",
        "Rural broadband toolkit",
        AgreementType.CONTRIBUTION_AGREEMENT,
        "GSMA",
        Priority.AFFORDABLE_CONNECTIVITY,
        Region.AFRICA,
        List.of(countries),
        List.of("TOOLKITS"),
        new BigDecimal(amountUsd),
        "USD",
        new BigDecimal(amountUsd),
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2028, 12, 31),
        ReportingFrequency.ANNUAL,
        AgreementStatus.SCREENING,
        "officer",
        null,
        null,
        1,
        Language.EN,
        null,
        null);
  }
}
