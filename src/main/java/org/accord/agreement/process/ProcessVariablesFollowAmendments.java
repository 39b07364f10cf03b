package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.AgreementService;
import org.accord.partner.PartnerService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement's process shows its terms in every form (the evaluation's included): after an
 * amendment, the forms show the amended terms.
 */
@Component
class ProcessVariablesFollowAmendments {

  private final AgreementService agreements;
  private final PartnerService partners;
  private final RuntimeService runtimeService;

  ProcessVariablesFollowAmendments(
      AgreementService agreements, PartnerService partners, RuntimeService runtimeService) {
    this.agreements = agreements;
    this.partners = partners;
    this.runtimeService = runtimeService;
  }

  @EventListener
  public void amended(AgreementAmended amended) {
    Agreement after = amended.after();
    runtimeService.setVariables(
        after.processInstanceId(),
        ProposalVariables.of(
            after,
            partners.require(after.partnerCode()),
            agreements.resultsFramework(after.reference())));
  }
}
