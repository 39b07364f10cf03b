package org.accord.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Replaces one of the engine's managers (its data access for one kind of entity) with a subclass,
 * in a plugin's {@code preInit}: the engine opens the replacement wherever it would have opened its
 * own, in every command.
 */
public final class EngineManagers {

  private EngineManagers() {}

  public static <T extends Session> void replace(
      ProcessEngineConfigurationImpl configuration,
      Class<? super T> manager,
      Supplier<T> replacement) {
    List<SessionFactory> factories =
        configuration.getCustomSessionFactories() == null
            ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomSessionFactories());
    // Added after the engine's own factories, a factory of the same session type replaces them.
    factories.add(
        new SessionFactory() {
          @Override
          public Class<?> getSessionType() {
            return manager;
          }

          @Override
          public Session openSession() {
            return replacement.get();
          }
        });
    configuration.setCustomSessionFactories(factories);
  }
}
