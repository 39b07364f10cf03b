package org.accord.identity;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
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

  /**
   * "Sofia Rossi", or the user id of a user without a name. Read as Accord, not as the user signed
   * in: Camunda shows users only to those granted READ on them, so a manager accepting a report
   * read its submitter as "officer" on the report's PDF.
   */
  public String nameOf(String userId) {
    User user = asAccord(() -> identityService.createUserQuery().userId(userId).singleResult());
    if (user == null || user.getFirstName() == null || user.getFirstName().isBlank()) {
      return userId;
    }
    return (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName()))
        .strip();
  }

  private <T> T asAccord(Supplier<T> query) {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return query.get();
    }
    identityService.clearAuthentication();
    try {
      return query.get();
    } finally {
      identityService.setAuthentication(caller);
    }
  }

  /** "Sofia Rossi (legal)": the name, and the login an administrator looks up. */
  public String described(String userId) {
    String name = nameOf(userId);
    return name.equals(userId) ? userId : name + " (" + userId + ")";
  }
}
