package org.accord.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.metrics.persistence.MetricsMapper;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every figure of the managers' dashboard at once, as the page draws it. The figures of a filter
 * are computed again in the background when a minute old, and served meanwhile: managers read them
 * as of a time the page shows, and a million agreements' history is not read for every view. The
 * unfiltered figures, the page managers land on, are computed at start-up. Each section of the API
 * is taken from the same figures, so that page and API agree.
 */
@Component
public class ManagerDashboard {

  private static final Duration FRESH_FOR = Duration.ofMinutes(1);
  private static final Duration UNUSED_FOR = Duration.ofMinutes(30);

  public record Figures(
      OffsetDateTime asOf,
      MetricsFilter filter,
      Pipeline.View pipeline,
      CycleTimes.View cycleTimes,
      Bottlenecks.View bottlenecks,
      Map<Priority, ResultsRollup.Achievement> results,
      Map<String, DecisionRates.Rates> rates) {}

  private final Pipeline pipeline;
  private final CycleTimes cycleTimes;
  private final Bottlenecks bottlenecks;
  private final ResultsRollup results;
  private final DecisionRates rates;
  private final MetricsMapper metrics;
  private final Clock clock;
  private final TransactionTemplate snapshot;
  private final Meter.MeterProvider<Timer> computations;
  private final LoadingCache<MetricsFilter, Figures> cache =
      Caffeine.newBuilder()
          .maximumSize(500)
          .refreshAfterWrite(FRESH_FOR)
          .expireAfterAccess(UNUSED_FOR)
          .build(this::compute);

  ManagerDashboard(
      Pipeline pipeline,
      CycleTimes cycleTimes,
      Bottlenecks bottlenecks,
      ResultsRollup results,
      DecisionRates rates,
      MetricsMapper metrics,
      Clock clock,
      PlatformTransactionManager transactions,
      MeterRegistry registry) {
    this.pipeline = pipeline;
    this.cycleTimes = cycleTimes;
    this.bottlenecks = bottlenecks;
    this.results = results;
    this.rates = rates;
    this.metrics = metrics;
    this.clock = clock;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    this.computations =
        Timer.builder("accord.dashboard.computation")
            .description(
                "Time to compute the managers' figures of a filter (none: the landing page)")
            .withRegistry(registry);
  }

  /** The figures of the filter, a minute old or a little more while they are being refreshed. */
  public Figures figures(MetricsFilter filter) {
    return cache.get(filter);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void computeTheLandingFigures() {
    cache.refresh(MetricsFilter.ALL);
  }

  /** One snapshot: the sections are read in one transaction, so that their numbers agree. */
  private Figures compute(MetricsFilter filter) {
    long started = System.nanoTime();
    Figures figures =
        snapshot.execute(
            transaction -> {
              metrics.sortInMemory();
              return snapshotOf(filter);
            });
    computations
        .withTag("filter", filter.equals(MetricsFilter.ALL) ? "none" : "some")
        .record(Duration.ofNanos(System.nanoTime() - started));
    return figures;
  }

  private Figures snapshotOf(MetricsFilter filter) {
    return new Figures(
        OffsetDateTime.now(clock),
        filter,
        pipeline.view(filter),
        cycleTimes.view(filter),
        bottlenecks.view(filter),
        results.view(filter),
        rates.view(filter));
  }
}
