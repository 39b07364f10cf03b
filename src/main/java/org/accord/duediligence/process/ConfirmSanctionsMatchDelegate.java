package org.accord.duediligence.process;

import static org.accord.duediligence.SanctionsReviewProcess.Variables.LIST_ENTRY_REFERENCE;
import static org.accord.duediligence.SanctionsReviewProcess.Variables.PARTNER_CODE;

import org.accord.duediligence.SanctionsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A confirmed match: the partner's agreements are suspended and its due diligence no longer counts.
 */
@Component
class ConfirmSanctionsMatchDelegate implements JavaDelegate {

  private final SanctionsService sanctions;

  ConfirmSanctionsMatchDelegate(SanctionsService sanctions) {
    this.sanctions = sanctions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sanctions.confirmMatch(
        (String) execution.getVariable(PARTNER_CODE),
        (String) execution.getVariable(LIST_ENTRY_REFERENCE));
  }
}
