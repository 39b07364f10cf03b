package org.accord.duediligence.process;

import static org.accord.duediligence.process.DueDiligenceProcess.BLOCKING;
import static org.accord.duediligence.process.DueDiligenceProcess.CLEARED;
import static org.accord.duediligence.process.DueDiligenceProcess.FAILED;
import static org.accord.duediligence.process.DueDiligenceProcess.REJECT;
import static org.accord.duediligence.process.DueDiligenceProcess.Variables.*;

import org.accord.duediligence.DueDiligenceService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Decides the outcome from the findings (any BLOCKING finding or a compliance rejection fails it)
 * and keeps it on the partner's record, so later agreements can rely on it.
 */
@Component
class RecordDueDiligenceDelegate implements JavaDelegate {

  private final DueDiligenceService dueDiligence;

  RecordDueDiligenceDelegate(DueDiligenceService dueDiligence) {
    this.dueDiligence = dueDiligence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean failed =
        BLOCKING.equals(execution.getVariable(LEGAL_FINDINGS))
            || BLOCKING.equals(execution.getVariable(FINANCIAL_FINDINGS))
            || REJECT.equals(execution.getVariable(COMPLIANCE_DECISION));
    String outcome = failed ? FAILED : CLEARED;
    dueDiligence.record(
        (String) execution.getVariable(PARTNER_CODE),
        outcome,
        (String) execution.getVariable(RISK_RATING));
    execution.setVariable(OUTCOME, outcome);
  }
}
