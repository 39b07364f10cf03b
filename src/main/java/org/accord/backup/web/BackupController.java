package org.accord.backup.web;

import java.util.List;
import org.accord.backup.Backup;
import org.accord.backup.BackupFailedException;
import org.accord.backup.BackupService;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Backups of the embedded database, for administrators: take one now, list those kept. */
@RestController
@RequestMapping("/api/backups")
class BackupController {

  private final BackupService backups;
  private final CurrentUser currentUser;

  BackupController(BackupService backups, CurrentUser currentUser) {
    this.backups = backups;
    this.currentUser = currentUser;
  }

  /** Takes a backup, verified before it is answered; it may take a while on a large database. */
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  Backup take() {
    requireAdministrator();
    return backups.take();
  }

  @GetMapping
  List<Backup> list() {
    requireAdministrator();
    return backups.list();
  }

  /** The disk full, the folder unwritable: said to the administrator, who can act on it. */
  @ExceptionHandler(BackupFailedException.class)
  ProblemDetail failed(BackupFailedException failed) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, failed.getMessage());
  }

  private void requireAdministrator() {
    if (!currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Only administrators take and see backups");
    }
  }
}
