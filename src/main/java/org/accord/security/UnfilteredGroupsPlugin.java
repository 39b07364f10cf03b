package org.accord.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.accord.shared.process.EngineManagers;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Checks a user's few groups as they are. Before its first authorization check in a command,
 * Camunda narrows the user's groups to those named in any authorization, by reading every distinct
 * group of the authorization table (camunda-bpm-platform#5485). That table holds a row per open
 * task and candidate group, so the narrowing read 133,000 rows on every Tasklist request at 100,000
 * open tasks: 15–25 ms, more than the task query itself. It only shortens the SQL's group lists,
 * which a group without authorizations cannot change: it matches no row either way. Accord's users
 * are in a handful of groups; a user in more (a directory's many groups) is narrowed as before.
 */
@Component
class UnfilteredGroupsPlugin extends AbstractProcessEnginePlugin {

  /** Up to this many groups, the list is short enough for the SQL as it is. */
  static final int FEW_GROUPS = 20;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineManagers.replace(
        configuration, AuthorizationManager.class, FewGroupsAuthorizationManager::new);
  }

  static class FewGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && authenticatedGroupIds.size() <= FEW_GROUPS) {
        // Without nulls, as Camunda's own narrowing leaves none.
        return authenticatedGroupIds.stream()
            .filter(Objects::nonNull)
            .distinct()
            .collect(Collectors.toCollection(ArrayList::new));
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
