package org.accord.agreement.process;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement's process shows its terms in every form (the evaluation's included): after an
 * amendment, the forms show the amended terms.
 */
@Component
class ProcessVariablesFollowAmendments {

  private final FormFacts formFacts;
  private final RuntimeService runtimeService;

  ProcessVariablesFollowAmendments(FormFacts formFacts, RuntimeService runtimeService) {
    this.formFacts = formFacts;
    this.runtimeService = runtimeService;
  }

  @EventListener
  public void amended(AgreementAmended amended) {
    Agreement after = amended.after();
    runtimeService.setVariables(after.processInstanceId(), formFacts.of(after));
  }
}
