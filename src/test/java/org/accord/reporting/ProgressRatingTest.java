package org.accord.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.accord.results.IndicatorPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressRatingTest {

  private static final LocalDate START = LocalDate.parse("2027-01-01");
  private static final LocalDate END = LocalDate.parse("2028-12-31");

  @Test
  void expectedValue_followsAStraightLineFromBaselineToTargetOverTheDuration() {
    IndicatorPlan schools = indicator("0", "120");

    // 365 of the 731 days of 2027 and leap 2028 have passed.
    assertThat(ProgressRating.expected(schools, START, END, LocalDate.parse("2027-12-31")))
        .isEqualByComparingTo("59.9179");
    assertThat(ProgressRating.expected(schools, START, END, END)).isEqualByComparingTo("120");
    assertThat(ProgressRating.expected(schools, START, END, LocalDate.parse("2030-01-01")))
        .as("never beyond the target")
        .isEqualByComparingTo("120");
  }

  @ParameterizedTest(name = "baseline {0}, target {1}: {3} where {2} was expected is {4}")
  @CsvSource({
    "0,   120, 60, 120, MET",
    "0,   120, 60, 150, MET",
    "0,   120, 60,  54, ON_TRACK",
    "0,   120, 60,  53, CONSTRAINED",
    "0,   120, 60,   0, NO_PROGRESS",
    "10,  120, 65,   5, NO_PROGRESS",
    // A reduction: maternal mortality, outages, prices.
    "40,   10, 25,  26, ON_TRACK",
    "40,   10, 25,  35, CONSTRAINED",
    "40,   10, 25,  45, NO_PROGRESS",
    "40,   10, 25,   8, MET",
    "50,   50, 50,  50, MET",
  })
  void rating_comparesTheChangeAchievedWithTheChangeExpected(
      String baseline, String target, String expected, String actual, Rating rating) {
    assertThat(
            ProgressRating.rate(
                indicator(baseline, target), new BigDecimal(expected), new BigDecimal(actual)))
        .isEqualTo(rating);
  }

  private static IndicatorPlan indicator(String baseline, String target) {
    return new IndicatorPlan(
        "Indicator", "units", new BigDecimal(baseline), new BigDecimal(target));
  }
}
