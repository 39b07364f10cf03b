package org.accord.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.accord.shared.process.ProcessAccess;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the engine, granted by group: the agency's roles at start-up, a partner's
 * group when the partner is registered, and that group's read access to an agreement when its
 * process starts. A donor thereby sees its own agreements' tasks and nothing else; candidate groups
 * get their tasks' permissions from the engine itself.
 */
@Component
@Order(0)
public class AuthorizationGrants implements ApplicationRunner {

  /** The agency's groups that work in Tasklist. */
  public static final List<String> AGENCY_GROUPS =
      List.of(
          Roles.PARTNERSHIP_OFFICERS,
          Roles.LEGAL,
          Roles.FINANCE,
          Roles.COMPLIANCE,
          Roles.HEAD_OF_PARTNERSHIPS,
          Roles.DIRECTOR,
          Roles.SIGNATORIES,
          Roles.MANAGERS);

  private final AuthorizationService authorizations;
  private final IdentityService identityService;
  private final List<ProcessAccess> processes;

  AuthorizationGrants(
      AuthorizationService authorizations,
      IdentityService identityService,
      List<ProcessAccess> processes) {
    this.authorizations = authorizations;
    this.identityService = identityService;
    this.processes = processes;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Resources resource : Resources.values()) {
      grant(Roles.ADMINISTRATORS, resource, ANY, Permissions.ALL);
    }
    for (String group : AGENCY_GROUPS) {
      grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      // Variables are read with permissions of their own (enforceSpecificVariablePermission):
      // the agency's staff read those of every process and task, a partner's group only those
      // of its own tasks, which the engine grants with the task.
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          ANY,
          ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
          ProcessDefinitionPermissions.READ_TASK_VARIABLE);
      grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    }
    for (ProcessAccess process : processes) {
      for (String group : process.startedBy()) {
        grant(
            group,
            Resources.PROCESS_DEFINITION,
            process.processKey(),
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
      }
    }
    // Managers watch everything and change nothing.
    grant(Roles.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        Roles.MANAGERS,
        Resources.PROCESS_DEFINITION,
        ANY,
        ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grant(Roles.MANAGERS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.TASK, ANY, Permissions.READ);
    grant(Roles.MANAGERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
    // Partners registered before a grant was added get it too: the grants are idempotent.
    identityService.createGroupQuery().list().stream()
        .map(Group::getId)
        .filter(PartnerGroups::isPartnerGroup)
        .forEach(this::forPartnerGroup);
  }

  /** A partner's representatives work in Tasklist on their own agreements' tasks only. */
  public void forPartnerGroup(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    // To render the forms of their tasks; it shows no agreement (its model, the XML, is refused).
    for (ProcessAccess process : processes) {
      if (process.partnersHaveTasks()) {
        grant(
            groupId,
            Resources.PROCESS_DEFINITION,
            process.processKey(),
            ProcessDefinitionPermissions.READ);
      }
      if (process.partnersStart()) {
        grant(
            groupId,
            Resources.PROCESS_DEFINITION,
            process.processKey(),
            ProcessDefinitionPermissions.READ,
            ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      }
    }
  }

  /**
   * The partner's group reads a process instance of its own agreement (the agreement's, an
   * amendment's), and only those.
   */
  public void forAgreement(String partnerGroupId, String processInstanceId) {
    grant(partnerGroupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
  }

  /** The members of a group may use a resource, such as their group's Tasklist filter. */
  public void forGroup(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    grant(groupId, resource, resourceId, permissions);
  }

  /** Everyone may read a shared resource, such as a Tasklist filter. */
  public void forEveryone(Resource resource, String resourceId, Permission permission) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GLOBAL)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization =
        existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    authorization.setUserId(ANY);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    authorization.addPermission(permission);
    authorizations.saveAuthorization(authorization);
  }

  private void grant(
      String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing =
        authorizations
            .createAuthorizationQuery()
            .authorizationType(AUTH_TYPE_GRANT)
            .groupIdIn(groupId)
            .resourceType(resource)
            .resourceId(resourceId)
            .singleResult();
    Authorization authorization =
        existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
