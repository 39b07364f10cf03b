package org.accord.agreement.process;

import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Keeps the agreement's status in step with the process. The BPMN names the status at each stage:
 * {@code ${agreementStatus.moveTo(execution, 'SCREENING')}}.
 */
@Component("agreementStatus")
public class AgreementStatusListener {

  private final AgreementService agreements;
  private final IdentityService identityService;

  AgreementStatusListener(AgreementService agreements, IdentityService identityService) {
    this.agreements = agreements;
    this.identityService = identityService;
  }

  public void moveTo(DelegateExecution execution, String status) {
    agreements.changeStatus(
        execution.getProcessBusinessKey(), AgreementStatus.valueOf(status), currentUser());
  }

  private String currentUser() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
