package org.accord.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.accord.notification.persistence.NotificationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sent messages once they are older than {@code keep-sent} (90 days): the outbox holds
 * every message's text and HTML, one per task and recipient, and without this it would grow with
 * every agreement for ever. Messages waiting to be sent and DEAD ones, which administrators act on,
 * stay. Every node may run it: deleting what another node deleted deletes nothing.
 */
@Component
public class SentMailPurge {

  private static final Logger log = LoggerFactory.getLogger(SentMailPurge.class);

  private final NotificationMapper outbox;
  private final NotificationProperties properties;
  private final Clock clock;

  SentMailPurge(NotificationMapper outbox, NotificationProperties properties, Clock clock) {
    this.outbox = outbox;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(cron = "${accord.notifications.purge-cron:0 30 3 * * *}", zone = "UTC")
  public int purge() {
    int deleted = outbox.deleteSentBefore(OffsetDateTime.now(clock).minus(properties.keepSent()));
    if (deleted > 0) {
      log.info("Deleted {} notifications sent more than {} ago", deleted, properties.keepSent());
    }
    return deleted;
  }
}
