package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import org.accord.security.AuthorizationGrants;
import org.accord.shared.Language;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's count of a filter's tasks stops at {@link BoundedTaskCounts#TASKLIST}: a user with
 * more open tasks than that reads "1,000+" beside the filter, while engine-rest, which external
 * clients read, counts them all.
 */
@AccordIntegrationTest
class TasklistCountBrowserTest {

  // Two more than the bound: the engine's exact count is then neither the bound nor one above it.
  private static final int TASKS = BoundedTaskCounts.TASKLIST + 2;

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationGrants grants;

  @Test
  void aFilterWithMoreTasksThanTheBound_readsTheBoundAndAPlus_whileEngineRestCountsThemAll()
      throws Exception {
    String group = "tasklist-count-" + System.nanoTime();
    String user = group + "-member";
    newMemberWithoutEmail(user, group);
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("tasklist/many-open-tasks.bpmn")
        .deploy();
    String instance =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "many-open-tasks",
                group,
                Variables.putValue("group", group).putValue("tasks", TASKS))
            .getId();
    try {
      String groupTasks =
          engine
              .getFilterService()
              .createFilterQuery()
              .filterName(FilterWords.name(FilterWords.GROUP_TASKS, Language.EN))
              .singleResult()
              .getId();
      assertThat(api.get(user, "/engine-rest/filter/" + groupTasks + "/count").getBody())
          .containsEntry("count", TASKS);

      try (Browser browser = Browser.open(port)) {
        browser.logInToTasklist(user);
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(
                () -> {
                  assertThat(browser.text(".counter")).as("beside the filter").isEqualTo("1,000+");
                  assertThat(browser.text(".total-results"))
                      .as("in the filter's search bar")
                      .isEqualTo("1,000+");
                });
        browser.screenshot(Path.of("target/screenshots/tasklist-count-bound.png"));
      }
    } finally {
      engine.getRuntimeService().deleteProcessInstance(instance, "the test is over");
    }
  }

  /** Without an e-mail address: the thousand tasks waiting for the group notify nobody. */
  private void newMemberWithoutEmail(String userId, String groupId) {
    IdentityService identity = engine.getIdentityService();
    Group group = identity.newGroup(groupId);
    group.setName("Tasklist count");
    group.setType("WORKFLOW");
    identity.saveGroup(group);
    User user = identity.newUser(userId);
    user.setFirstName("Amina");
    user.setLastName("Diallo");
    user.setPassword(Api.PASSWORD);
    identity.saveUser(user);
    identity.createMembership(userId, groupId);
    grants.forGroup(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
  }
}
