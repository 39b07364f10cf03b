package org.accord.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.security.AuthorizationGrants;
import org.accord.shared.Language;
import org.accord.shared.process.TasklistColumns;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters, made at start-up in every profile (without one, Tasklist shows no tasks at
 * all): three shared ones that resolve the logged-in user's own groups, so one filter serves every
 * role, and one for each of the agency's groups, seen by its members only (a group made later in
 * Admin gets its filter at the next start). Each shows the agreement's columns under every task.
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
  private final IdentityService identityService;
  private final AuthorizationGrants grants;

  TasklistFilters(
      FilterService filterService,
      TaskService taskService,
      IdentityService identityService,
      AuthorizationGrants grants) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.grants = grants;
  }

  @Override
  public void run(ApplicationArguments args) {
    shared(
        FilterWords.GROUP_TASKS,
        -10,
        "#1f6feb",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .orderByDueDate()
            .asc());
    shared(
        FilterWords.MY_TASKS,
        -5,
        "#2da44e",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    shared(
        FilterWords.DUE_SOON,
        0,
        "#cf222e",
        taskService
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${dateTime().plusDays(3).toDate()}")
            .orderByDueDate()
            .asc());
    int priority = 10;
    for (String groupId : AuthorizationGrants.AGENCY_GROUPS) {
      Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
      if (group != null) {
        Filter filter =
            ensure(
                group.getName(),
                FilterWords.groupDescription(group.getName(), Language.EN),
                priority++,
                "#57606a",
                taskService
                    .createTaskQuery()
                    .taskCandidateGroup(groupId)
                    .includeAssignedTasks()
                    .orderByDueDate()
                    .asc());
        grants.forGroup(groupId, Resources.FILTER, filter.getId(), Permissions.READ);
      }
    }
  }

  /** A shared filter, saved with its English words (readers get theirs: {@link FilterWords}). */
  private void shared(String filter, int priority, String color, TaskQuery query) {
    Filter saved =
        ensure(
            FilterWords.name(filter, Language.EN),
            FilterWords.description(filter, Language.EN),
            priority,
            color,
            query);
    // Shared: every user sees them, each with their own groups' tasks.
    grants.forEveryone(Resources.FILTER, saved.getId(), Permissions.READ);
  }

  /**
   * The filter of this name, made if missing. One made before keeps what an administrator changed
   * in it; only its columns follow Accord's, which a new version may add to. Two nodes starting
   * together may both make it: the oldest is kept in use.
   */
  private Filter ensure(
      String name, String description, int priority, String color, TaskQuery query) {
    List<Filter> existing =
        filterService.createFilterQuery().filterName(name).orderByFilterId().asc().list();
    if (existing.isEmpty()) {
      Filter filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(
          Map.of(
              "description", description,
              "priority", priority,
              "color", color,
              "refresh", true,
              "variables", LIST_VARIABLES));
      return filterService.saveFilter(filter);
    }
    Filter filter = existing.get(0);
    if (!LIST_VARIABLES.equals(filter.getProperties().get("variables"))) {
      Map<String, Object> properties = new HashMap<>(filter.getProperties());
      properties.put("variables", LIST_VARIABLES);
      filter.setProperties(properties);
      try {
        return filterService.saveFilter(filter);
      } catch (OptimisticLockingException anotherNodeDidIt) {
        return filter;
      }
    }
    return filter;
  }
}
