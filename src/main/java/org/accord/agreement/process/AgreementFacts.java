package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What routing decisions rest on, read from Accord's tables rather than from process variables,
 * which any task completion could overwrite: the approval matrix's inputs, the donor's group, the
 * initiator. The BPMN asks for them, e.g. {@code ${agreementFacts.donorGroup(execution)}}.
 */
@Component("agreementFacts")
public class AgreementFacts {

  private final AgreementService agreements;
  private final PartnerService partners;

  AgreementFacts(AgreementService agreements, PartnerService partners) {
    this.agreements = agreements;
    this.partners = partners;
  }

  /** The USD equivalent as a decimal string, as the approval-authority decision reads it. */
  public String amountUsd(DelegateExecution execution) {
    return agreement(execution).amountUsd().toPlainString();
  }

  /** The partner's risk rating from its latest due diligence. */
  public String riskRating(DelegateExecution execution) {
    return partner(execution).riskRating();
  }

  public String donorGroup(DelegateExecution execution) {
    return partner(execution).donorGroup();
  }

  public String initiator(DelegateExecution execution) {
    return agreement(execution).initiator();
  }

  private Agreement agreement(DelegateExecution execution) {
    return agreements.require(execution.getProcessBusinessKey());
  }

  private Partner partner(DelegateExecution execution) {
    return partners.require(agreement(execution).partnerCode());
  }
}
