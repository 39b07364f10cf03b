package org.accord.identity.web;

import java.time.LocalDate;
import org.accord.identity.DeputyService;
import org.accord.identity.Deputyship;
import org.accord.security.CurrentUser;
import org.accord.security.SystemAuthority;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's deputy while they are away: named by the user, or by an administrator. */
@RestController
@RequestMapping("/api/users/{userId}/deputy")
class DeputyController {

  record DeputyRequest(String deputy, LocalDate from, LocalDate until) {}

  private final DeputyService deputies;
  private final CurrentUser currentUser;
  private final SystemAuthority system;

  DeputyController(DeputyService deputies, CurrentUser currentUser, SystemAuthority system) {
    this.deputies = deputies;
    this.currentUser = currentUser;
    this.system = system;
  }

  @PutMapping
  Deputyship name(@PathVariable String userId, @RequestBody DeputyRequest request) {
    requireSelfOrAdministrator(userId);
    String namedBy = currentUser.id();
    // Lending groups and handing over tasks is Accord's to do, not the user's.
    return system.run(
        () -> deputies.name(userId, request.deputy(), request.from(), request.until(), namedBy));
  }

  @GetMapping
  Deputyship get(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    return deputies
        .find(userId)
        .orElseThrow(() -> new NotFoundException(userId + " has no deputy"));
  }

  @DeleteMapping
  ResponseEntity<Void> remove(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    system.run(
        () -> {
          deputies.remove(userId);
          return null;
        });
    return ResponseEntity.noContent().build();
  }

  private void requireSelfOrAdministrator(String userId) {
    if (!userId.equals(currentUser.id()) && !currentUser.isMemberOf(Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Users name their own deputy; administrators anyone's");
    }
    if (!system.run(() -> deputies.isAgencyStaff(userId))) {
      throw new ForbiddenException("Deputies are for the agency's staff");
    }
  }
}
