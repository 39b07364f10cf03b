package org.accord.agreement.process;

import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.security.CurrentUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the agreement's status in step with the process. The BPMN names the status at each stage:
 * {@code ${agreementStatus.moveTo(execution, 'SCREENING')}}.
 */
@Component("agreementStatus")
public class AgreementStatusListener {

  private final AgreementService agreements;
  private final CurrentUser currentUser;

  AgreementStatusListener(AgreementService agreements, CurrentUser currentUser) {
    this.agreements = agreements;
    this.currentUser = currentUser;
  }

  public void moveTo(DelegateExecution execution, String status) {
    agreements.changeStatus(
        execution.getProcessBusinessKey(), AgreementStatus.valueOf(status), currentUser.id());
  }
}
