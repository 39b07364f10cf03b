package org.accord.shared.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The variables each user task of a process may set: its form's fields and its decision. A
 * completion, a form submission or a variable update through a task that carries any other is
 * refused with 400 naming it ({@link TaskInputsPlugin}), whatever the client; facts such as who
 * decided or for whom come from the server. Each feature declares its processes' tasks.
 */
public final class TaskInputs {

  private final Map<String, Set<String>> byTask;

  private TaskInputs(Map<String, Set<String>> byTask) {
    this.byTask = Map.copyOf(byTask);
  }

  public static TaskInputs none() {
    return new TaskInputs(Map.of());
  }

  /** This task may set these variables, and no other. */
  public TaskInputs task(String taskKey, String... variables) {
    Map<String, Set<String>> more = new HashMap<>(byTask);
    if (more.put(taskKey, Set.of(variables)) != null) {
      throw new IllegalArgumentException(taskKey + " is declared twice");
    }
    return new TaskInputs(more);
  }

  public Map<String, Set<String>> byTask() {
    return byTask;
  }
}
