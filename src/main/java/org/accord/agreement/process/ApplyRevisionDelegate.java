package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Revision;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Writes the initiator's corrections to the agreement. Runs in the transaction that completes
 * {@code reviseProposal}: an invalid revision fails the completion and the task stays open.
 */
@Component
class ApplyRevisionDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final FormFacts formFacts;

  ApplyRevisionDelegate(AgreementService agreements, FormFacts formFacts) {
    this.agreements = agreements;
    this.formFacts = formFacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      Revision revision = ProposalVariables.revisionFrom(execution, violations);
      violations.throwIfAny();
      Agreement revised = agreements.revise(execution.getProcessBusinessKey(), revision);
      execution.setVariables(formFacts.of(revised));
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }
}
