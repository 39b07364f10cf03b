package org.accord.metrics.web;

import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.metrics.Bottlenecks;
import org.accord.metrics.CycleTimes;
import org.accord.metrics.DecisionRates;
import org.accord.metrics.FundsFigures;
import org.accord.metrics.ManagerDashboard;
import org.accord.metrics.MetricsFilter;
import org.accord.metrics.OpportunityPledges;
import org.accord.metrics.Pipeline;
import org.accord.metrics.ResultsRollup;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The managers' figures as JSON, each section of the dashboard on its own and all of them at once,
 * from one snapshot; every one takes the filters priority, region, donor, from and to (proposal
 * dates, ISO).
 */
@RestController
@RequestMapping("/api/metrics")
class MetricsController {

  private final ManagerDashboard dashboard;
  private final CurrentUser currentUser;

  MetricsController(ManagerDashboard dashboard, CurrentUser currentUser) {
    this.dashboard = dashboard;
    this.currentUser = currentUser;
  }

  @GetMapping("/pipeline")
  Pipeline.View pipeline(MetricsFilter filter) {
    return figures(filter).pipeline();
  }

  /** Pledged, committed, received, spent and balance; receivables by age; expected receipts. */
  @GetMapping("/funds")
  FundsFigures.View funds(MetricsFilter filter) {
    return figures(filter).funds();
  }

  /** Pledged to published opportunities, by currency; apart from committed. */
  @GetMapping("/pledges")
  OpportunityPledges.View pledges(MetricsFilter filter) {
    return figures(filter).pledges();
  }

  @GetMapping("/cycle-times")
  CycleTimes.View cycleTimes(MetricsFilter filter) {
    return figures(filter).cycleTimes();
  }

  @GetMapping("/bottlenecks")
  Bottlenecks.View bottlenecks(MetricsFilter filter) {
    return figures(filter).bottlenecks();
  }

  @GetMapping("/results")
  Map<Priority, ResultsRollup.Achievement> results(MetricsFilter filter) {
    return figures(filter).results();
  }

  @GetMapping("/rates")
  Map<String, DecisionRates.Rates> rates(MetricsFilter filter) {
    return figures(filter).rates();
  }

  /** What the dashboard page draws. */
  @GetMapping("/dashboard")
  ManagerDashboard.Figures dashboard(MetricsFilter filter) {
    return figures(filter);
  }

  private ManagerDashboard.Figures figures(MetricsFilter filter) {
    requireManager();
    return dashboard.figures(filter);
  }

  private void requireManager() {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("The managers' figures are for managers");
    }
  }
}
