package org.accord.testing;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Runs test code inside the engine, as one of its commands runs: one transaction, one connection.
 */
public final class EngineCommands {

  private EngineCommands() {}

  public static <T> T inCommand(ProcessEngine engine, Command<T> command) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }
}
