package org.accord.training.process;

import static org.accord.training.TrainingSessionProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.FormValues;
import org.accord.shared.process.UserTaskPlugin;
import org.accord.training.SessionClosures;
import org.accord.training.SessionClosures.NewCost;
import org.accord.training.SessionClosures.NewPartnerPayment;
import org.accord.training.TrainingSessionProcess;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Closes the session, and records the payment of the partner's share, with the forms' values in the
 * task's transaction: a wrong entry is refused with 400 naming the field and the task stays open,
 * with nothing written.
 */
@Component
class SessionClosingPlugin extends UserTaskPlugin {

  private final SessionClosures closures;
  private final CurrentUser currentUser;

  SessionClosingPlugin(@Lazy SessionClosures closures, CurrentUser currentUser) {
    this.closures = closures;
    this.currentUser = currentUser;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(Tasks.CLOSE_SESSION)) {
      task.whenCompleted(this::closed);
    } else if (task.key().equals(Tasks.SETTLE_REVENUE_SHARE)) {
      task.whenCompleted(this::settled);
    }
  }

  private void closed(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      List<NewCost> costs = costs(execution.getVariable(SESSION_COSTS), violations);
      violations.throwIfAny();
      Object confirmed = execution.getVariable(COMPLETION_CONFIRMED);
      closures.close(
          sessionId(execution),
          confirmed instanceof Boolean yes ? yes : null,
          new FormValues(execution, violations).text(COST_CURRENCY),
          costs,
          currentUser.actor());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  private void settled(DelegateExecution execution) {
    try {
      Violations violations = new Violations();
      FormValues form = new FormValues(execution, violations);
      NewPartnerPayment payment =
          new NewPartnerPayment(
              form.text(PAYMENT_AMOUNT),
              form.text(PAYMENT_CURRENCY),
              form.date(PAID_ON),
              form.text(BANK_REFERENCE));
      violations.throwIfAny();
      closures.settle(sessionId(execution), payment, currentUser.actor());
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  /**
   * The form's lines, "item: amount" each; a line without an amount is a cost the session did not
   * have (the form lists every item of the terms).
   */
  static List<NewCost> costs(Object text, Violations violations) {
    List<NewCost> costs = new ArrayList<>();
    if (text == null) {
      return costs;
    }
    for (String line : text.toString().split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int colon = line.lastIndexOf(':');
      if (colon < 0) {
        violations.add("sessionCosts", "\"" + line.strip() + "\" must read \"item: amount\"");
        continue;
      }
      String amount = line.substring(colon + 1).strip();
      if (!amount.isEmpty()) {
        costs.add(new NewCost(line.substring(0, colon).strip(), amount));
      }
    }
    return costs;
  }

  private static long sessionId(DelegateExecution execution) {
    return TrainingSessionProcess.sessionId(execution.getProcessBusinessKey()).orElseThrow();
  }
}
