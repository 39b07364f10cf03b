package org.accord.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.Rating;
import org.accord.results.IndicatorPlan;
import org.accord.results.Measure;

/**
 * An indicator's latest accepted actual, with the plan of the agreement's current results framework
 * it is rated against.
 */
public record AcceptedActual(
    String indicatorCode,
    String measure,
    BigDecimal baseline,
    BigDecimal target,
    LocalDate startDate,
    LocalDate endDate,
    LocalDate periodEndsOn,
    BigDecimal value,
    String rating) {

  /**
   * Where the indicator stands, by the rule of the progress view: the officer's rating for a
   * qualitative indicator; none for a value reported as qualitative under a code an amendment has
   * since made numeric.
   */
  public Rating standing() {
    Measure planned = Measure.valueOf(measure);
    if (planned == Measure.QUALITATIVE) {
      return rating == null ? null : Rating.valueOf(rating);
    }
    if (value == null) {
      return null;
    }
    IndicatorPlan plan = new IndicatorPlan(null, null, null, planned, baseline, target, null);
    return ProgressRating.rate(
        plan, ProgressRating.expected(plan, startDate, endDate, periodEndsOn), value);
  }
}
