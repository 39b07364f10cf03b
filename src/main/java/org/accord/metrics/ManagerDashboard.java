package org.accord.metrics;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.plan.KpiActuals;
import org.accord.plan.KpiStanding;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
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

  private static final Duration UNUSED_FOR = Duration.ofMinutes(30);

  /**
   * @param asOf when the snapshot was taken
   * @param refreshSeconds the figures are never older than this when served
   * @param pledges what partners pledged to published opportunities, by currency: not committed
   * @param planKpis this year's KPIs of the plan in force, over all agreements whatever the filter;
   *     null when no plan covers this year
   */
  public record Figures(
      OffsetDateTime asOf,
      long refreshSeconds,
      MetricsFilter filter,
      Pipeline.View pipeline,
      FundsFigures.View funds,
      OpportunityPledges.View pledges,
      CycleTimes.View cycleTimes,
      Bottlenecks.View bottlenecks,
      Map<Priority, ResultsRollup.Achievement> results,
      Map<String, DecisionRates.Rates> rates,
      KpiStanding planKpis) {}

  private final Pipeline pipeline;
  private final FundsFigures funds;
  private final OpportunityPledges pledges;
  private final CycleTimes cycleTimes;
  private final Bottlenecks bottlenecks;
  private final ResultsRollup results;
  private final DecisionRates rates;
  private final KpiActuals kpis;
  private final MetricsMapper metrics;
  private final Clock clock;
  private final TransactionTemplate snapshot;
  private final Meter.MeterProvider<Timer> computations;
  private final Duration refreshEvery;
  private final TaskScheduler scheduler;
  private final LoadingCache<MetricsFilter, Figures> cache;

  ManagerDashboard(
      Pipeline pipeline,
      FundsFigures funds,
      OpportunityPledges pledges,
      CycleTimes cycleTimes,
      Bottlenecks bottlenecks,
      ResultsRollup results,
      DecisionRates rates,
      KpiActuals kpis,
      MetricsMapper metrics,
      Clock clock,
      PlatformTransactionManager transactions,
      MeterRegistry registry,
      TaskScheduler scheduler,
      @Value("${accord.metrics.dashboard-refresh:PT5M}") Duration refreshEvery) {
    this.pipeline = pipeline;
    this.funds = funds;
    this.pledges = pledges;
    this.cycleTimes = cycleTimes;
    this.bottlenecks = bottlenecks;
    this.results = results;
    this.rates = rates;
    this.kpis = kpis;
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
    this.scheduler = scheduler;
    this.refreshEvery = refreshEvery;
    // Caffeine's own refresh goes by the system's ticker; whether figures may still be served goes
    // by Accord's clock, which stamps them (and which tests move).
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(500)
            .refreshAfterWrite(refreshEvery.dividedBy(2))
            .expireAfterAccess(UNUSED_FOR)
            .build(this::compute);
  }

  /** The figures of the filter, never older than the refresh interval. */
  public Figures figures(MetricsFilter filter) {
    Figures cached = cache.get(filter);
    if (isFresh(cached)) {
      return cached;
    }
    // Too old to show: computed now, once, for this view and any other waiting for the same.
    return cache
        .asMap()
        .compute(
            filter,
            (same, current) -> current != null && isFresh(current) ? current : compute(same));
  }

  /** The landing figures: at start-up, then whenever half the refresh interval old. */
  @EventListener(ApplicationReadyEvent.class)
  public void keepTheLandingFiguresFresh() {
    scheduler.scheduleWithFixedDelay(
        () -> cache.refresh(MetricsFilter.ALL), refreshEvery.dividedBy(2));
  }

  /** Taken less than the refresh interval ago (and not after now: tests move the clock back). */
  private boolean isFresh(Figures figures) {
    Instant now = clock.instant();
    Instant asOf = figures.asOf().toInstant();
    return !asOf.isAfter(now) && asOf.plus(refreshEvery).isAfter(now);
  }

  /** One snapshot: the sections are read in one transaction, so that their numbers agree. */
  private Figures compute(MetricsFilter filter) {
    long started = System.nanoTime();
    Figures figures =
        snapshot.execute(
            transaction -> {
              metrics.sortInMemory();
              metrics.onOneCore();
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
        refreshEvery.toSeconds(),
        filter,
        pipeline.view(filter),
        funds.view(filter),
        pledges.view(filter),
        cycleTimes.view(filter),
        bottlenecks.view(filter),
        results.view(filter),
        rates.view(filter),
        kpis.thisYear().orElse(null));
  }
}
