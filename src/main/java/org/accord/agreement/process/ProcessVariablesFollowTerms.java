package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.ProposalTermsChanged;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement's process shows its terms in every form (the evaluation's included): after an
 * amendment, or a proposal's results or money terms replaced through the API, the forms show the
 * terms as they are now.
 */
@Component
class ProcessVariablesFollowTerms {

  private final FormFacts formFacts;
  private final RuntimeService runtimeService;

  ProcessVariablesFollowTerms(FormFacts formFacts, RuntimeService runtimeService) {
    this.formFacts = formFacts;
    this.runtimeService = runtimeService;
  }

  @EventListener
  public void amended(AgreementAmended amended) {
    follow(amended.after());
  }

  @EventListener
  public void proposalChanged(ProposalTermsChanged changed) {
    follow(changed.proposal());
  }

  private void follow(Agreement agreement) {
    if (agreement.processInstanceId() != null) {
      runtimeService.setVariables(agreement.processInstanceId(), formFacts.of(agreement));
    }
  }
}
