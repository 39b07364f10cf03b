package org.accord.notification;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.notification.process.DailyDigest;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.TestMailServer.CrashingMailGateway;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications reach a real SMTP server, once each, whatever fails on the way. */
@AccordIntegrationTest
class NotificationIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;
  @Autowired CrashingMailGateway gateway;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired NotificationService notifications;
  @Autowired DailyDigest dailyDigest;
  @Autowired TransactionTemplate transaction;

  @Autowired
  @Qualifier("smtpMailGateway")
  MailGateway smtpGateway;

  @AfterEach
  void restoreClockAndServer() {
    ClockUtil.reset();
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @Test
  void newTaskNotifiesEveryMemberOfItsGroupWithALinkToTheTask() throws Exception {
    String reference = api.propose("GSMA", "5000.00");
    String taskId = (String) api.tasks("officer", reference, SCREEN_PROPOSAL).get(0).get("id");

    List<MimeMessage> messages = awaitMessages(reference, "Screen proposal", 2);

    assertThat(messages)
        .flatExtracting(NotificationIntegrationTest::to)
        .containsExactlyInAnyOrder("officer@accord.example", "officer2@accord.example");
    MimeMessage message = messages.get(0);
    assertThat(message.getSubject())
        .isEqualTo("[Accord] Screen proposal: " + reference + " Rural broadband toolkit");
    String body = GreenMailUtil.getBody(message);
    assertThat(body)
        .contains("http://accord.example/camunda/app/tasklist/default/#/?task=" + taskId)
        .contains("GSM Association")
        .contains("USD 5,000.00")
        .contains("text/html");
  }

  @Test
  void aNewTasksName_isWrittenInEachRecipientsLanguage_inTheDigestToo() throws Exception {
    api.put("officer", "/api/users/officer/language", Map.of("language", "fr"));
    try {
      String reference = api.propose("GSMA", "5100.00");

      assertThat(awaitMessages(reference, "Screen proposal", 1))
          .flatExtracting(NotificationIntegrationTest::to)
          .containsExactly("officer2@accord.example");
      MimeMessage french =
          awaitMessages(reference, "Examen préliminaire de la proposition", 1).get(0);
      assertThat(to(french)).containsExactly("officer@accord.example");
      assertThat(french.getSubject())
          .isEqualTo(
              "[Accord] Examen préliminaire de la proposition : "
                  + reference
                  + " Rural broadband toolkit");

      // The digest (officer's only: a digest goes once a day) lists it in French too.
      api.put("officer", "/api/notifications/digest", Map.of("subscribed", true));
      dailyDigest.sendToSubscribers();
      assertThat(
              jdbc.queryForObject(
                  "select body_text from accord.notification"
                      + " where template = 'daily-digest' and recipient = ?",
                  String.class,
                  "officer@accord.example"))
          .contains("- Examen préliminaire de la proposition " + reference)
          .doesNotContain("Screen proposal");
      // Sent before the next test, which may make the gateway fail its next message.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  jdbc.queryForObject(
                      "select status from accord.notification"
                          + " where template = 'daily-digest' and recipient = ?",
                      String.class,
                      "officer@accord.example"),
              "SENT"::equals);
    } finally {
      api.put("officer", "/api/notifications/digest", Map.of("subscribed", false));
      api.delete("admin", "/api/users/officer/language");
    }
  }

  @Test
  void rejectionTellsTheInitiatorWhy() throws Exception {
    String reference = api.propose("JICA", "5000.00");
    api.complete(
        "officer2",
        reference,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", "REJECT", "screeningComment", "Outside the ITU-D priorities"));

    MimeMessage rejection = awaitMessages(reference, "was rejected", 1).get(0);

    assertThat(to(rejection)).containsExactly("officer@accord.example");
    assertThat(GreenMailUtil.getBody(rejection)).contains("Outside the ITU-D priorities");
  }

  @Test
  void notificationQueuedInATransactionThatRollsBackIsNeverSent() {
    Message message =
        new Message(
            "test:rolled-back",
            "report-overdue",
            "PA-TEST-0002",
            List.of("manager@accord.example"),
            Map.of("reference", "PA-TEST-0002", "tasklist", "http://accord.example"));

    transaction.executeWithoutResult(
        status -> {
          notifications.queue(message);
          status.setRollbackOnly();
        });

    assertThat(rows("PA-TEST-0002", "report-overdue")).isZero();
  }

  @Test
  void rolledBackStepQueuesNothing() {
    String reference = api.propose("JICA", "5000.00");
    // Refused (no reason given): the rejection, its end event and its notification roll back.
    assertThat(
            api.complete(
                    "officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "REJECT"))
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    assertThat(rows(reference, "agreement-rejected")).isZero();
    assertThat(rows(reference, "task-waiting")).isEqualTo(2);
  }

  @Test
  void nodeDyingBetweenSendAndMark_losesNothing() throws Exception {
    gateway.crashAfterNextSend();
    String reference = api.propose("JICA", "5000.00");

    // At least once: the message the node "died" on is sent again, never lost.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                messages(reference, "Screen proposal").stream()
                    .flatMap(message -> to(message).stream())
                    .toList()
                    .containsAll(List.of("officer@accord.example", "officer2@accord.example")));
    await().atMost(Duration.ofSeconds(20)).until(() -> rowsWithStatus(reference, "SENT") == 2);
    assertThat(messages(reference, "Screen proposal")).hasSize(3);
  }

  @Test
  void smtpServerDownThenUp_getsEveryMessageOnce() throws Exception {
    smtp.stop();
    String reference = api.propose("JICA", "5000.00");
    await().atMost(Duration.ofSeconds(20)).until(() -> failuresRecorded(reference) > 0);
    // An unreachable server costs the messages no attempt: a long outage kills none of them.
    assertThat(failedAttempts(reference)).isZero();

    smtp.start();

    List<MimeMessage> delivered = awaitMessages(reference, "Screen proposal", 2);
    assertThat(delivered)
        .flatExtracting(NotificationIntegrationTest::to)
        .containsExactlyInAnyOrder("officer@accord.example", "officer2@accord.example");
    await().atMost(Duration.ofSeconds(20)).until(() -> rowsWithStatus(reference, "SENT") == 2);
  }

  /**
   * Twelve messages waiting while the server is down: the node waits for the server as a whole, so
   * the back-off grows with the time it has been down, not with the number of messages tried. (It
   * grew per message: ten messages tried in two seconds put the next try 100 s away, and the
   * restored server waited for it.)
   */
  @Test
  void manyMessagesWaitingForADownServer_goOutSoonAfterItIsBack() throws Exception {
    smtp.stop();
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      references.add(api.propose("JICA", "5000.00"));
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> failuresRecorded(references.get(0)) > 0);
    Thread.sleep(2_000); // ten runs of the dispatcher, each finding the server down

    smtp.start();

    // 6 proposals × 2 officers = 12 messages, within a few of the dispatcher's waits.
    await()
        .atMost(Duration.ofSeconds(15))
        .until(
            () ->
                references.stream()
                    .mapToInt(reference -> messages(reference, "Screen proposal").size())
                    .sum(),
            delivered -> delivered == 12);
  }

  @Test
  void aConversationTheServerEndedBetweenTwoMessagesOfARun_isOpenedAgain() throws Exception {
    try (MailGateway.Connection connection = smtpGateway.open()) {
      connection.send(note(-1, "Kept connection: first"));
      assertThat(subjects()).contains("Kept connection: first");

      smtp.stop(); // ends every conversation, as a server restarting or timing out does
      smtp.start();
      connection.send(note(-2, "Kept connection: second"));
    }
    assertThat(subjects()).contains("Kept connection: second");
  }

  private static Notification note(long id, String subject) {
    return new Notification(
        id,
        "kept-connection-" + id,
        "officer@accord.example",
        "task-created",
        null,
        subject,
        subject,
        "<p>" + subject + "</p>",
        NotificationStatus.PENDING,
        0,
        null,
        null,
        null,
        null,
        null);
  }

  private List<String> subjects() throws MessagingException {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      subjects.add(message.getSubject());
    }
    return subjects;
  }

  @Test
  void donorSilentForAWeekIsRemindedAndForThreeWeeksEscalatedWhenTheClockMoves() throws Exception {
    String reference = api.toDonorSignOff("GSMA", "5000.00");

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(8).toMillis()));
    executeTimer(reference, "DonorReminderDue");
    MimeMessage reminder = awaitMessages(reference, "Reminder", 2).get(0);
    assertThat(awaitMessages(reference, "Reminder", 2))
        .flatExtracting(NotificationIntegrationTest::to)
        .containsExactlyInAnyOrder("gsma@accord.example", "partnerships@gsma.example");
    assertThat(reminder.getSubject())
        .isEqualTo("[Accord] Reminder: your sign-off on " + reference + " is awaited");

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(22).toMillis()));
    executeTimer(reference, "DonorEscalationDue");
    MimeMessage escalation = awaitMessages(reference, "Escalation", 1).get(0);
    assertThat(to(escalation)).containsExactly("manager@accord.example");
    assertThat(api.tasks("gsma", reference, DONOR_SIGN_OFF)).hasSize(1);
  }

  @Test
  void malformedAddressIsKeptAsDeadForAdministratorsAndTheOthersAreSent() {
    User careless = identityService.newUser("careless");
    careless.setEmail("careless at example dot org");
    careless.setPassword(Api.PASSWORD);
    identityService.saveUser(careless);
    identityService.createMembership("careless", "legal");
    try {
      // A partner never screened, so that due diligence asks legal, careless included.
      String reference = api.propose(api.newPartner("CARELESS", "Careless Trust"), "5000.00");
      api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));

      List<Map<String, Object>> dead =
          api.getList("admin", "/api/notifications?status=DEAD&agreement=" + reference).getBody();
      assertThat(dead)
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row).containsEntry("recipient", "careless at example dot org");
                assertThat(row).containsEntry("lastError", "Not an e-mail address");
              });
      assertThat(api.get("officer", "/api/notifications").getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    } finally {
      identityService.deleteUser("careless");
    }
  }

  @Test
  void dailyDigestGoesOnlyToUsersWhoAskedForIt() throws Exception {
    String reference = api.propose("JICA", "5000.00");
    assertThat(
            api.put("officer2", "/api/notifications/digest", Map.of("subscribed", true))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.put("officer2", "/api/notifications/digest", Map.of()).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    dailyDigest.sendToSubscribers();

    await().atMost(Duration.ofSeconds(20)).until(() -> digestsTo("officer2@accord.example") == 1);
    assertThat(digestsTo("officer@accord.example")).isZero();
    MimeMessage digest =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(message -> subject(message).startsWith("[Accord] Your tasks today"))
            .filter(message -> to(message).contains("officer2@accord.example"))
            .findFirst()
            .orElseThrow();
    assertThat(GreenMailUtil.getBody(digest)).contains(reference).doesNotContain("OVERDUE");
    assertThat(digest.getSubject()).endsWith(", 0 overdue");
    api.put("officer2", "/api/notifications/digest", Map.of("subscribed", false));
  }

  private void executeTimer(String reference, String timerId) {
    Job timer =
        managementService
            .createJobQuery()
            .processInstanceId(processInstanceOf(reference))
            .activityId(timerId)
            .singleResult();
    managementService.executeJob(timer.getId());
  }

  private String processInstanceOf(String reference) {
    return jdbc.queryForObject(
        "select process_instance_id from accord.agreement where reference = ?",
        String.class,
        reference);
  }

  private List<MimeMessage> awaitMessages(String reference, String subjectPart, int count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> messages(reference, subjectPart).size() >= count);
    return messages(reference, subjectPart);
  }

  private List<MimeMessage> messages(String reference, String subjectPart) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            message ->
                subject(message).contains(reference) && subject(message).contains(subjectPart))
        .toList();
  }

  private long digestsTo(String address) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subject(message).startsWith("[Accord] Your tasks today"))
        .filter(message -> to(message).contains(address))
        .count();
  }

  private int rows(String reference, String template) {
    return jdbc.queryForObject(
        "select count(*) from accord.notification where agreement_reference = ? and template = ?",
        Integer.class,
        reference,
        template);
  }

  private int rowsWithStatus(String reference, String status) {
    return jdbc.queryForObject(
        "select count(*) from accord.notification where agreement_reference = ? and status = ?",
        Integer.class,
        reference,
        status);
  }

  private int failuresRecorded(String reference) {
    return jdbc.queryForObject(
        "select count(*) from accord.notification where agreement_reference = ? and last_error is not null",
        Integer.class,
        reference);
  }

  private int failedAttempts(String reference) {
    return jdbc.queryForObject(
        "select coalesce(sum(attempts), 0) from accord.notification where agreement_reference = ?",
        Integer.class,
        reference);
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static List<String> to(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(RecipientType.TO)).map(Object::toString).toList();
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }
}
