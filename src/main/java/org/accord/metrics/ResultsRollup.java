package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.AcceptedActual;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.Rating;
import org.accord.results.IndicatorPlan;
import org.accord.results.Measure;
import org.springframework.stereotype.Component;

/**
 * Indicator achievement per ITU-D priority: each indicator of the chosen agreements counts once,
 * with its latest accepted actual rated by {@link ProgressRating}, the rule of the progress view.
 */
@Component
public class ResultsRollup {

  /** How many indicators have each rating, and their share in percent. */
  public record Achievement(
      long indicators, Map<Rating, Long> counts, Map<Rating, BigDecimal> percent) {}

  private final MetricsMapper metrics;
  private final Clock clock;

  ResultsRollup(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /** Only the priorities with a rated indicator. */
  public Map<Priority, Achievement> view(MetricsFilter filter) {
    Map<Priority, Map<Rating, Long>> counts = new EnumMap<>(Priority.class);
    for (AcceptedActual actual : metrics.latestAcceptedActuals(filter.selection(clock.getZone()))) {
      Rating rating = rating(actual);
      if (rating != null) {
        counts
            .computeIfAbsent(Priority.valueOf(actual.priority()), priority -> zeroes())
            .merge(rating, 1L, Long::sum);
      }
    }
    Map<Priority, Achievement> byPriority = new EnumMap<>(Priority.class);
    counts.forEach(
        (priority, ratings) -> {
          long total = ratings.values().stream().mapToLong(Long::longValue).sum();
          Map<Rating, BigDecimal> percent = new EnumMap<>(Rating.class);
          ratings.forEach((rating, count) -> percent.put(rating, Percent.of(count, total)));
          byPriority.put(priority, new Achievement(total, ratings, percent));
        });
    return byPriority;
  }

  /** By the same rule as an agreement's progress: the officer's for qualitative indicators. */
  private static Rating rating(AcceptedActual actual) {
    Measure measure = Measure.valueOf(actual.measure());
    if (measure == Measure.QUALITATIVE) {
      return actual.rating() == null ? null : Rating.valueOf(actual.rating());
    }
    if (actual.value() == null) {
      // Reported as qualitative under a code an amendment has since made numeric.
      return null;
    }
    IndicatorPlan plan =
        new IndicatorPlan(null, null, null, measure, actual.baseline(), actual.target(), null);
    BigDecimal expected =
        ProgressRating.expected(plan, actual.startDate(), actual.endDate(), actual.periodEndsOn());
    return ProgressRating.rate(plan, expected, actual.value());
  }

  private static Map<Rating, Long> zeroes() {
    Map<Rating, Long> zeroes = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      zeroes.put(rating, 0L);
    }
    return zeroes;
  }
}
