package org.accord.audit.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.accord.audit.AuditTrail;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Users, groups, memberships and authorizations change in Camunda Admin and through engine-rest;
 * the engine logs each change (its user operation log, category Admin), and this puts each entry in
 * the audit trail too, in the same transaction: one trail for managers to read and export.
 */
@Component
class AdministrationLogPlugin extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  AdministrationLogPlugin(@Lazy AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = new ArrayList<>();
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    handlers.add(new AdministrationEntries());
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /**
   * The engine logs one entry per property of an operation (a grant is six: type, permissions,
   * resource, ...), each handed over on its own: they are gathered in the command and the trail
   * gets one line per operation, with the properties before and after, as the command commits.
   */
  private class AdministrationEntries implements HistoryEventHandler {

    private final ThreadLocal<Map<String, List<UserOperationLogEntryEventEntity>>> pending =
        ThreadLocal.withInitial(LinkedHashMap::new);

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof UserOperationLogEntryEventEntity entry
          && UserOperationLogEntry.CATEGORY_ADMIN.equals(entry.getCategory())) {
        Map<String, List<UserOperationLogEntryEventEntity>> operations = pending.get();
        String operation = entry.getOperationId();
        if (!operations.containsKey(operation)) {
          TransactionContext transaction = Context.getCommandContext().getTransactionContext();
          transaction.addTransactionListener(
              TransactionState.COMMITTING,
              context ->
                  Optional.ofNullable(pending.get().remove(operation)).ifPresent(this::record));
          transaction.addTransactionListener(
              TransactionState.ROLLED_BACK, context -> pending.get().remove(operation));
        }
        operations.computeIfAbsent(operation, id -> new ArrayList<>()).add(entry);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private void record(List<UserOperationLogEntryEventEntity> operation) {
      UserOperationLogEntryEventEntity first = operation.get(0);
      Map<String, String> before = new TreeMap<>();
      Map<String, String> after = new TreeMap<>();
      for (UserOperationLogEntryEventEntity entry : operation) {
        if (entry.getProperty() != null && entry.getOrgValue() != null) {
          before.put(entry.getProperty(), entry.getOrgValue());
        }
        if (entry.getProperty() != null && entry.getNewValue() != null) {
          after.put(entry.getProperty(), entry.getNewValue());
        }
      }
      trail.recordAs(
          first.getUserId(),
          upperSnake(first.getEntityType()),
          subject(after, before, first.getOperationId()),
          null,
          first.getOperationType().toUpperCase(Locale.ROOT),
          before.isEmpty() ? null : before,
          after.isEmpty() ? null : after);
    }

    /** Whom the change is about, as the engine names it: the user or group, else the operation. */
    private static String subject(
        Map<String, String> after, Map<String, String> before, String operationId) {
      for (String property : List.of("userId", "groupId", "tenantId")) {
        String id = after.getOrDefault(property, before.get(property));
        if (id != null) {
          return id;
        }
      }
      return operationId;
    }

    /** "Group membership" or "TenantMembership" as the trail names its subjects, upper snake. */
    private static String upperSnake(String entityType) {
      return entityType
          .replaceAll("([a-z])([A-Z])", "$1_$2")
          .replace(' ', '_')
          .toUpperCase(Locale.ROOT);
    }
  }
}
