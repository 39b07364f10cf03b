package org.accord.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.accord.metrics.persistence.MetricsMapper;
import org.springframework.stereotype.Component;

/**
 * What partners pledged to the published opportunities, apart from the money of agreements: a
 * pledge is a promise that starts a concept note, not a signed agreement, so it is never committed.
 * Summed in each currency as pledged, not converted: the partner will pay in that currency.
 */
@Component
public class OpportunityPledges {

  /** The pledges in one currency and their sum, in that currency. */
  public record InCurrency(
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal pledged,
      long pledges) {}

  public record View(List<InCurrency> byCurrency) {}

  private final MetricsMapper metrics;
  private final Clock clock;

  OpportunityPledges(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public View view(MetricsFilter filter) {
    return new View(
        metrics.pledgedByCurrency(filter.selection(clock.getZone())).stream()
            .map(row -> new InCurrency(row.currency(), row.amount(), row.pledges()))
            .toList());
  }
}
