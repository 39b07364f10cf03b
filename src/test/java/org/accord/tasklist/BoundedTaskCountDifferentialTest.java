package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;
import org.accord.shared.Language;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tasklist's count up to a bound ({@link BoundedTaskCounts}) against Camunda's own count, on users,
 * groups, tasks, grants and revocations drawn at random (seeded: a failure names its seed, and the
 * same seed draws the same data again): for every user, query and bound, the bounded count is
 * Camunda's count when that is at most the bound, and one more than the bound otherwise.
 */
@AccordIntegrationTest
class BoundedTaskCountDifferentialTest {

  private static final int GROUPS = 5;
  private static final int USERS = 8;
  private static final int TASKS = 40;
  private static final List<Integer> BOUNDS = List.of(1, 2, 5, 12, BoundedTaskCounts.TASKLIST);

  @Autowired ProcessEngine engine;

  private record User(String id, List<String> groups) {}

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void boundedCount_isCamundasCountUpToTheBound(long seed) {
    Random random = new Random(seed);
    String prefix = "diff" + seed + "-" + Long.toHexString(System.nanoTime()) + "-";
    List<String> groups = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      groups.add(prefix + "g" + g);
    }
    List<User> users = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      // At least one: Camunda refuses the shared filters' candidate groups to a user of none.
      users.add(new User(prefix + "u" + u, someOf(groups, random, 1, 3)));
    }
    List<String> tasks = new ArrayList<>();
    List<String> grantsOnAll = new ArrayList<>();
    try {
      // The shared filters ask the identity service for the user's groups.
      register(groups, users);
      drawTasks(prefix, groups, users, random, tasks);
      drawAuthorizations(groups, users, tasks, random, grantsOnAll);

      int exact = 0;
      int cutShort = 0;
      for (User user : users) {
        engine.getIdentityService().setAuthentication(user.id(), user.groups());
        try {
          for (LongSupplier count : queriesOf(prefix, user, groups, random)) {
            long camundas = count.getAsLong();
            for (int bound : BOUNDS) {
              long bounded;
              try (BoundedTaskCounts.Scope scope = BoundedTaskCounts.upTo(bound)) {
                bounded = count.getAsLong();
              }
              assertThat(bounded)
                  .as("seed %d, %s, bound %d: Camunda counts %d", seed, user, bound, camundas)
                  .isEqualTo(Math.min(camundas, bound + 1L));
              if (camundas > bound + 1L) {
                cutShort++;
              } else {
                exact++;
              }
            }
          }
        } finally {
          engine.getIdentityService().clearAuthentication();
        }
      }
      assertThat(cutShort).as("counts the bound cut short, compared").isPositive();
      assertThat(exact).as("counts the bound left whole, compared").isPositive();
    } finally {
      tasks.forEach(task -> engine.getTaskService().deleteTask(task, true));
      grantsOnAll.forEach(engine.getAuthorizationService()::deleteAuthorization);
      users.forEach(user -> engine.getIdentityService().deleteUser(user.id()));
      groups.forEach(engine.getIdentityService()::deleteGroup);
    }
  }

  private void register(List<String> groups, List<User> users) {
    IdentityService identity = engine.getIdentityService();
    for (String group : groups) {
      identity.saveGroup(identity.newGroup(group));
    }
    for (User user : users) {
      identity.saveUser(identity.newUser(user.id()));
      user.groups().forEach(group -> identity.createMembership(user.id(), group));
    }
  }

  /**
   * Standalone tasks, each with none to two candidate groups (the engine grants each its task
   * permissions, as for Accord's tasks), sometimes a candidate user, sometimes an assignee.
   */
  private void drawTasks(
      String prefix, List<String> groups, List<User> users, Random random, List<String> tasks) {
    TaskService taskService = engine.getTaskService();
    for (int t = 0; t < TASKS; t++) {
      Task task = taskService.newTask(prefix + "t" + t);
      task.setName(prefix + "Task " + t);
      if (random.nextInt(4) == 0) {
        task.setAssignee(users.get(random.nextInt(USERS)).id());
      }
      taskService.saveTask(task);
      tasks.add(task.getId());
      for (String group : someOf(groups, random, 0, 2)) {
        taskService.addCandidateGroup(task.getId(), group);
      }
      if (random.nextInt(5) == 0) {
        taskService.addCandidateUser(task.getId(), users.get(random.nextInt(USERS)).id());
      }
    }
  }

  /**
   * Grants and revocations of reading single tasks, to users and groups; now and then a grant or a
   * revocation on every task.
   */
  private void drawAuthorizations(
      List<String> groups,
      List<User> users,
      List<String> tasks,
      Random random,
      List<String> grantsOnAll) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (int a = 0; a < TASKS; a++) {
      boolean revoke = random.nextInt(3) == 0;
      boolean onAll = random.nextInt(12) == 0;
      Authorization authorization =
          authorizations.createNewAuthorization(
              revoke ? Authorization.AUTH_TYPE_REVOKE : Authorization.AUTH_TYPE_GRANT);
      authorization.setResource(Resources.TASK);
      authorization.setResourceId(
          onAll ? Authorization.ANY : tasks.get(random.nextInt(tasks.size())));
      if (random.nextBoolean()) {
        authorization.setUserId(users.get(random.nextInt(USERS)).id());
      } else {
        authorization.setGroupId(groups.get(random.nextInt(GROUPS)));
      }
      if (revoke) {
        authorization.removePermission(Permissions.READ);
      } else {
        authorization.addPermission(Permissions.READ);
      }
      if (alreadyThere(authorization)) {
        // Drawn twice, or the engine's own grant to a candidate group: the first one stands.
        continue;
      }
      Authorization saved = authorizations.saveAuthorization(authorization);
      if (onAll) {
        grantsOnAll.add(saved.getId());
      }
    }
  }

  /** Whether Camunda holds one of the same type, user or group, and resource (unique there). */
  private boolean alreadyThere(Authorization drawn) {
    AuthorizationQuery same =
        engine
            .getAuthorizationService()
            .createAuthorizationQuery()
            .authorizationType(drawn.getAuthorizationType())
            .resourceType(Resources.TASK)
            .resourceId(drawn.getResourceId());
    return (drawn.getUserId() != null
                ? same.userIdIn(drawn.getUserId())
                : same.groupIdIn(drawn.getGroupId()))
            .count()
        > 0;
  }

  /**
   * Tasklist's shared filters as the user sees them, and task queries of other shapes; all of them
   * within this draw's tasks, which nothing else in the application changes while they are counted.
   */
  private List<LongSupplier> queriesOf(
      String prefix, User user, List<String> groups, Random random) {
    FilterService filters = engine.getFilterService();
    TaskService taskService = engine.getTaskService();
    List<LongSupplier> queries = new ArrayList<>();
    for (String filter :
        List.of(FilterWords.GROUP_TASKS, FilterWords.MY_TASKS, FilterWords.DUE_SOON)) {
      String id =
          filters
              .createFilterQuery()
              .filterName(FilterWords.name(filter, Language.EN))
              .singleResult()
              .getId();
      queries.add(() -> filters.count(id, ours(prefix)));
    }
    String group = groups.get(random.nextInt(GROUPS));
    List<TaskQuery> shapes =
        List.of(
            ours(prefix),
            ours(prefix).taskCandidateGroup(group).includeAssignedTasks(),
            ours(prefix).taskCandidateUser(user.id()),
            taskService.createTaskQuery().taskNameLike(prefix + "Task 1%"),
            ours(prefix).or().taskAssignee(user.id()).taskCandidateGroup(group).endOr());
    shapes.forEach(query -> queries.add(query::count));
    return queries;
  }

  private TaskQuery ours(String prefix) {
    return engine.getTaskService().createTaskQuery().taskNameLike(prefix + "%");
  }

  private static List<String> someOf(List<String> all, Random random, int atLeast, int atMost) {
    List<String> some = new ArrayList<>();
    int wanted = atLeast + random.nextInt(atMost - atLeast + 1);
    while (some.size() < wanted) {
      String one = all.get(random.nextInt(all.size()));
      if (!some.contains(one)) {
        some.add(one);
      }
    }
    return some;
  }
}
