package org.accord.notification;

import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.notification.persistence.NotificationMapper;
import org.eclipse.angus.mail.util.MailConnectException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one message per transaction, all of a run through one connection to
 * the mail server: the row stays locked while it is sent (another node skips it) and is marked SENT
 * in the same transaction. A node that dies after the SMTP server took the message but before the
 * commit leaves it PENDING, so it is sent again rather than lost. A failed attempt is retried with
 * exponential back-off; after the last attempt the message is DEAD.
 */
@Component
public class OutboxDispatcher {

  private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
  private static final int MESSAGES_PER_RUN = 200;
  private static final Duration MAX_SERVER_BACK_OFF = Duration.ofMinutes(5);

  private final NotificationMapper outbox;
  private final MailGateway gateway;
  private final TransactionTemplate transaction;
  private final NotificationProperties properties;
  private final Clock clock;
  private volatile Duration serverBackOff = Duration.ZERO;

  // While the server is down, the node waits for it as a whole: each run trying the next message
  // would double the back-off per message, not per wait, and a restored server would find the
  // outbox minutes away from its next try.
  private volatile OffsetDateTime serverRetryAt = OffsetDateTime.MIN;

  OutboxDispatcher(
      NotificationMapper outbox,
      MailGateway gateway,
      TransactionTemplate transaction,
      NotificationProperties properties,
      Clock clock) {
    this.outbox = outbox;
    this.gateway = gateway;
    this.transaction = transaction;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${accord.notifications.dispatch-interval:PT2S}")
  public void dispatchDue() {
    if (OffsetDateTime.now(clock).isBefore(serverRetryAt)) {
      return;
    }
    try (MailGateway.Connection connection = gateway.open()) {
      for (int sent = 0;
          sent < MESSAGES_PER_RUN
              && Boolean.TRUE.equals(transaction.execute(status -> dispatchNext(connection)));
          sent++) {
        // each message in its own transaction, all through one connection
      }
    }
  }

  private boolean dispatchNext(MailGateway.Connection connection) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Notification> next = outbox.lockNextDue(now);
    if (next.isEmpty()) {
      return false;
    }
    Notification notification = next.get();
    try {
      connection.send(notification);
      outbox.markSent(notification.id(), now);
      serverBackOff = Duration.ZERO;
    } catch (RuntimeException failed) {
      if (isServerUnavailable(failed)) {
        // The server is down, not the message wrong: wait for the server, spend no attempt.
        serverBackOff =
            serverBackOff.isZero()
                ? properties.firstRetryAfter()
                : min(serverBackOff.multipliedBy(2), MAX_SERVER_BACK_OFF);
        serverRetryAt = now.plus(serverBackOff);
        outbox.awaitServer(serverRetryAt, abbreviate(failed.getMessage()));
        log.warn(
            "SMTP server unavailable; notifications wait {} before the next try: {}",
            serverBackOff,
            failed.getMessage());
        return false;
      }
      int attempts = notification.attempts() + 1;
      boolean dead = attempts >= properties.maxAttempts();
      Duration backOff =
          properties.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
      outbox.markFailed(
          notification.id(),
          dead ? NotificationStatus.DEAD : NotificationStatus.PENDING,
          attempts,
          now.plus(backOff),
          abbreviate(failed.getMessage()));
      log.warn(
          "Notification {} to {} failed (attempt {}{}): {}",
          notification.id(),
          notification.recipient(),
          attempts,
          dead ? ", giving up" : "",
          failed.getMessage());
    }
    return true;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** A failure to reach or log into the SMTP server, as opposed to a message it refused. */
  static boolean isServerUnavailable(Throwable failure) {
    if (failure instanceof MailAuthenticationException) {
      return true;
    }
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof ConnectException
          || cause instanceof SocketTimeoutException
          || cause instanceof UnknownHostException
          || cause instanceof MailConnectException) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
      return messaging.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }

  private static String abbreviate(String message) {
    String text = message == null ? "unknown failure" : message;
    return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
  }
}
