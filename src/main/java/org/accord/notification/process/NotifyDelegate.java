package org.accord.notification.process;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.Partner;
import org.accord.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The message events of the processes. Each names, as input parameters, its {@code template}, its
 * {@code audience} (any of initiator, donor, managers) and, optionally, the {@code reasonVariable}
 * whose text explains a decision. Queuing is a row in the engine's transaction, so a rolled-back
 * step sends nothing and a retried one queues nothing twice.
 */
@Component
class NotifyDelegate implements JavaDelegate {

  private final NotificationService notifications;
  private final Audience audience;
  private final ProcessMessages messages;
  private final AgreementService agreements;

  NotifyDelegate(
      NotificationService notifications,
      Audience audience,
      ProcessMessages messages,
      AgreementService agreements) {
    this.notifications = notifications;
    this.audience = audience;
    this.messages = messages;
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    Map<String, Object> model = messages.model(reference, execution);
    model.put("event", execution.getCurrentActivityName());
    Object reasonVariable = execution.getVariableLocal("reasonVariable");
    if (reasonVariable != null && execution.getVariable(reasonVariable.toString()) != null) {
      model.put("reason", execution.getVariable(reasonVariable.toString()).toString());
    }
    notifications.queue(
        new Message(
            execution.getProcessInstanceId() + ":" + execution.getActivityInstanceId(),
            (String) execution.getVariableLocal("template"),
            reference,
            recipients((String) execution.getVariableLocal("audience"), execution),
            model));
  }

  private Set<String> recipients(String audienceNames, DelegateExecution execution) {
    Set<String> recipients = new LinkedHashSet<>();
    for (String name : audienceNames.split(",")) {
      switch (name.strip()) {
        case "initiator" ->
            agreement(execution)
                .ifPresent(agreement -> recipients.addAll(audience.ofUser(agreement.initiator())));
        case "donor" ->
            agreement(execution)
                .map(agreement -> Partner.donorGroupOf(agreement.partnerCode()))
                .ifPresent(group -> recipients.addAll(audience.ofGroups(List.of(group))));
        case "managers" -> recipients.addAll(audience.ofGroups(List.of(Roles.MANAGERS)));
        case "finance" -> recipients.addAll(audience.ofGroups(List.of(Roles.FINANCE)));
        default ->
            throw new IllegalArgumentException(
                "Unknown audience '" + name + "' at " + execution.getCurrentActivityId());
      }
    }
    return recipients;
  }

  // Recipients come from the agreement's record, not from variables a task completion could set.
  private Optional<Agreement> agreement(DelegateExecution execution) {
    return agreements.find(execution.getProcessBusinessKey());
  }
}
