package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/** Which failures are the server's (wait for it) and which the message's (spend an attempt). */
class OutboxDispatcherTest {

  @Test
  void unreachableServerOrFailedLoginIsTheServers() {
    MessagingException refused =
        new MessagingException(
            "Couldn't connect to host", new ConnectException("Connection refused"));
    assertThat(
            OutboxDispatcher.isServerUnavailable(
                new MailSendException("Mail server connection failed", refused)))
        .isTrue();
    assertThat(
            OutboxDispatcher.isServerUnavailable(
                new MailAuthenticationException("535 Authentication failed")))
        .isTrue();
  }

  @Test
  void refusedRecipientIsTheMessages() {
    MessagingException rejected = new SendFailedException("550 No such user");
    assertThat(
            OutboxDispatcher.isServerUnavailable(
                new MailSendException("Failed messages", rejected)))
        .isFalse();
    assertThat(OutboxDispatcher.isServerUnavailable(new IllegalStateException("template bug")))
        .isFalse();
  }
}
