package org.accord.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.notification.MailGateway;
import org.accord.notification.Notification;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port application-test.yaml gives the
 * application, and a way to make the node "die" right after the SMTP server took a message.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(@Value("${spring.mail.port}") int port) {
    return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @Bean
  @Primary
  CrashingMailGateway crashingMailGateway(@Qualifier("smtpMailGateway") MailGateway smtp) {
    return new CrashingMailGateway(smtp);
  }

  /** What a JVM dying looks like to the code that was running: nothing catches it. */
  static class NodeDied extends Error {
    NodeDied() {
      super("node died after the SMTP server accepted the message");
    }
  }

  /** Delegates to the real SMTP gateway; told to, it fails after the message went out. */
  public static class CrashingMailGateway implements MailGateway {

    private final MailGateway smtp;
    private final AtomicInteger crashesAfterSending = new AtomicInteger();

    CrashingMailGateway(MailGateway smtp) {
      this.smtp = smtp;
    }

    public void crashAfterNextSend() {
      crashesAfterSending.incrementAndGet();
    }

    @Override
    public Connection open() {
      Connection connection = smtp.open();
      return new Connection() {
        @Override
        public void send(Notification notification) {
          connection.send(notification);
          if (crashesAfterSending.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new NodeDied();
          }
        }

        @Override
        public void close() {
          connection.close();
        }
      };
    }
  }
}
