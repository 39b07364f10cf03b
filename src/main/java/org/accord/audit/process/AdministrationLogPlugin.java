package org.accord.audit.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.audit.AuditTrail;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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

  private class AdministrationEntries implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof UserOperationLogEntryEventEntity entry
          && UserOperationLogEntry.CATEGORY_ADMIN.equals(entry.getCategory())) {
        trail.recordAs(
            entry.getUserId(),
            entry.getEntityType(),
            entry.getOperationId(),
            null,
            entry.getOperationType(),
            property(entry.getProperty(), entry.getOrgValue()),
            property(entry.getProperty(), entry.getNewValue()));
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static Map<String, String> property(String name, String value) {
      if (name == null || value == null) {
        return null;
      }
      Map<String, String> property = new HashMap<>();
      property.put(name, value);
      return property;
    }
  }
}
