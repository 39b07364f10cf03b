package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.accord.donor.CountryGroups;
import org.junit.jupiter.api.Test;

/** The fee category of a country on a session's first day, from the lists Accord ships. */
class FeeCategoriesTest {

  private final FeeCategories categories = new FeeCategories(new CountryGroups());

  @Test
  void leastDevelopedCountriesAndSmallIslandStates_areLdcSids() {
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertThat(categories.of("RW", day)).isEqualTo(FeeCategory.LDC_SIDS);
    assertThat(categories.of("FJ", day)).isEqualTo(FeeCategory.LDC_SIDS);
    assertThat(categories.of("JM", day)).isEqualTo(FeeCategory.LDC_SIDS);
  }

  /** Bangladesh graduated from the LDCs on 2026-11-24 (the groups' file). */
  @Test
  void aCountryThatGraduatedBeforeTheSession_isNoLongerAnLdcForIt() {
    assertThat(categories.of("BD", LocalDate.of(2026, 11, 23))).isEqualTo(FeeCategory.LDC_SIDS);
    assertThat(categories.of("BD", LocalDate.of(2026, 11, 24))).isEqualTo(FeeCategory.DEVELOPING);
  }

  /** Solomon Islands leaves the LDCs on 2027-12-13 but stays a SIDS. */
  @Test
  void aGraduatedSmallIslandState_staysLdcSids() {
    assertThat(categories.of("SB", LocalDate.of(2028, 1, 10))).isEqualTo(FeeCategory.LDC_SIDS);
  }

  @Test
  void theDevelopedRegions_payTheStandardFee_andOtherCountriesTheDevelopingFee() {
    LocalDate day = LocalDate.of(2027, 3, 1);
    assertThat(categories.of("FR", day)).isEqualTo(FeeCategory.STANDARD);
    assertThat(categories.of("JP", day)).isEqualTo(FeeCategory.STANDARD);
    assertThat(categories.of("US", day)).isEqualTo(FeeCategory.STANDARD);
    assertThat(categories.of("KE", day)).isEqualTo(FeeCategory.DEVELOPING);
    assertThat(categories.of("BR", day)).isEqualTo(FeeCategory.DEVELOPING);
    assertThat(categories.of("CN", day)).isEqualTo(FeeCategory.DEVELOPING);
  }
}
