package org.accord.identity;

import java.util.List;
import java.util.Map;
import org.accord.security.AuthorizationGrants;
import org.accord.shared.process.TasklistColumns;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, created at start-up in every profile: without one, Tasklist shows no
 * tasks at all. Each resolves the logged-in user's own groups, so one filter serves every role.
 */
@Component
@Order(2)
class TasklistFilters implements ApplicationRunner {

  private static final List<Map<String, String>> LIST_VARIABLES =
      TasklistColumns.COLUMNS.stream()
          .map(column -> Map.of("name", column.variable(), "label", column.label()))
          .toList();

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationGrants grants;

  TasklistFilters(
      FilterService filterService, TaskService taskService, AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure(
        "My group's tasks",
        "Open tasks of the groups you belong to, claimed or not",
        -10,
        "#1f6feb",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc());
    ensure(
        "My tasks",
        "Tasks you have claimed or that are assigned to you",
        -5,
        "#2da44e",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure(
        "Due soon",
        "Your groups' tasks due in the next three days, or overdue",
        0,
        "#cf222e",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
            .orderByDueDate()
            .asc());
  }

  private void ensure(
      String name, String description, int priority, String color, TaskQuery query) {
    Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
    if (existing != null) {
      // Filters made before authorization was switched on get their shared grant too.
      grants.forEveryone(Resources.FILTER, existing.getId(), Permissions.READ);
      return;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setQuery(query);
    filter.setProperties(
        Map.of(
            "description", description,
            "priority", priority,
            "color", color,
            "refresh", true,
            "variables", LIST_VARIABLES));
    filterService.saveFilter(filter);
    // Shared: every user sees them, each with their own groups' tasks.
    grants.forEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }
}
