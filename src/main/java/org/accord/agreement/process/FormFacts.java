package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.DonorRequirements;
import org.accord.partner.PartnerService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/** The read-only facts reviewers see in their forms: the agreement, its partner, its donor. */
@Component
class FormFacts {

  private final AgreementService agreements;
  private final PartnerService partners;
  private final DonorRequirements donors;

  FormFacts(AgreementService agreements, PartnerService partners, DonorRequirements donors) {
    this.agreements = agreements;
    this.partners = partners;
    this.donors = donors;
  }

  VariableMap of(Agreement agreement) {
    return ProposalVariables.of(
        agreement,
        partners.require(agreement.partnerCode()),
        agreements.coPartners(agreement.reference()).stream().map(partners::require).toList(),
        agreements.resultsFramework(agreement.reference()),
        agreements.fundingTerms(agreement.reference()),
        donors.summary(agreement.partnerCode()));
  }
}
