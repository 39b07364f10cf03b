package org.accord.identity;

import java.util.Set;
import org.accord.security.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile, the first administrator comes from {@code ACCORD_ADMIN_USER} and {@code
 * ACCORD_ADMIN_PASSWORD}, and Accord refuses to start without a password or with one anybody could
 * guess. An existing administrator is left as it is.
 */
@Component
@Profile("!demo")
@Order(1)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private static final Set<String> GUESSABLE =
      Set.of("admin", "demo", "password", "camunda", "changeme", "accord", "secret");

  private final IdentityService identityService;
  private final String userId;
  private final String password;

  FirstAdministrator(
      IdentityService identityService,
      @Value("${accord.admin.user:admin}") String userId,
      @Value("${accord.admin.password:}") String password) {
    if (password.isBlank()) {
      throw new IllegalStateException(
          "ACCORD_ADMIN_PASSWORD is not set: outside the demo profile Accord needs the first"
              + " administrator's password (at least 12 characters)");
    }
    if (password.length() < 12
        || GUESSABLE.contains(password.toLowerCase())
        || password.equalsIgnoreCase(userId)) {
      throw new IllegalStateException(
          "ACCORD_ADMIN_PASSWORD is a default or guessable password: choose one of at least 12"
              + " characters that is not the user name");
    }
    this.identityService = identityService;
    this.userId = userId;
    this.password = password;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (identityService.createGroupQuery().groupId(Roles.ADMINISTRATORS).count() == 0) {
      Group administrators = identityService.newGroup(Roles.ADMINISTRATORS);
      administrators.setName("Administrators");
      administrators.setType(Groups.GROUP_TYPE_SYSTEM);
      identityService.saveGroup(administrators);
    }
    carryOverCamundaAdministrators();
    if (identityService.createUserQuery().memberOfGroup(Roles.ADMINISTRATORS).count() > 0) {
      return;
    }
    User administrator = identityService.newUser(userId);
    administrator.setFirstName("Accord");
    administrator.setLastName("Administrator");
    administrator.setPassword(password);
    identityService.saveUser(administrator);
    identityService.createMembership(userId, Roles.ADMINISTRATORS);
    log.info("Created the first administrator '{}'", userId);
  }

  /**
   * On an engine whose administrators' group is not Camunda's (Operaton's {@code operaton-admin}),
   * the administrators of a database Camunda made join it: the webapps check that group by its id,
   * and without a member in it they offer anyone the page that creates the first administrator. On
   * Camunda the two are the same group and nothing happens.
   */
  private void carryOverCamundaAdministrators() {
    if (Roles.ADMINISTRATORS.equals(Roles.CAMUNDA_ADMINISTRATORS)) {
      return;
    }
    for (User member :
        identityService.createUserQuery().memberOfGroup(Roles.CAMUNDA_ADMINISTRATORS).list()) {
      if (identityService
              .createUserQuery()
              .userId(member.getId())
              .memberOfGroup(Roles.ADMINISTRATORS)
              .count()
          == 0) {
        identityService.createMembership(member.getId(), Roles.ADMINISTRATORS);
        log.info("Administrator '{}' carried over to {}", member.getId(), Roles.ADMINISTRATORS);
      }
    }
  }
}
