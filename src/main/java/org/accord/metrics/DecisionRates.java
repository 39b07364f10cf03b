package org.accord.metrics;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.DecisionCount;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.Verdict;
import org.springframework.stereotype.Component;

/**
 * At each stage where someone says yes or no: how often they approved, rejected, or sent the work
 * back, by the verdict the stage's decision rule gives each decision. Findings, ratings and
 * signatures are not such decisions.
 */
@Component
public class DecisionRates {

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

    Rates plus(Verdict outcome, long count) {
      long total = decisions + count;
      long yes = approved + (outcome == Verdict.APPROVED ? count : 0);
      long no = rejected + (outcome == Verdict.REJECTED ? count : 0);
      long back = sentBack + (outcome == Verdict.SENT_BACK ? count : 0);
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
  private final Map<String, Map<String, Verdict>> verdicts;
  private final Clock clock;

  DecisionRates(MetricsMapper metrics, List<DecisionRule> rules, Clock clock) {
    this.metrics = metrics;
    this.verdicts = DecisionRule.byTask(rules);
    this.clock = clock;
  }

  /** By the stage's task key. */
  public Map<String, Rates> view(MetricsFilter filter) {
    Map<String, Rates> byStage = new TreeMap<>();
    for (DecisionCount count : metrics.decisions(filter.selection(clock.getZone()))) {
      Verdict outcome = verdicts.getOrDefault(count.stage(), Map.of()).get(count.decision());
      if (outcome != null && outcome != Verdict.RECORDED) {
        byStage.put(
            count.stage(),
            byStage.getOrDefault(count.stage(), Rates.NONE).plus(outcome, count.decisions()));
      }
    }
    return byStage;
  }
}
