package org.accord.security;

import static org.accord.testing.EngineCommands.inCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
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

    assertThat(checked(groups)).containsExactly(Roles.PARTNERSHIP_OFFICERS, NO_AUTHORIZATIONS);
    // Camunda's own narrowing drops only what matches no authorization anyway.
    List<String> camundas =
        inCommand(
            engine, context -> new AuthorizationManager().filterAuthenticatedGroupIds(groups));
    assertThat(camundas).containsExactly(Roles.PARTNERSHIP_OFFICERS);
  }

  @Test
  void aUserInManyGroups_hasThemNarrowedToTheAuthorizedOnes_asCamundaDoes() {
    List<String> groups =
        IntStream.rangeClosed(0, UnfilteredGroupsPlugin.FEW_GROUPS)
            .mapToObj(i -> i == 0 ? Roles.LEGAL : NO_AUTHORIZATIONS + "-" + i)
            .toList();

    assertThat(checked(groups)).containsExactly(Roles.LEGAL);
  }

  /** The groups the engine's authorization checks are given for these. */
  private List<String> checked(List<String> groups) {
    return inCommand(
        engine, context -> context.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }
}
