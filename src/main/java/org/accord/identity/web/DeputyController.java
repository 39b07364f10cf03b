package org.accord.identity.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.identity.DeputyService;
import org.accord.identity.Deputyship;
import org.accord.identity.DeputyshipApproval;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.security.UserGroups;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A user's deputy while they are away: asked for by the user or an administrator, approved by the
 * head of partnerships in Tasklist or by an administrator here.
 */
@RestController
@RequestMapping("/api/users/{userId}/deputy")
class DeputyController {

  record DeputyRequest(String deputy, LocalDate from, LocalDate until, List<String> groups) {}

  record DeputyDecision(String decision, String comment) {}

  private final DeputyService deputies;
  private final CurrentUser currentUser;
  private final SystemAuthority system;
  private final TaskService taskService;
  private final IdentityService identityService;

  DeputyController(
      DeputyService deputies,
      CurrentUser currentUser,
      SystemAuthority system,
      TaskService taskService,
      IdentityService identityService) {
    this.deputies = deputies;
    this.currentUser = currentUser;
    this.system = system;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /** Accepted, not yet in force: it waits for approval. */
  @PutMapping
  ResponseEntity<Deputyship> request(
      @PathVariable String userId, @RequestBody DeputyRequest request) {
    requireSelfOrAdministrator(userId);
    String namedBy = currentUser.id();
    // Lending groups and handing over tasks is Accord's to do, not the user's.
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            system.run(
                () ->
                    deputies.request(
                        userId,
                        request.deputy(),
                        request.from(),
                        request.until(),
                        request.groups(),
                        namedBy)));
  }

  @GetMapping
  Deputyship get(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    return deputies
        .find(userId)
        .orElseThrow(() -> new NotFoundException(userId + " has no deputy"));
  }

  /**
   * An administrator decides a request as the head of partnerships would in Tasklist: the same
   * task, its rules and its separation of duties.
   */
  @PostMapping("/decision")
  ResponseEntity<Void> decide(@PathVariable String userId, @RequestBody DeputyDecision decision) {
    if (!currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException(
          "Administrators decide deputyships here; the head of partnerships in Tasklist");
    }
    Task pending =
        taskService
            .createTaskQuery()
            .processDefinitionKey(DeputyshipApproval.KEY)
            .processInstanceBusinessKey(userId)
            .taskDefinitionKey(DeputyshipApproval.Tasks.APPROVE_DEPUTYSHIP)
            .singleResult();
    if (pending == null) {
      throw new ConflictException(userId + " has no deputyship waiting for approval");
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(DeputyshipApproval.Variables.DECISION, decision.decision());
    if (decision.comment() != null) {
      variables.put(DeputyshipApproval.Variables.COMMENT, decision.comment());
    }
    taskService.complete(pending.getId(), variables);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping
  ResponseEntity<Void> remove(@PathVariable String userId) {
    requireSelfOrAdministrator(userId);
    String removedBy = currentUser.id();
    system.run(
        () -> {
          deputies.remove(userId, removedBy);
          return null;
        });
    return ResponseEntity.noContent().build();
  }

  private void requireSelfOrAdministrator(String userId) {
    if (!userId.equals(currentUser.id()) && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Users name their own deputy; administrators anyone's");
    }
    if (!system.run(() -> UserGroups.areAgencyStaff(identityService, userId))) {
      throw new ForbiddenException("Deputies are for the agency's staff");
    }
  }
}
