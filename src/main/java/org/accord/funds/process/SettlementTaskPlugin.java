package org.accord.funds.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.*;

import java.time.LocalDate;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.funds.BalanceSettlements;
import org.accord.funds.SettlementRequest;
import org.accord.security.CurrentUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.FormValues;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Records the settlement finance's task is completed with, in the same transaction: a wrong entry
 * is refused with a 400 naming the field and the task stays open, so the agreement does not close.
 */
@Component
class SettlementTaskPlugin extends UserTaskPlugin {

  private final BalanceSettlements settlements;
  private final CurrentUser currentUser;

  SettlementTaskPlugin(@Lazy BalanceSettlements settlements, CurrentUser currentUser) {
    this.settlements = settlements;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(PartnershipAgreementProcess.Tasks.SETTLE_BALANCE)) {
      task.whenCompleted(this::settled);
    }
  }

  private void settled(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      FormValues form = new FormValues(execution, violations);
      LocalDate refundValueDate = form.date(REFUND_VALUE_DATE);
      LocalDate donorConsentDate = form.date(DONOR_CONSENT_DATE);
      violations.throwIfAny();
      settlements.settle(
          execution.getProcessBusinessKey(),
          new SettlementRequest(
              form.text(SETTLEMENT_DECISION),
              form.text(SETTLEMENT_NOTE),
              refundValueDate,
              form.text(REFUND_BANK_REFERENCE),
              form.text(DONOR_CONSENT_REFERENCE),
              donorConsentDate),
          currentUser.actor());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }
}
