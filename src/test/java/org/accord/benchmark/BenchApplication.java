package org.accord.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.accord.AccordApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accord as the benchmarks run it: on its own embedded database, its jobs run by the driver, its
 * mail sent to a local SMTP server.
 */
final class BenchApplication {

  // ACCORD_TEST_MAIL_PORT, as for the tests, where several runs share the machine.
  static final int SMTP_PORT =
      Integer.parseInt(System.getenv().getOrDefault("ACCORD_TEST_MAIL_PORT", "33125"));

  private BenchApplication() {}

  /** With an SMTP server of its own, for the notifications, stopped with the application. */
  static ConfigurableApplicationContext start(Path data, String... settings) {
    return start(data, context -> {}, settings);
  }

  /** The same, the context prepared first (such as instruments added to its beans). */
  static ConfigurableApplicationContext start(
      Path data,
      ApplicationContextInitializer<ConfigurableApplicationContext> preparation,
      String... settings) {
    GreenMail smtp =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(AccordApplication.class)
            .profiles("demo", "test")
            .initializers(preparation)
            .run(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                            "--accord.embedded-database.data-dir=" + data,
                            "--server.port=0",
                            "--management.server.port=0",
                            "--spring.mail.port=" + SMTP_PORT,
                            "--camunda.bpm.job-execution.enabled=false"),
                        java.util.stream.Stream.of(settings))
                    .toArray(String[]::new));
    app.addApplicationListener((ContextClosedEvent closed) -> smtp.stop());
    awaitLandingFigures(app);
    return app;
  }

  /**
   * Waits for the managers' landing figures, which the application computes in the background once
   * started (seconds on a large database): nothing is timed beside that.
   */
  private static void awaitLandingFigures(ConfigurableApplicationContext app) {
    MeterRegistry registry = app.getBean(MeterRegistry.class);
    awaitUntil(
        "the landing figures computed",
        () ->
            registry.find("accord.dashboard.computation").tag("filter", "none").timers().stream()
                .anyMatch(timer -> timer.count() > 0));
  }

  /**
   * Waits until the outbox has sent everything: the mail a measured phase queued is part of its
   * work, and must not be sent during the next phase's.
   */
  static void awaitOutboxSent(ConfigurableApplicationContext app) {
    JdbcTemplate db = new JdbcTemplate(app.getBean(DataSource.class));
    awaitUntil(
        "the outbox sent",
        () ->
            db.queryForObject(
                    "select count(*) from accord.notification where status = 'PENDING'", Long.class)
                == 0);
  }

  private static void awaitUntil(String what, BooleanSupplier done) {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(5));
    while (!done.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("Not " + what + " after 5 minutes");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
  }

  /**
   * Drops the mail queued by opening tasks before a measurement (tens of thousands of "new task"
   * messages at once, which no real day brings): sending it would run beside the queries or
   * completions being timed.
   */
  static void dropQueuedMail(ConfigurableApplicationContext app) {
    new JdbcTemplate(app.getBean(DataSource.class))
        .update("delete from accord.notification where status = 'PENDING'");
  }
}
