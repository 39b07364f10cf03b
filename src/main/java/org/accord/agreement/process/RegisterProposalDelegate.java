package org.accord.agreement.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.AGREEMENT_REFERENCE;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Proposal;
import org.accord.partner.PartnerService;
import org.accord.security.AuthorizationGrants;
import org.accord.security.CurrentUser;
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
  private final CurrentUser currentUser;
  private final AuthorizationGrants grants;
  private final FormFacts formFacts;

  RegisterProposalDelegate(
      AgreementService agreements,
      PartnerService partners,
      CurrentUser currentUser,
      AuthorizationGrants grants,
      FormFacts formFacts) {
    this.agreements = agreements;
    this.partners = partners;
    this.currentUser = currentUser;
    this.grants = grants;
    this.formFacts = formFacts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(AGREEMENT_REFERENCE);
    Agreement agreement =
        reference != null ? unattached(reference) : registerFromStartForm(execution);
    agreements.attachProcess(agreement.reference(), execution.getProcessInstanceId());
    grants.forAgreement(
        partners.require(agreement.partnerCode()).donorGroup(), execution.getProcessInstanceId());
    execution.setProcessBusinessKey(agreement.reference());
    execution.setVariables(formFacts.of(agreement));
  }

  /** A process is started for an agreement once: a client cannot attach a second one. */
  private Agreement unattached(String reference) {
    return agreements
        .find(reference)
        .filter(agreement -> agreement.processInstanceId() == null)
        .orElseThrow(
            () ->
                FormRejection.of(
                    new InvalidInputException(
                        AGREEMENT_REFERENCE, "is not a proposal waiting for its process")));
  }

  private Agreement registerFromStartForm(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      Proposal proposal = ProposalVariables.proposalFrom(execution, violations);
      violations.throwIfAny();
      return agreements.register(proposal, starter());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  /** Who submitted the start form: the authenticated user, not a variable a client could set. */
  private String starter() {
    String user = currentUser.id();
    if (user == null) {
      throw FormRejection.of(
          new InvalidInputException("initiator", "a proposal is submitted by a logged-in user"));
    }
    return user;
  }
}
