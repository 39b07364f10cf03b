package org.accord.notification.process;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
    if (model.get("amount") instanceof String amount && amount.matches("\\d+(\\.\\d+)?")) {
      // Amounts as a reader writes them: 250,000.00, not 250000.00.
      model.put(
          "amount",
          new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
              .format(new BigDecimal(amount)));
    }
    model.put("tasklist", tasklistLink(null));
    return model;
  }

  String tasklistLink(String taskId) {
    String tasklist = properties.publicUrl() + "/camunda/app/tasklist/default/";
    return taskId == null ? tasklist : tasklist + "#/?task=" + taskId;
  }
}
