package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.Variables.FINDINGS;
import static org.accord.duediligence.DueDiligenceProcess.Variables.REQUIRED;
import static org.accord.duediligence.DueDiligenceProcess.Variables.RISK_RATING;

import java.util.Optional;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.duediligence.DueDiligenceService;
import org.accord.partner.Partner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A partner with a cleared, unexpired due diligence skips a new one and keeps its risk rating. */
@Component
class CheckDueDiligenceDelegate implements JavaDelegate {

  private final DueDiligenceService dueDiligence;

  CheckDueDiligenceDelegate(DueDiligenceService dueDiligence) {
    this.dueDiligence = dueDiligence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<Partner> valid =
        dueDiligence.validDueDiligence(
            (String) execution.getVariable(DueDiligenceProcess.Variables.PARTNER_CODE));
    execution.setVariable(REQUIRED, valid.isEmpty());
    valid.ifPresent(
        partner -> {
          execution.setVariable(RISK_RATING, partner.riskRating());
          execution.setVariable(FINDINGS, FindingsForApprovers.onRecord(partner));
        });
  }
}
