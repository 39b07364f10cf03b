package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD;

import org.accord.agreement.AgreementAmended;
import org.accord.reporting.ProgressReportingProcess;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingPeriods;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When an amendment moves the end date, the reporting schedule follows, in the engine too: a period
 * whose dates moved gets its timer moved, and a new period a new {@code progress-reporting}
 * instance in the running multi-instance call activity of the agreement's process.
 */
@Component
class ScheduleFollowsAmendments {

  private final ReportingPeriods reporting;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  ScheduleFollowsAmendments(
      ReportingPeriods reporting,
      RuntimeService runtimeService,
      ManagementService managementService) {
    this.reporting = reporting;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @EventListener
  public void endDateMoved(AgreementAmended amended) {
    if (amended.before().endDate().equals(amended.after().endDate())) {
      return;
    }
    String agreementProcess = amended.after().processInstanceId();
    for (ReportingPeriod period : reporting.reschedule(amended.after())) {
      ProcessInstance reportingProcess =
          runtimeService
              .createProcessInstanceQuery()
              .superProcessInstanceId(agreementProcess)
              .processDefinitionKey(ProgressReportingProcess.KEY)
              .variableValueEquals(REPORTING_PERIOD, period.number())
              .singleResult();
      if (reportingProcess == null) {
        runtimeService
            .createProcessInstanceModification(agreementProcess)
            .startBeforeActivity(ProgressReportingProcess.CALL_ACTIVITY)
            .setVariableLocal(REPORTING_PERIOD, period.number())
            .execute();
      } else {
        Job periodEnd =
            managementService
                .createJobQuery()
                .processInstanceId(reportingProcess.getId())
                .activityId(ProgressReportingProcess.PERIOD_ENDED_TIMER)
                .singleResult();
        if (periodEnd != null) {
          managementService.setJobDuedate(
              periodEnd.getId(), ReportingCycle.startOf(period.endsOn().plusDays(1)));
        }
      }
    }
  }
}
