package org.accord.metrics;

import org.accord.agreement.AgreementAmended;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.reporting.Rating;
import org.accord.reporting.ReportAccepted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps where each indicator of an agreement stands, for the results rollup: rated when a report is
 * accepted, and again when an amendment may have changed the plan (targets, indicators, end date),
 * in the same transaction. The rollup is then a count, not a rating of every actual.
 */
@Component
class IndicatorStandings {

  private final MetricsMapper metrics;

  IndicatorStandings(MetricsMapper metrics) {
    this.metrics = metrics;
  }

  @EventListener
  public void reportAccepted(ReportAccepted accepted) {
    restate(accepted.agreement().id());
  }

  @EventListener
  public void amended(AgreementAmended amended) {
    restate(amended.after().id());
  }

  private void restate(long agreementId) {
    metrics.forgetStandings(agreementId);
    for (AcceptedActual actual : metrics.latestAcceptedActuals(agreementId)) {
      Rating standing = actual.standing();
      if (standing != null) {
        metrics.insertStanding(agreementId, actual.indicatorCode(), standing);
      }
    }
  }
}
