package org.accord.notification;

/**
 * A template that is missing or needs a value the event did not give. It fails the step that queued
 * the message, so it shows as an incident instead of a silent, broken e-mail.
 */
public class NotificationTemplateException extends RuntimeException {

  public NotificationTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
