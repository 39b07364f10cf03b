package org.accord.duties.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.accord.duties.Act;
import org.accord.identity.DeputyHandOver;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A task the separation of duties would refuse a person is refused them when they claim it (403
 * naming the rule), before they fill in its form: the initiator claiming the screening of their own
 * proposal learns it at once, not on Complete.
 */
@Component
class ClaimsPlugin extends AbstractProcessEnginePlugin {

  private final DutiesCheck check;
  private final DeputyHandOver deputies;

  // Lazy: the plugin is built with the engine, before the services it will call are.
  ClaimsPlugin(DutiesCheck check, @Lazy DeputyHandOver deputies) {
    this.check = check;
    this.deputies = deputies;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration
        .getCustomPostCommandInterceptorsTxRequired()
        .add(
            new CommandInterceptor() {
              @Override
              public <T> T execute(Command<T> command) {
                if (command instanceof ClaimTaskCmd claim) {
                  claimed(field(claim, "taskId"), field(claim, "userId"));
                }
                return next.execute(command);
              }
            });
  }

  private void claimed(String taskId, String userId) {
    if (taskId == null || userId == null) {
      return; // unclaiming
    }
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(taskId);
    if (task == null || task.getExecutionId() == null) {
      return; // the command answers a missing task itself
    }
    ExecutionEntity execution = task.getExecution();
    String reference = execution.getProcessBusinessKey();
    if (!check.isAgreement(reference)) {
      return;
    }
    check.require(
        new Act(
            task.getTaskDefinitionKey(),
            userId,
            deputies.actingFor(userId, taskId).orElse(null),
            task.getProcessInstanceId(),
            execution.getParentActivityInstanceId()),
        reference);
  }

  /** ClaimTaskCmd keeps them in protected fields; Camunda 7.24 is frozen (ADR 8). */
  private static String field(ClaimTaskCmd claim, String name) {
    try {
      Field field = ClaimTaskCmd.class.getDeclaredField(name);
      field.setAccessible(true);
      return (String) field.get(claim);
    } catch (ReflectiveOperationException changed) {
      throw new IllegalStateException("Camunda's ClaimTaskCmd no longer has " + name, changed);
    }
  }
}
