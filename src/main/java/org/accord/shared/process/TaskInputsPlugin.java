package org.accord.shared.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Holds every user task to the variables it declares ({@link TaskInputs}), for every command that
 * writes variables through a task: completing it, submitting its form, setting, patching or
 * removing its variables. Checked before the command runs, in its transaction: a refused command
 * writes nothing. A task the user cannot see is left to the command, which refuses it as the engine
 * does, so that the refusal tells nothing of tasks that are not theirs.
 *
 * <p>The commands keep their variables in protected fields; Camunda 7.24 is the last community
 * release, and {@code TaskInputsIntegrationTest} drives each command through engine-rest.
 */
@Component
public class TaskInputsPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, Set<String>> inputs = new HashMap<>();

  /** Public for the process tests, which run the processes with the inputs production holds. */
  public TaskInputsPlugin(List<TaskInputs> declared) {
    declared.forEach(each -> inputs.putAll(each.byTask()));
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new Interceptor());
  }

  /** The task a command writes variables through, and the names it writes. */
  private record Writing(String taskId, Collection<String> names) {}

  private class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      writing(command).ifPresent(TaskInputsPlugin.this::check);
      return next.execute(command);
    }
  }

  private void check(Writing writing) {
    TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(writing.taskId());
    if (task == null || task.getTaskDefinitionKey() == null) {
      return;
    }
    Set<String> allowed = inputs.getOrDefault(task.getTaskDefinitionKey(), Set.of());
    Violations violations = new Violations();
    for (String name : new TreeSet<>(writing.names())) {
      if (!allowed.contains(name)) {
        violations.add(
            name,
            "is not set by "
                + task.getTaskDefinitionKey()
                + (allowed.isEmpty()
                    ? ", which sets no variable"
                    : "; it sets " + new TreeSet<>(allowed)));
      }
    }
    // Asked only when there is something to refuse: every completion carries variables.
    if (violations.isEmpty() || !visible(task)) {
      return;
    }
    try {
      violations.throwIfAny();
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  private static boolean visible(TaskEntity task) {
    return Context.getProcessEngineConfiguration()
            .getTaskService()
            .createTaskQuery()
            .taskId(task.getId())
            .count()
        > 0;
  }

  private static Optional<Writing> writing(Command<?> command) {
    if (command instanceof CompleteTaskCmd complete) {
      Map<String, ?> variables = field(CompleteTaskCmd.class, complete, "variables");
      return writing(field(CompleteTaskCmd.class, complete, "taskId"), variables);
    }
    if (command instanceof SubmitTaskFormCmd submit) {
      Map<String, ?> properties = field(SubmitTaskFormCmd.class, submit, "properties");
      return writing(field(SubmitTaskFormCmd.class, submit, "taskId"), properties);
    }
    if (command instanceof SetTaskVariablesCmd set) {
      Map<String, ?> variables = field(AbstractSetVariableCmd.class, set, "variables");
      return writing(field(AbstractVariableCmd.class, set, "entityId"), variables);
    }
    if (command instanceof PatchTaskVariablesCmd patch) {
      List<String> names = new ArrayList<>();
      Map<String, ?> modifications = field(AbstractPatchVariablesCmd.class, patch, "variables");
      Collection<String> deletions = field(AbstractPatchVariablesCmd.class, patch, "deletions");
      if (modifications != null) {
        names.addAll(modifications.keySet());
      }
      if (deletions != null) {
        names.addAll(deletions);
      }
      return Optional.of(
          new Writing(field(AbstractPatchVariablesCmd.class, patch, "entityId"), names));
    }
    if (command instanceof RemoveTaskVariablesCmd remove) {
      return Optional.of(
          new Writing(
              field(AbstractVariableCmd.class, remove, "entityId"),
              field(AbstractRemoveVariableCmd.class, remove, "variableNames")));
    }
    return Optional.empty();
  }

  private static Optional<Writing> writing(String taskId, Map<String, ?> variables) {
    return variables == null || variables.isEmpty() || taskId == null
        ? Optional.empty()
        : Optional.of(new Writing(taskId, variables.keySet()));
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Class<?> declaring, Object command, String name) {
    try {
      Field field = declaring.getDeclaredField(name);
      field.setAccessible(true);
      return (T) field.get(command);
    } catch (ReflectiveOperationException changed) {
      throw new IllegalStateException(
          "Camunda's " + declaring.getSimpleName() + " no longer has " + name, changed);
    }
  }
}
