package org.accord.notification;

/** Hands a message to whatever delivers mail; throws when it could not. */
public interface MailGateway {

  void send(Notification notification);
}
