package org.accord.testing;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Load for the benchmarks and fault tests: instances of {@code bench/open-task.bpmn}, each one open
 * user task of a candidate group, written by the engine as any task is (identity link,
 * authorization, history).
 */
public final class OpenTasks {

  public static final String PROCESS = "bench-open-task";

  private OpenTasks() {}

  public static void deploy(ProcessEngine engine) {
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("bench/open-task.bpmn")
        .deploy();
  }

  /** Opens a task of the group, due then (or never), and returns its process instance's id. */
  public static String open(ProcessEngine engine, String businessKey, String group, Date due) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            PROCESS, businessKey, Variables.putValue("group", group).putValue("due", due))
        .getId();
  }

  /** The ids of the tasks of this process that are open now. */
  public static List<String> openNow(ProcessEngine engine) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(PROCESS).list().stream()
        .map(Task::getId)
        .toList();
  }
}
