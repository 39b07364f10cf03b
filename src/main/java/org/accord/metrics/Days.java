package org.accord.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Durations as managers read them: days, to the thousandth (about a minute and a half). */
final class Days {

  private static final BigDecimal MILLIS_A_DAY = BigDecimal.valueOf(Duration.ofDays(1).toMillis());

  private Days() {}

  static BigDecimal of(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis()).divide(MILLIS_A_DAY, 3, RoundingMode.HALF_UP);
  }
}
