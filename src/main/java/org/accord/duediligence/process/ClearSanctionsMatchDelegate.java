package org.accord.duediligence.process;

import static org.accord.duediligence.SanctionsReviewProcess.Variables.LIST_ENTRY_REFERENCE;
import static org.accord.duediligence.SanctionsReviewProcess.Variables.PARTNER_CODE;

import org.accord.duediligence.SanctionsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A false positive: remembered, so that the same partner and listed entry are not raised again. */
@Component
class ClearSanctionsMatchDelegate implements JavaDelegate {

  private final SanctionsService sanctions;

  ClearSanctionsMatchDelegate(SanctionsService sanctions) {
    this.sanctions = sanctions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sanctions.clearMatch(
        (String) execution.getVariable(PARTNER_CODE),
        (String) execution.getVariable(LIST_ENTRY_REFERENCE));
  }
}
