package org.accord.notification.web;

import java.util.List;
import org.accord.notification.Notification;
import org.accord.notification.NotificationService;
import org.accord.notification.NotificationStatus;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  record DigestSubscription(Boolean subscribed) {}

  private final NotificationService notifications;
  private final CurrentUser currentUser;

  NotificationController(NotificationService notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  /** The outbox, for administrators: what was sent, what waits, and what is DEAD and why. */
  @GetMapping
  List<Notification> list(
      @RequestParam(required = false) NotificationStatus status,
      @RequestParam(name = "agreement", required = false) String agreementReference) {
    requireAdministrator();
    return notifications.find(status, agreementReference);
  }

  @PostMapping("/{id}/retry")
  Notification retry(@PathVariable long id) {
    requireAdministrator();
    return notifications.retry(id);
  }

  /** Opts the current user in or out of the daily digest of their open tasks. */
  @PutMapping("/digest")
  DigestSubscription digest(@RequestBody DigestSubscription subscription) {
    if (subscription.subscribed() == null) {
      throw new InvalidInputException("subscribed", "is required (true or false)");
    }
    notifications.subscribeToDigest(currentUser.id(), subscription.subscribed());
    return subscription;
  }

  private void requireAdministrator() {
    if (!currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("Only administrators see the notification outbox");
    }
  }
}
