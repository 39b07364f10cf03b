package org.accord.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as managers read them: percent, to a tenth. */
final class Percent {

  private Percent() {}

  /** Nothing of nothing is 0. */
  static BigDecimal of(long part, long whole) {
    return whole == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
