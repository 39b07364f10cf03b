package org.accord.benchmark;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.security.AuthorizationGrants;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grant shape issue 22 asked to measure: the agency's groups read and work on tasks through
 * their grants on the process definitions ({@code READ_TASK}, {@code TASK_WORK} on every
 * definition), without a grant per task; partners keep theirs per task. Applied to the filled
 * database for one measurement and undone after it, so that the other shapes are timed on the same
 * tasks.
 */
final class DefinitionGrants implements AutoCloseable {

  private static final String SAVED = "bench_agency_task_grants";
  private static final Permission[] ON_DEFINITIONS = {
    ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.TASK_WORK
  };

  private final JdbcTemplate db;
  private final AuthorizationService authorizations;
  // What each group did not have before (managers already read every task), to take back.
  private final Map<String, List<Permission>> added = new HashMap<>();

  private DefinitionGrants(JdbcTemplate db, AuthorizationService authorizations) {
    this.db = db;
    this.authorizations = authorizations;
  }

  /** Moves the agency's per-task grants aside and grants the same on the definitions. */
  static DefinitionGrants apply(JdbcTemplate db, AuthorizationService authorizations) {
    String agency =
        AuthorizationGrants.AGENCY_GROUPS.stream()
            .map(group -> "'" + group + "'")
            .collect(Collectors.joining(", "));
    if (Boolean.TRUE.equals(
        db.queryForObject("select to_regclass('" + SAVED + "') is not null", Boolean.class))) {
      // A run that died with this shape applied left the kept database without the agency's
      // per-task grants and with its grants on the definitions: no shape would be timed right.
      throw new IllegalStateException(
          "The kept database (-Dbench.taskData) still has the agency's grants on the definitions"
              + " of a run that stopped: fill a new one");
    }
    db.execute(
        "create table "
            + SAVED
            + " as select * from act_ru_authorization where resource_type_ = "
            + Resources.TASK.resourceType()
            + " and group_id_ in ("
            + agency
            + ")");
    db.update("delete from act_ru_authorization where id_ in (select id_ from " + SAVED + ")");
    DefinitionGrants grants = new DefinitionGrants(db, authorizations);
    grants.grantOnDefinitions();
    db.execute("vacuum analyze act_ru_authorization");
    return grants;
  }

  /** The agency's per-task grants back, and the definitions' task permissions taken away. */
  @Override
  public void close() {
    for (Map.Entry<String, List<Permission>> group : added.entrySet()) {
      Authorization authorization = onAnyDefinition(group.getKey());
      group.getValue().forEach(authorization::removePermission);
      authorizations.saveAuthorization(authorization);
    }
    db.update("insert into act_ru_authorization select * from " + SAVED);
    db.execute("drop table " + SAVED);
    db.execute("vacuum analyze act_ru_authorization");
  }

  private void grantOnDefinitions() {
    for (String group : AuthorizationGrants.AGENCY_GROUPS) {
      Authorization authorization = onAnyDefinition(group);
      List<Permission> missing = new ArrayList<>();
      for (Permission permission : ON_DEFINITIONS) {
        if (!authorization.isPermissionGranted(permission)) {
          missing.add(permission);
          authorization.addPermission(permission);
        }
      }
      added.put(group, missing);
      authorizations.saveAuthorization(authorization);
    }
  }

  /** The group's grant on every process definition, which AuthorizationGrants gives each. */
  private Authorization onAnyDefinition(String group) {
    return authorizations
        .createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(group)
        .resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(ANY)
        .singleResult();
  }
}
