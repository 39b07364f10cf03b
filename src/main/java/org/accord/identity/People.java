package org.accord.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** People as users read them: by their names, their login beside it where it helps. */
@Service
public class People {

  private final IdentityService identityService;

  // Lazy: the engine's plugins reach this service while the engine is being built.
  People(@Lazy IdentityService identityService) {
    this.identityService = identityService;
  }

  /** "Sofia Rossi", or the user id of a user without a name. */
  public String nameOf(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null || user.getFirstName() == null || user.getFirstName().isBlank()) {
      return userId;
    }
    return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName()))
        .strip();
  }

  /** "Sofia Rossi (legal)": the name, and the login an administrator looks up. */
  public String described(String userId) {
    String name = nameOf(userId);
    return name.equals(userId) ? userId : name + " (" + userId + ")";
  }
}
