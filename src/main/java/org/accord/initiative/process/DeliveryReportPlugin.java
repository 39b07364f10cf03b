package org.accord.initiative.process;

import static org.accord.initiative.InitiativeMembershipProcess.Variables.*;

import java.math.BigDecimal;
import java.util.List;
import org.accord.initiative.InitiativeInput.DeliveryReport;
import org.accord.initiative.InitiativeMembershipProcess;
import org.accord.initiative.Memberships;
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
 * Records the yearly report a member's task is completed with, in the same transaction: a wrong
 * figure is refused with a 400 naming the field and the task stays open. The form's values are then
 * cleared, so that next year's form starts empty.
 */
@Component
class DeliveryReportPlugin extends UserTaskPlugin {

  private static final List<String> FORM =
      List.of(DELIVERED_CASH, DELIVERED_IN_KIND, DELIVERED_PERSON_DAYS, DELIVERY_NOTE);

  private final Memberships memberships;
  private final CurrentUser currentUser;

  DeliveryReportPlugin(@Lazy Memberships memberships, CurrentUser currentUser) {
    this.memberships = memberships;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(InitiativeMembershipProcess.Tasks.REPORT_COMMITMENTS)) {
      task.whenCompleted(this::reported);
    }
  }

  private void reported(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      FormValues form = new FormValues(execution, violations);
      BigDecimal personDays = form.decimal(DELIVERED_PERSON_DAYS);
      violations.throwIfAny();
      memberships.report(
          ((Number) execution.getVariable(MEMBERSHIP_ID)).longValue(),
          new DeliveryReport(
              form.text(DELIVERED_CASH),
              form.text(DELIVERED_IN_KIND),
              personDays,
              form.text(DELIVERY_NOTE)),
          currentUser.actor());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
    execution.removeVariables(FORM);
  }
}
