package org.accord.notification;

/** Hands messages to whatever delivers mail. */
public interface MailGateway {

  /**
   * A connection for the messages of one dispatch run: opened at the first message, kept for the
   * next ones (an SMTP server's greeting, TLS and login once per run, not per message).
   */
  Connection open();

  interface Connection extends AutoCloseable {

    /** Throws when the message could not be handed over. */
    void send(Notification notification);

    @Override
    void close();
  }
}
