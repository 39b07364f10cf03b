package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.DecisionCount;
import org.springframework.stereotype.Component;

/**
 * At each stage where someone says yes or no: how often they approved, rejected, or sent the work
 * back (REVISE, RETURN, REQUEST_CHANGES). Findings and signatures are not such decisions.
 */
@Component
public class DecisionRates {

  enum Outcome {
    APPROVED,
    REJECTED,
    SENT_BACK
  }

  /** The decision variables' values of the process API, by what they mean. */
  private static final Map<String, Outcome> OUTCOMES =
      Map.of(
          "ACCEPT", Outcome.APPROVED,
          "APPROVE", Outcome.APPROVED,
          "ACCEPT_RISK", Outcome.APPROVED,
          "REJECT", Outcome.REJECTED,
          "DECLINE", Outcome.REJECTED,
          "REVISE", Outcome.SENT_BACK,
          "RETURN", Outcome.SENT_BACK,
          "REQUEST_CHANGES", Outcome.SENT_BACK);

  /** Counts and their shares of the stage's decisions, in percent. */
  public record Rates(
      long decisions,
      long approved,
      long rejected,
      long sentBack,
      BigDecimal approvalRate,
      BigDecimal rejectionRate,
      BigDecimal sendBackRate) {

    static final Rates NONE = new Rates(0, 0, 0, 0, null, null, null);

    Rates plus(Outcome outcome, long count) {
      long total = decisions + count;
      long yes = approved + (outcome == Outcome.APPROVED ? count : 0);
      long no = rejected + (outcome == Outcome.REJECTED ? count : 0);
      long back = sentBack + (outcome == Outcome.SENT_BACK ? count : 0);
      return new Rates(
          total,
          yes,
          no,
          back,
          Percent.of(yes, total),
          Percent.of(no, total),
          Percent.of(back, total));
    }
  }

  private final MetricsMapper metrics;
  private final Clock clock;

  DecisionRates(MetricsMapper metrics, Clock clock) {
    this.metrics = metrics;
    this.clock = clock;
  }

  /** By the stage's task key. */
  public Map<String, Rates> view(MetricsFilter filter) {
    Map<String, Rates> byStage = new TreeMap<>();
    for (DecisionCount count : metrics.decisions(filter.selection(clock.getZone()))) {
      Outcome outcome = OUTCOMES.get(count.decision());
      if (outcome != null) {
        byStage.put(
            count.stage(),
            byStage.getOrDefault(count.stage(), Rates.NONE).plus(outcome, count.decisions()));
      }
    }
    return byStage;
  }
}
