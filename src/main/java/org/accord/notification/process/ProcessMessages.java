package org.accord.notification.process;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.accord.notification.Amount;
import org.accord.notification.InstalmentDescription;
import org.accord.notification.NotificationProperties;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The values every message about an agreement can use, read from the process variables. */
@Component
class ProcessMessages {

  // The instalment is there in funds-collection: what is called, and what makes it due.
  private static final String[] AGREEMENT_FIELDS = {
    "title", "partnerName", "amount", "currency", "instalment"
  };

  private final NotificationProperties properties;

  ProcessMessages(NotificationProperties properties) {
    this.properties = properties;
  }

  Map<String, Object> model(String reference, VariableScope variables) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", reference);
    for (String field : AGREEMENT_FIELDS) {
      Object value = variables.getVariable(field);
      if (value != null) {
        model.put(field, value.toString());
      }
    }
    if (model.get("amount") instanceof String amount
        && amount.matches("\\d+(\\.\\d+)?")
        && model.get("currency") instanceof String currency) {
      // Written as each recipient's language writes amounts.
      model.put("amount", new Amount(new BigDecimal(amount), currency));
    }
    instalment(variables).ifPresent(instalment -> model.put("instalment", instalment));
    model.put("tasklist", tasklistLink(null));
    return model;
  }

  /**
   * The funds process's instalment, worded in each recipient's language; none for an instance
   * started before the process kept the instalment's count and amount (its text is English).
   */
  private static Optional<InstalmentDescription> instalment(VariableScope variables) {
    if (!(variables.getVariable("instalmentNumber") instanceof Integer number)
        || !(variables.getVariable("instalments") instanceof Integer instalments)
        || !(variables.getVariable("instalmentAmount") instanceof String amount)
        || !(variables.getVariable("instalmentCurrency") instanceof String currency)
        || !(variables.getVariable("instalmentTrigger") instanceof String trigger)) {
      return Optional.empty();
    }
    return Optional.of(
        new InstalmentDescription(
            number,
            instalments,
            new Amount(new BigDecimal(amount), currency),
            trigger,
            variables.getVariable("instalmentDueDate") instanceof String due
                ? LocalDateTime.parse(due).toLocalDate()
                : null,
            variables.getVariable("reportNumber") instanceof Integer report ? report : null));
  }

  String tasklistLink(String taskId) {
    String tasklist = properties.publicUrl() + "/camunda/app/tasklist/default/";
    return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
  }
}
