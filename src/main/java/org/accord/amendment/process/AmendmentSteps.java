package org.accord.amendment.process;

import org.accord.amendment.Amendment;
import org.accord.amendment.AmendmentService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the amendment process asks of and does to its amendment, found by the process instance, not
 * by a variable a task completion could overwrite: {@code ${amendmentSteps.major(execution)}}
 * routes it, {@code ${amendmentSteps.apply(execution)}} applies it when the donor agreed.
 */
@Component("amendmentSteps")
public class AmendmentSteps {

  private final AmendmentService amendments;

  AmendmentSteps(AmendmentService amendments) {
    this.amendments = amendments;
  }

  /** A budget change over 20% or a results change: the approval matrix decides again. */
  public boolean major(DelegateExecution execution) {
    return amendment(execution).type().isMajor();
  }

  /** The amended budget in US dollars, as the approval-authority decision reads it. */
  public String amountUsd(DelegateExecution execution) {
    return amendments.amendedAmountUsd(amendment(execution)).toPlainString();
  }

  public void apply(DelegateExecution execution) {
    amendments.approve(execution.getProcessBusinessKey(), amendment(execution).number());
  }

  public void reject(DelegateExecution execution) {
    amendments.reject(execution.getProcessBusinessKey(), amendment(execution).number());
  }

  public void withdraw(DelegateExecution execution) {
    amendments.withdraw(execution.getProcessBusinessKey(), amendment(execution).number());
  }

  private Amendment amendment(DelegateExecution execution) {
    return amendments.byProcess(execution.getProcessInstanceId());
  }
}
