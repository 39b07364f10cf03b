package org.accord.notification;

import org.accord.notification.persistence.NotificationMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP when {@code SPRING_MAIL_HOST} is set; otherwise the messages are written to the log, so a
 * run without a mail server (the embedded default) works and shows what it would have sent.
 */
@Configuration(proxyBeanMethods = false)
class MailGatewayConfiguration {

  private static final Logger log = LoggerFactory.getLogger(MailGatewayConfiguration.class);

  @Bean
  @ConditionalOnProperty("spring.mail.host")
  MailGateway smtpMailGateway(
      JavaMailSenderImpl mailSender, NotificationProperties properties, NotificationMapper outbox) {
    return new SmtpMailGateway(mailSender, properties, outbox);
  }

  @Bean
  @ConditionalOnMissingBean(MailGateway.class)
  MailGateway loggingMailGateway() {
    log.info("No SMTP server configured (SPRING_MAIL_HOST): notifications are written to this log");
    return () ->
        new MailGateway.Connection() {
          @Override
          public void send(Notification notification) {
            log.info(
                "Notification for {}: {}\n{}",
                notification.recipient(),
                notification.subject(),
                notification.bodyText());
          }

          @Override
          public void close() {}
        };
  }
}
