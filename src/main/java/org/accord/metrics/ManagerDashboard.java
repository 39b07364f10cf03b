package org.accord.metrics;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.accord.agreement.Priority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Every figure of the managers' dashboard at once, as the page draws it. */
@Component
public class ManagerDashboard {

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
  private final Clock clock;

  ManagerDashboard(
      Pipeline pipeline,
      CycleTimes cycleTimes,
      Bottlenecks bottlenecks,
      ResultsRollup results,
      DecisionRates rates,
      Clock clock) {
    this.pipeline = pipeline;
    this.cycleTimes = cycleTimes;
    this.bottlenecks = bottlenecks;
    this.results = results;
    this.rates = rates;
    this.clock = clock;
  }

  /** One snapshot: the sections are read in one transaction, so that their numbers agree. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Figures figures(MetricsFilter filter) {
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
