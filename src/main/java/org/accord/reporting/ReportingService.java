package org.accord.reporting;

import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementActivated;
import org.accord.reporting.persistence.ReportingPeriodMapper;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Monitoring and evaluation of active agreements: their reporting schedule. */
@Service
public class ReportingService {

  private final ReportingPeriodMapper periods;
  private final ReportingProperties properties;

  ReportingService(ReportingPeriodMapper periods, ReportingProperties properties) {
    this.periods = periods;
    this.properties = properties;
  }

  /** The schedule is made when the agreement becomes ACTIVE, in the same transaction. */
  @EventListener
  @Transactional
  public void scheduleReports(AgreementActivated activated) {
    Agreement agreement = activated.agreement();
    if (!periods.findByAgreement(agreement.id()).isEmpty()) {
      return;
    }
    ReportingSchedule.of(
            agreement.startDate(),
            agreement.endDate(),
            agreement.reportingFrequency(),
            properties.dueAfterPeriodEnd())
        .forEach(period -> periods.insert(agreement.id(), period));
  }

  public List<ReportingPeriod> periodsOf(long agreementId) {
    return periods.findByAgreement(agreementId);
  }
}
