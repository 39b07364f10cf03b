package org.accord.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import org.accord.AccordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Accord as the benchmarks run it: on its own embedded database, its jobs run by the driver, its
 * mail sent to a local SMTP server.
 */
final class BenchApplication {

  static final int SMTP_PORT = 33125;

  private BenchApplication() {}

  /** With an SMTP server of its own, for the notifications, stopped with the application. */
  static ConfigurableApplicationContext start(Path data) {
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(AccordApplication.class)
            .profiles("demo", "test")
            .run(
                "--accord.embedded-database.data-dir=" + data,
                "--server.port=0",
                "--management.server.port=0",
                "--spring.mail.port=" + SMTP_PORT,
                "--camunda.bpm.job-execution.enabled=false");
    app.addApplicationListener((ContextClosedEvent closed) -> smtp.stop());
    return app;
  }
}
