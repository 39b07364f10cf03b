package org.accord.duties;

import org.accord.duties.process.DutiesCheck;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;

/**
 * The separation of duties for an act done outside a user task (a receipt reversed through the
 * API): held against the same table and the same earlier acts as a task completion, 403 naming the
 * rule when it breaks one.
 */
@Service
public class DutiesGuard {

  private final ProcessEngineConfigurationImpl engine;
  private final DutiesCheck check;

  DutiesGuard(ProcessEngineConfiguration engine, DutiesCheck check) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
    this.check = check;
  }

  /** Joins the caller's transaction: the table is read from the engine's deployment cache. */
  public void require(Act act, String agreementReference) {
    engine
        .getCommandExecutorTxRequired()
        .execute(
            commandContext -> {
              check.require(act, agreementReference);
              return null;
            });
  }
}
