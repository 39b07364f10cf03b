package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AccordIntegrationTest
class UnfilteredGroupsIntegrationTest {

  private static final String NO_AUTHORIZATIONS = "reading-club";

  @Autowired ProcessEngine engine;

  @Test
  void aUsersFewGroups_areCheckedAsTheyAre_whereCamundaWouldHaveReadEveryAuthorizationsGroup() {
    List<String> groups = List.of(Roles.PARTNERSHIP_OFFICERS, NO_AUTHORIZATIONS);

    assertThat(inCommand(manager -> manager.filterAuthenticatedGroupIds(groups)))
        .containsExactly(Roles.PARTNERSHIP_OFFICERS, NO_AUTHORIZATIONS);
    // Camunda's own narrowing drops only what matches no authorization anyway.
    assertThat(inCommand(manager -> new AuthorizationManager().filterAuthenticatedGroupIds(groups)))
        .containsExactly(Roles.PARTNERSHIP_OFFICERS);
  }

  @Test
  void aUserInManyGroups_hasThemNarrowedToTheAuthorizedOnes_asCamundaDoes() {
    List<String> groups =
        IntStream.rangeClosed(0, UnfilteredGroupsPlugin.FEW_GROUPS)
            .mapToObj(i -> i == 0 ? Roles.LEGAL : NO_AUTHORIZATIONS + "-" + i)
            .toList();

    assertThat(inCommand(manager -> manager.filterAuthenticatedGroupIds(groups)))
        .containsExactly(Roles.LEGAL);
  }

  private List<String> inCommand(
      java.util.function.Function<AuthorizationManager, List<String>> f) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    Command<List<String>> command = context -> f.apply(context.getAuthorizationManager());
    return configuration.getCommandExecutorTxRequired().execute(command);
  }
}
