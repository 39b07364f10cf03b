package org.accord.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * SMTP when {@code SPRING_MAIL_HOST} is set; otherwise the messages are written to the log, so a
 * run without a mail server (the embedded default) works and shows what it would have sent.
 */
@Configuration(proxyBeanMethods = false)
class MailGatewayConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MailGatewayConfiguration.class);

  @Bean
  @ConditionalOnProperty("spring.mail.host")
  MailGateway smtpMailGateway(JavaMailSender mailSender, NotificationProperties properties) {
    return notification -> {
      MimeMessage message = mailSender.createMimeMessage();
      try {
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from());
        helper.setTo(notification.recipient());
        helper.setSubject(notification.subject());
        helper.setText(notification.bodyText(), notification.bodyHtml());
        message.saveChanges();
        // The same id on a resend after a crash lets mail clients recognise the duplicate.
        message.setHeader("Message-ID", "<notification-" + notification.id() + "@accord>");
      } catch (MessagingException unbuildable) {
        throw new MailPreparationException(unbuildable);
      }
      mailSender.send(message);
    };
  }

  @Bean
  @ConditionalOnMissingBean(MailGateway.class)
  MailGateway loggingMailGateway() {
    log.info("No SMTP server configured (SPRING_MAIL_HOST): notifications are written to this log");
    return notification ->
        log.info(
            "Notification for {}: {}\n{}",
            notification.recipient(),
            notification.subject(),
            notification.bodyText());
  }
}
