package org.accord.notification.process;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;

import java.time.Duration;
import java.util.Map;
import org.accord.agreement.AgreementService;
import org.accord.notification.Audience;
import org.accord.notification.NotificationProperties;
import org.accord.notification.NotificationService;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Wires the real notification delegates and deadlines, over stand-in services, into a process test
 * engine, with the default durations of application.yaml.
 */
public final class NotificationDelegates {

  private NotificationDelegates() {}

  public static void register(
      NotificationService notifications, Audience audience, AgreementService agreements) {
    ProcessMessages messages =
        new ProcessMessages(
            new NotificationProperties(
                "Accord <accord@localhost>",
                "http://localhost:8080",
                8,
                Duration.ofSeconds(30),
                Duration.ofDays(90)));
    Mocks.register(
        "notifyDelegate", new NotifyDelegate(notifications, audience, messages, agreements));
    Mocks.register(
        "taskDeadlines",
        new TaskDeadlines(
            new TaskDeadlines.Properties(
                Duration.ofDays(5),
                Duration.ofDays(3),
                Map.of(
                    DONOR_SIGN_OFF,
                    Duration.ofDays(14),
                    SUBMIT_PROGRESS_REPORT,
                    Duration.ofDays(30)),
                Map.of(),
                Duration.ofDays(7),
                Duration.ofDays(21))));
  }
}
