package org.accord.security;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an action of Accord's own on the engine, without the current user's permissions: a
 * partnership officer registers a partner, and Accord creates its group and grants, which the
 * officer could not do through engine-rest.
 */
@Component
public class SystemAuthority {

  private final IdentityService identityService;

  SystemAuthority(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return action.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      }
    }
  }

  /**
   * Runs an action the API has already authorized (a manager terminating an agreement) with the
   * engine's full rights, in that user's name: the engine's audit log and Accord's history show who
   * did it, though the user may not do the same through engine-rest.
   */
  public <T> T onBehalfOf(String userId, Supplier<T> action) {
    Authentication user = identityService.getCurrentAuthentication();
    identityService.setAuthentication(userId, List.of(Roles.ADMINISTRATORS));
    try {
      return action.get();
    } finally {
      if (user != null) {
        identityService.setAuthentication(user);
      } else {
        identityService.clearAuthentication();
      }
    }
  }
}
