package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.agreement.AgreementStatus;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.Durations;
import org.springframework.stereotype.Component;

/**
 * How long things take, from the history: each stay in a status (from the agreements' status
 * history), proposal to ACTIVE end to end, and each user task (from Camunda's task history). Only
 * what has finished counts; what is still under way shows among the bottlenecks.
 */
@Component
public class CycleTimes {

  /** Median and 90th percentile in days, over {@code count} finished stays or tasks. */
  public record Spread(long count, BigDecimal medianDays, BigDecimal p90Days) {

    static Spread of(Durations durations) {
      return new Spread(durations.count(), durations.medianDays(), durations.p90Days());
    }
  }

  /** Stages in the order of the lifecycle; tasks in the order they first occurred. */
  public record View(
      Map<AgreementStatus, Spread> stages, Spread proposalToActive, Map<String, Spread> tasks) {}

  private final MetricsMapper metrics;
  private final Clock clock;

  CycleTimes(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public View view(MetricsFilter filter) {
    MetricsFilter.Selection selection = filter.selection(clock.getZone());
    Map<AgreementStatus, Spread> stages = new EnumMap<>(AgreementStatus.class);
    metrics
        .stageDurations(selection)
        .forEach(row -> stages.put(AgreementStatus.valueOf(row.label()), Spread.of(row)));
    Map<String, Spread> tasks = new LinkedHashMap<>();
    metrics.taskDurations(selection).forEach(row -> tasks.put(row.label(), Spread.of(row)));
    return new View(stages, Spread.of(metrics.proposalToActive(selection)), tasks);
  }
}
