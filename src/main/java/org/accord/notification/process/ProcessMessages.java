package org.accord.notification.process;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.accord.notification.Amount;
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
    model.put("tasklist", tasklistLink(null));
    return model;
  }

  String tasklistLink(String taskId) {
    String tasklist = properties.publicUrl() + "/camunda/app/tasklist/default/";
    return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
  }
}
