package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.accord.shared.Language;
import org.accord.testing.AccordMapperTest;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox's rules in the database: one message per event and recipient, and the purge. */
@AccordMapperTest
@Import({NotificationService.class, NotificationTemplates.class, SentMailPurge.class})
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationOutboxTest {

  @Autowired NotificationService notifications;
  @Autowired SentMailPurge purge;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  @TestConfiguration(proxyBeanMethods = false)
  static class SystemClock {

    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }

    // No engine here to know users by: every address in English; the outbox's rules are the same.
    @Bean
    RecipientLanguages recipientLanguages() {
      return Mockito.mock(RecipientLanguages.class, invocation -> Language.EN);
    }
  }

  @Test
  void sameEventQueuedTwice_isQueuedOnce() {
    Message message =
        new Message(
            "test:duplicate",
            "report-overdue",
            "PA-TEST-0001",
            List.of("manager@accord.example"),
            Map.of("reference", "PA-TEST-0001", "tasklist", "http://accord.example"));

    notifications.queue(message);
    notifications.queue(message);

    assertThat(
            jdbc.queryForObject(
                "select count(*) from accord.notification"
                    + " where agreement_reference = 'PA-TEST-0001' and template = 'report-overdue'",
                Integer.class))
        .isEqualTo(1);
  }

  @Test
  void messagesSentMoreThanNinetyDaysAgo_areDeleted_andWaitingOrDeadOnesStay() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    queued("purge-old-sent", "SENT", now.minusDays(91));
    queued("purge-recent-sent", "SENT", now.minusDays(89));
    queued("purge-old-dead", "DEAD", null);
    queued("purge-old-pending", "PENDING", null);

    assertThat(purge.purge()).isPositive();

    assertThat(
            jdbc.queryForList(
                "select event_key from accord.notification where event_key like 'purge-%'",
                String.class))
        .containsExactlyInAnyOrder("purge-recent-sent", "purge-old-dead", "purge-old-pending");
  }

  /** A message as the outbox keeps it, written half a year ago. */
  private void queued(String eventKey, String status, OffsetDateTime sentAt) {
    jdbc.update(
        "insert into accord.notification (event_key, recipient, template, subject, body_text,"
            + " body_html, status, created_at, next_attempt_at, sent_at)"
            + " values (?, 'old@accord.example', 'task-created', 'Old', 'Old', '<p>Old</p>', ?,"
            + " now() - interval '180 days', now() + interval '1 day', ?)",
        eventKey,
        status,
        sentAt);
  }
}
