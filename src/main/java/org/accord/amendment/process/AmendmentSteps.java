package org.accord.amendment.process;

import static org.accord.amendment.process.AgreementAmendmentProcess.Variables.AMENDMENT_NUMBER;

import org.accord.amendment.AmendmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the amendment process does to the amendment record: {@code
 * ${amendmentSteps.apply(execution)}} when the donor agreed, reject or withdraw otherwise.
 */
@Component("amendmentSteps")
public class AmendmentSteps {

  private final AmendmentService amendments;

  AmendmentSteps(AmendmentService amendments) {
    this.amendments = amendments;
  }

  public void apply(DelegateExecution execution) {
    amendments.approve(execution.getProcessBusinessKey(), number(execution));
  }

  public void reject(DelegateExecution execution) {
    amendments.reject(execution.getProcessBusinessKey(), number(execution));
  }

  public void withdraw(DelegateExecution execution) {
    amendments.withdraw(execution.getProcessBusinessKey(), number(execution));
  }

  private static int number(DelegateExecution execution) {
    return ((Number) execution.getVariable(AMENDMENT_NUMBER)).intValue();
  }
}
