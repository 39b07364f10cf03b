package org.accord.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/**
 * Who is asking the engine's API, before the engine is asked: the HTTP Basic user engine-rest's
 * filter has authenticated, or the user of a webapp session (Tasklist), whose engine calls the
 * webapp authenticates only inside its own resources.
 */
public final class RequestUser {

  private RequestUser() {}

  /** The user and their groups; null when nobody is logged in. */
  public static Authentication of(HttpServletRequest request, IdentityService identityService) {
    Authentication basic = identityService.getCurrentAuthentication();
    if (basic != null) {
      return basic;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    return AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream()
        .findFirst()
        .map(
            user ->
                new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()))
        .orElse(null);
  }

  /** Work done as a user, which may fail as the caller's own work does. */
  @FunctionalInterface
  public interface Work<T, E extends Exception> {
    T run() throws E;
  }

  /**
   * Does the work as this user, with the engine's checks of their permissions, and puts back
   * whoever was authenticated before.
   */
  public static <T, E extends Exception> T as(
      IdentityService identityService, Authentication user, Work<T, E> work) throws E {
    Authentication before = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user);
    try {
      return work.run();
    } finally {
      if (before == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(before);
      }
    }
  }
}
