package org.accord.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Accord's administrators ({@link Roles#ADMINISTRATORS}) are the engine's administrators. Camunda
 * makes {@code camunda-admin} one of them anyway; Operaton makes {@code operaton-admin} one, and
 * with this plugin the group a Camunda-made database holds keeps its rights there (ADR 0011).
 */
@Component
class AdministratorsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> groups =
        configuration.getAdminGroups() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getAdminGroups());
    if (!groups.contains(Roles.ADMINISTRATORS)) {
      groups.add(Roles.ADMINISTRATORS);
    }
    configuration.setAdminGroups(groups);
  }
}
