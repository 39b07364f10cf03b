package org.accord.notification;

public enum NotificationStatus {
  /** Waiting to be sent, or to be tried again after a failure. */
  PENDING,
  SENT,
  /** Given up after the configured number of attempts, or undeliverable: administrators look. */
  DEAD
}
