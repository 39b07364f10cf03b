package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.StandingCount;
import org.accord.reporting.Rating;
import org.springframework.stereotype.Component;

/**
 * Indicator achievement per ITU-D priority: each indicator of the chosen agreements counts once,
 * where it stands by its latest accepted actual ({@link IndicatorStandings}).
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
    for (StandingCount count : metrics.standings(filter.selection(clock.getZone()))) {
      counts
          .computeIfAbsent(Priority.valueOf(count.priority()), priority -> zeroes())
          .put(Rating.valueOf(count.rating()), count.indicators());
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

  private static Map<Rating, Long> zeroes() {
    Map<Rating, Long> zeroes = new EnumMap<>(Rating.class);
    for (Rating rating : Rating.values()) {
      zeroes.put(rating, 0L);
    }
    return zeroes;
  }
}
