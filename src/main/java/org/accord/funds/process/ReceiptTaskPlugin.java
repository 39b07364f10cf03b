package org.accord.funds.process;

import static org.accord.funds.FundsCollectionProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import org.accord.funds.FundsCollectionProcess;
import org.accord.funds.ReceiptRequest;
import org.accord.funds.Receipts;
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
 * Records the receipt finance's task is completed with, in the same transaction: a wrong entry is
 * refused with a 400 naming the field and the task stays open. The form's values are then cleared,
 * so that the next receipt's form starts empty.
 */
@Component
class ReceiptTaskPlugin extends UserTaskPlugin {

  private static final List<String> FORM =
      List.of(RECEIPT_AMOUNT, RECEIPT_CURRENCY, VALUE_DATE, BANK_REFERENCE, OVERPAYMENT);

  private final Receipts receipts;
  private final CurrentUser currentUser;

  ReceiptTaskPlugin(@Lazy Receipts receipts, CurrentUser currentUser) {
    this.receipts = receipts;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(FundsCollectionProcess.Tasks.RECORD_RECEIPT)) {
      task.whenCompleted(this::recorded);
    }
  }

  private void recorded(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      FormValues form = new FormValues(execution, violations);
      LocalDate valueDate = form.date(VALUE_DATE);
      violations.throwIfAny();
      receipts.record(
          execution.getProcessBusinessKey(),
          new ReceiptRequest(
              form.text(RECEIPT_AMOUNT),
              form.text(RECEIPT_CURRENCY),
              valueDate,
              form.text(BANK_REFERENCE),
              ((Number) execution.getVariable(INSTALMENT_NUMBER)).intValue(),
              Boolean.TRUE.equals(execution.getVariable(OVERPAYMENT))),
          currentUser.actor());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
    execution.removeVariables(FORM);
  }
}
