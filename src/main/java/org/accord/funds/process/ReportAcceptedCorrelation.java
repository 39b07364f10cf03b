package org.accord.funds.process;

import static org.accord.funds.FundsCollectionProcess.Variables.REPORT_NUMBER;

import org.accord.funds.FundsCollectionProcess;
import org.accord.reporting.ReportAccepted;
import org.accord.security.SystemAuthority;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An accepted progress report makes the instalments due on it fall due, in the same transaction.
 */
@Component
class ReportAcceptedCorrelation {

  private final RuntimeService runtimeService;
  private final SystemAuthority system;

  ReportAcceptedCorrelation(RuntimeService runtimeService, SystemAuthority system) {
    this.runtimeService = runtimeService;
    this.system = system;
  }

  @EventListener
  public void reportAccepted(ReportAccepted accepted) {
    system.run(
        () ->
            runtimeService
                .createMessageCorrelation(FundsCollectionProcess.Messages.REPORT_ACCEPTED)
                .processInstanceBusinessKey(accepted.agreement().reference())
                .processInstanceVariableEquals(REPORT_NUMBER, accepted.period())
                .correlateAllWithResult());
  }
}
