package org.accord.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.accord.notification.persistence.NotificationMapper;
import org.accord.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notifications in the outbox, in the caller's transaction (the engine's, when a process
 * step queues them): the dispatcher sends them once that transaction has committed.
 */
@Service
public class NotificationService {

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationMapper outbox;
  private final NotificationTemplates templates;
  private final Clock clock;

  NotificationService(NotificationMapper outbox, NotificationTemplates templates, Clock clock) {
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  /**
   * Queues the message for each recipient. An address that cannot be an e-mail address is kept as
   * DEAD with the reason, for an administrator to see; it does not stop the others.
   */
  @Transactional
  public void queue(Message message) {
    NotificationTemplates.Rendered rendered =
        templates.render(message.template(), message.language(), message.model());
    Set<String> recipients = new LinkedHashSet<>(message.recipients());
    if (recipients.isEmpty()) {
      log.warn(
          "Nobody to notify of {} ({}): no recipient has an e-mail address",
          message.template(),
          message.eventKey());
    }
    for (String recipient : recipients) {
      boolean deliverable = EmailAddresses.isValid(recipient);
      if (!deliverable) {
        log.warn(
            "Notification {} for '{}' is undeliverable: not an e-mail address",
            message.eventKey(),
            recipient);
      }
      outbox.insertIfAbsent(
          message.eventKey(),
          recipient,
          message.template(),
          message.agreementReference(),
          rendered.subject(),
          rendered.text(),
          rendered.html(),
          deliverable ? NotificationStatus.PENDING : NotificationStatus.DEAD,
          deliverable ? null : "Not an e-mail address",
          // The dispatcher compares with the application's clock, so the row starts from it too.
          OffsetDateTime.now(clock),
          message.attachment());
    }
  }

  public List<Notification> find(NotificationStatus status, String agreementReference) {
    return outbox.find(status, agreementReference);
  }

  /** Gives a DEAD message a fresh round of attempts, after the cause has been fixed. */
  @Transactional
  public Notification retry(long id) {
    outbox.retry(id, OffsetDateTime.now(clock));
    return outbox.findById(id).orElseThrow(() -> new NotFoundException("No notification " + id));
  }

  public int backlog() {
    return outbox.countPending();
  }

  @Transactional
  public void subscribeToDigest(String userId, boolean subscribed) {
    if (subscribed) {
      outbox.subscribeToDigest(userId);
    } else {
      outbox.unsubscribeFromDigest(userId);
    }
  }

  public List<String> digestSubscribers() {
    return outbox.digestSubscribers();
  }
}
