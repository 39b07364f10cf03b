package org.accord.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.accord.results.IndicatorPlan;

/**
 * Rates a measured indicator at the end of a period. The plan is read as a straight line from
 * baseline (at the start date) to target (at the end date); a target below the baseline is a
 * reduction, and the same rule holds in that direction.
 */
public final class ProgressRating {

  public static final String RULE =
      "Expected value at a period's end = baseline + (target - baseline) x share of the agreement's"
          + " duration passed. Achieved share = (actual - baseline) / (target - baseline)."
          + " MET: achieved share >= 100%. ON_TRACK: actual has covered at least 90% of the"
          + " expected change. CONSTRAINED: some progress, less than that. NO_PROGRESS: none, or"
          + " a move away from the target. Qualitative indicators carry the officer's rating.";

  private static final BigDecimal ON_TRACK_SHARE = new BigDecimal("0.9");

  private ProgressRating() {}

  /** The planned value of the indicator at this date. */
  public static BigDecimal expected(
      IndicatorPlan indicator, LocalDate start, LocalDate end, LocalDate at) {
    BigDecimal span = indicator.target().subtract(indicator.baseline());
    return indicator
        .baseline()
        .add(span.multiply(elapsed(start, end, at)))
        .setScale(4, RoundingMode.HALF_UP);
  }

  public static Rating rate(IndicatorPlan indicator, BigDecimal expected, BigDecimal actual) {
    BigDecimal span = indicator.target().subtract(indicator.baseline());
    if (span.signum() == 0) {
      return actual.compareTo(indicator.target()) == 0 ? Rating.MET : Rating.NO_PROGRESS;
    }
    BigDecimal achieved =
        actual.subtract(indicator.baseline()).divide(span, 6, RoundingMode.HALF_UP);
    BigDecimal expectedShare =
        expected.subtract(indicator.baseline()).divide(span, 6, RoundingMode.HALF_UP);
    if (achieved.compareTo(BigDecimal.ONE) >= 0) {
      return Rating.MET;
    }
    if (achieved.signum() <= 0) {
      return Rating.NO_PROGRESS;
    }
    return achieved.compareTo(expectedShare.multiply(ON_TRACK_SHARE)) >= 0
        ? Rating.ON_TRACK
        : Rating.CONSTRAINED;
  }

  private static BigDecimal elapsed(LocalDate start, LocalDate end, LocalDate at) {
    long total = ChronoUnit.DAYS.between(start, end.plusDays(1));
    long passed = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(start, at.plusDays(1))));
    return BigDecimal.valueOf(passed).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP);
  }
}
