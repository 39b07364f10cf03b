package org.accord.metrics;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.accord.agreement.AgreementStatus;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.Mobilized;
import org.springframework.stereotype.Component;

/**
 * The pipeline as managers read it: how many agreements and how much money (in US dollars) at each
 * stage, and the agreements that reached ACTIVE (committed, signed) by priority, region, donor and
 * the month they became active. The {@code mobilizedBy…} keys keep the name clients read them by;
 * funds mobilized, as money received, are in {@link FundsFigures}.
 */
@Component
public class Pipeline {

  /** Count and USD value of a group of agreements. */
  public record Figure(
      long agreements, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal valueUsd) {

    static final Figure NONE = new Figure(0, new BigDecimal("0.00"));
  }

  /** Every status (empty ones too, so that charts keep their shape) and what was committed. */
  public record View(
      Map<AgreementStatus, Figure> byStatus,
      Map<String, Figure> mobilizedByPriority,
      Map<String, Figure> mobilizedByRegion,
      Map<String, Figure> mobilizedByDonor,
      Map<String, Figure> mobilizedByMonth) {}

  private final MetricsMapper metrics;
  private final Clock clock;

  Pipeline(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  public View view(MetricsFilter filter) {
    MetricsFilter.Selection selection = filter.selection(clock.getZone());
    Map<AgreementStatus, Figure> byStatus = new EnumMap<>(AgreementStatus.class);
    for (AgreementStatus status : AgreementStatus.values()) {
      byStatus.put(status, Figure.NONE);
    }
    metrics
        .byStatus(selection)
        .forEach(
            row ->
                byStatus.put(
                    AgreementStatus.valueOf(row.label()),
                    new Figure(row.agreements(), row.valueUsd())));
    Map<String, Figure> byPriority = new TreeMap<>();
    Map<String, Figure> byRegion = new TreeMap<>();
    Map<String, Figure> byDonor = new TreeMap<>();
    Map<String, Figure> byMonth = new TreeMap<>();
    for (Mobilized row : metrics.mobilized(selection, clock.getZone().getId())) {
      Figure figure = new Figure(row.agreements(), row.valueUsd());
      if (row.priority() != null) {
        byPriority.put(row.priority(), figure);
      } else if (row.region() != null) {
        byRegion.put(row.region(), figure);
      } else if (row.donor() != null) {
        byDonor.put(row.donor(), figure);
      } else {
        byMonth.put(row.month(), figure);
      }
    }
    return new View(byStatus, byPriority, byRegion, byDonor, byMonth);
  }
}
