package org.accord.identity.web;

import java.util.List;
import org.accord.identity.DeputyService;
import org.accord.identity.Deputyship;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every deputyship, requested, in force or decided, for those who approve them and those who watch:
 * who stands in for whom, when, with which groups, and who decided.
 */
@RestController
class DeputyshipsController {

  private final DeputyService deputies;
  private final CurrentUser currentUser;

  DeputyshipsController(DeputyService deputies, CurrentUser currentUser) {
    this.deputies = deputies;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/deputyships")
  List<Deputyship> all() {
    if (!currentUser.isMemberOf(Roles.HEAD_OF_PARTNERSHIPS)
        && !currentUser.isMemberOf(Roles.MANAGERS)
        && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException(
          "Deputyships are listed for the head of partnerships, managers and administrators");
    }
    return deputies.all();
  }
}
