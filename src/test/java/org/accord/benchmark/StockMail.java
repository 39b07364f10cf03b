package org.accord.benchmark;

import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.Properties;

/**
 * The floor's mail, with no Accord code: the messages Accord sent for one agreement (recipients,
 * subjects, text and HTML bodies, attachments), sent again with plain Jakarta Mail to the same SMTP
 * server, one connection for the agreement's messages.
 */
final class StockMail {

  /** One message as Accord's outbox held it. */
  record Mail(
      String recipient,
      String subject,
      String text,
      String html,
      String attachmentName,
      String attachmentType,
      byte[] attachment) {}

  private final Session session;
  private final List<Mail> mails;

  StockMail(int port, List<Mail> mails) {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(port));
    this.session = Session.getInstance(properties);
    this.mails = List.copyOf(mails);
  }

  int messages() {
    return mails.size();
  }

  void send() throws MessagingException {
    try (Transport transport = session.getTransport("smtp")) {
      transport.connect();
      for (Mail mail : mails) {
        MimeMessage message = message(mail);
        transport.sendMessage(message, message.getAllRecipients());
      }
    }
  }

  private MimeMessage message(Mail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress("floor@localhost"));
    message.setRecipient(RecipientType.TO, new InternetAddress(mail.recipient()));
    message.setSubject(mail.subject(), "UTF-8");
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8");
    alternative.addBodyPart(text);
    MimeBodyPart html = new MimeBodyPart();
    html.setContent(mail.html(), "text/html; charset=UTF-8");
    alternative.addBodyPart(html);
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    MimeMultipart mixed = new MimeMultipart("mixed");
    mixed.addBodyPart(body);
    if (mail.attachment() != null) {
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(new ByteArrayDataSource(mail.attachment(), mail.attachmentType())));
      attachment.setFileName(mail.attachmentName());
      mixed.addBodyPart(attachment);
    }
    message.setContent(mixed);
    message.saveChanges();
    return message;
  }
}
