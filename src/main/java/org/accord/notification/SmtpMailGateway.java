package org.accord.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.accord.notification.persistence.NotificationMapper;
import org.accord.notification.persistence.NotificationMapper.AttachmentContent;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends over SMTP with the server and session Spring Boot configured ({@code spring.mail.*}),
 * through one connection per dispatch run rather than Spring's one per message.
 */
class SmtpMailGateway implements MailGateway {

  private final JavaMailSenderImpl mailSender;
  private final NotificationProperties properties;
  private final NotificationMapper outbox;

  SmtpMailGateway(
      JavaMailSenderImpl mailSender, NotificationProperties properties, NotificationMapper outbox) {
    this.mailSender = mailSender;
    this.properties = properties;
    this.outbox = outbox;
  }

  @Override
  public Connection open() {
    return new SmtpConnection();
  }

  private MimeMessage message(Notification notification) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(properties.from());
      helper.setTo(notification.recipient());
      helper.setSubject(notification.subject());
      helper.setText(notification.bodyText(), notification.bodyHtml());
      if (notification.attachmentName() != null) {
        AttachmentContent attachment = outbox.attachment(notification.id());
        helper.addAttachment(
            attachment.fileName(),
            new ByteArrayResource(attachment.bytes()),
            attachment.contentType());
      }
      message.saveChanges();
      // The same id on a resend after a crash lets mail clients recognise the duplicate.
      message.setHeader("Message-ID", "<notification-" + notification.id() + "@accord>");
      return message;
    } catch (MessagingException unbuildable) {
      throw new MailPreparationException(unbuildable);
    }
  }

  private final class SmtpConnection implements Connection {

    private Transport transport;

    @Override
    public void send(Notification notification) {
      MimeMessage message = message(notification);
      try {
        boolean kept = transport != null;
        try {
          deliver(message);
        } catch (MessagingException failed) {
          // Whatever state the conversation is in, the next message starts a new one.
          close();
          if (!kept || refusedRecipients(failed)) {
            throw failed;
          }
          // The server may have ended the conversation kept open since the last message: the
          // send then fails as it finds the connection gone ([EOF], a SendFailedException too).
          deliver(message);
        }
      } catch (AuthenticationFailedException refused) {
        close();
        throw new MailAuthenticationException(refused);
      } catch (MessagingException failed) {
        close();
        throw new MailSendException("Sending to " + notification.recipient() + " failed", failed);
      }
    }

    /** The server refused the addresses: a new conversation would be refused them too. */
    private static boolean refusedRecipients(MessagingException failed) {
      return failed instanceof SendFailedException refused
          && refused.getInvalidAddresses() != null
          && refused.getInvalidAddresses().length > 0;
    }

    /**
     * Not {@code isConnected()} to decide whether to connect: over SMTP that asks the server
     * (NOOP), a round trip per message.
     */
    private void deliver(MimeMessage message) throws MessagingException {
      if (transport == null) {
        transport = mailSender.getSession().getTransport(mailSender.getProtocol());
        transport.connect(
            mailSender.getHost(),
            mailSender.getPort(),
            mailSender.getUsername(),
            mailSender.getPassword());
      }
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException alreadyGone) {
          // nothing left to close
        }
        transport = null;
      }
    }
  }
}
