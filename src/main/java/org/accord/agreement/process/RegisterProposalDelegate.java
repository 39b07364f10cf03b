package org.accord.agreement.process;

import static org.accord.agreement.process.PartnershipAgreementProcess.Variables.AGREEMENT_REFERENCE;
import static org.accord.agreement.process.PartnershipAgreementProcess.Variables.INITIATOR;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Proposal;
import org.accord.partner.PartnerService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Links the process to its agreement. A proposal from {@code POST /api/agreements} is registered
 * already; one from the Tasklist start form is registered here, in the start's transaction, so a
 * rejected form leaves nothing behind.
 */
@Component
class RegisterProposalDelegate implements JavaDelegate {

  private final AgreementService agreements;
  private final PartnerService partners;

  RegisterProposalDelegate(AgreementService agreements, PartnerService partners) {
    this.agreements = agreements;
    this.partners = partners;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AGREEMENT_REFERENCE);
    Agreement agreement =
        reference != null ? agreements.require(reference) : registerFromStartForm(execution);
    agreements.attachProcess(agreement.reference(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(agreement.reference());
    execution.setVariables(
        ProposalVariables.of(agreement, partners.require(agreement.partnerCode())));
  }

  private Agreement registerFromStartForm(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      Proposal proposal = ProposalVariables.proposalFrom(execution, violations);
      violations.throwIfAny();
      return agreements.register(proposal, (String) execution.getVariable(INITIATOR));
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }
}
