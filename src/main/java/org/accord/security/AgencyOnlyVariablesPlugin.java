package org.accord.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.shared.process.AgencyOnlyVariables;
import org.accord.shared.process.TasklistColumns;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * A partner's representative reads their task's variables, which are those of its whole process:
 * before such a task is created, the process drops what the agency keeps to itself ({@link
 * AgencyOnlyVariables}). With {@code enforceSpecificVariablePermission} on, that is all a partner's
 * group can read: no variable of another task, of the process instance or of its history; so the
 * task carries Tasklist's list columns itself.
 */
@Component
public class AgencyOnlyVariablesPlugin extends UserTaskPlugin {

  private final Map<String, Set<String>> byProcess = new HashMap<>();

  /** Public for the process tests: a partner's task sees the variables it will in production. */
  public AgencyOnlyVariablesPlugin(List<AgencyOnlyVariables> declared) {
    declared.forEach(
        each ->
            byProcess
                .computeIfAbsent(each.processKey(), key -> new HashSet<>())
                .addAll(each.names()));
  }

  @Override
  protected void configure(UserTask task) {
    task.onCreate(this::created);
  }

  private void created(DelegateTask task) {
    boolean forAPartner =
        task.getCandidates().stream()
            .map(IdentityLink::getGroupId)
            .anyMatch(PartnerGroups::isPartnerGroup);
    if (forAPartner) {
      // A definition id is "key:version:id".
      String processKey = task.getProcessDefinitionId().split(":")[0];
      task.getExecution().removeVariables(byProcess.getOrDefault(processKey, Set.of()));
      // Tasklist's list reads its columns as the process's variables, which a partner may not
      // read: the task carries them as its own.
      for (TasklistColumns.Column column : TasklistColumns.COLUMNS) {
        Object value = task.getVariable(column.variable());
        if (value != null) {
          task.setVariableLocal(column.variable(), value);
        }
      }
    }
  }
}
