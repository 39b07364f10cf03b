package org.accord.backup;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.AccordApplication;
import org.accord.testing.Api;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The restore drill: a backup taken by an administrator in the middle of work, restored into a
 * fresh data folder by the jar's command line, and Accord started on it. What was there at the
 * backup is there (agreements, open tasks, waiting timers, the outbox's messages, documents with
 * their hashes intact), nothing done after it is, and a journey goes on to its end.
 */
class RestoreDrillTest {

  @Test
  void aBackupTakenMidWork_restoresIntoAFreshFolder_withExactlyWhatWasThere(@TempDir Path dir)
      throws Exception {
    Path backups = dir.resolve("backups");
    String waiting; // at the donor's sign-off: an open task, a reminder timer, the donor told
    String signing; // approved by its donor: its MoU stored with its hash, to be signed
    Set<String> tasks;
    Set<String> timers;
    Set<Object> messages;
    List<Map<String, Object>> documents;
    String backupName;
    String afterTheBackup;
    try (ConfigurableApplicationContext first = start(dir.resolve("data"), backups)) {
      Api api = api(first);
      signing = api.toDonorSignOff("JICA", "30000.00");
      api.complete("jica", signing, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
      waiting = api.toDonorSignOff("GSMA", "42000.00");
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> !api.tasks("signatory", signing, SIGN_MOU_AGENCY).isEmpty());
      tasks = openTasks(first);
      timers = timers(first);
      messages = ids(api.getList("admin", "/api/notifications").getBody());
      documents = api.getList("officer", "/api/agreements/" + signing + "/documents").getBody();
      assertThat(tasks).isNotEmpty();
      assertThat(timers).isNotEmpty();
      assertThat(messages).isNotEmpty();
      assertThat(documents).isNotEmpty();

      assertThat(api.post("officer", "/api/backups", null).getStatusCode().value()).isEqualTo(403);
      ResponseEntity<Map<String, Object>> backup = api.post("admin", "/api/backups", null);
      assertThat(backup.getStatusCode().value()).as("%s", backup.getBody()).isEqualTo(201);
      backupName = (String) backup.getBody().get("name");
      assertThat(ids(api.getList("admin", "/api/backups").getBody(), "name"))
          .containsExactly(backupName);

      // Work after the backup, which the restored database must not have.
      afterTheBackup = api.propose("GSMA", "15000.00");
      api.complete("gsma", waiting, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    }

    Path restored = dir.resolve("restored");
    String[] restore = {"--restore=" + backups.resolve(backupName), "--data-dir=" + restored};
    assertThat(BackupCommand.run(restore)).isZero();
    // A second restore into the folder now holding a database needs --force.
    assertThat(BackupCommand.run(restore)).isEqualTo(1);

    try (ConfigurableApplicationContext second = start(restored, backups)) {
      Api api = api(second);
      assertThat(api.get("officer", "/api/agreements/" + signing).getBody())
          .containsEntry("status", "MOU_SIGNING");
      assertThat(api.get("officer", "/api/agreements/" + waiting).getBody())
          .containsEntry("status", "DONOR_APPROVAL");
      assertThat(api.get("officer", "/api/agreements/" + afterTheBackup).getStatusCode().value())
          .isEqualTo(404);
      assertThat(openTasks(second)).isEqualTo(tasks);
      assertThat(timers(second)).isEqualTo(timers);
      assertThat(ids(api.getList("admin", "/api/notifications").getBody())).isEqualTo(messages);
      assertThat(api.getList("officer", "/api/agreements/" + signing + "/documents").getBody())
          .isEqualTo(documents);
      for (Map<String, Object> document : documents) {
        byte[] pdf = pdf(second, "/api/agreements/" + signing + "/documents/" + document.get("id"));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
            .isEqualTo(document.get("sha256"));
      }

      // A journey interrupted by the restore goes on to its end: signed, sealed, ACTIVE.
      api.signMou(signing, "jica");
      api.awaitStatus(signing, "ACTIVE");
    }
  }

  private static ConfigurableApplicationContext start(Path dataDir, Path backups) {
    return new SpringApplicationBuilder(AccordApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--camunda.bpm.process-engine-name=restore-drill",
            "--accord.embedded-database.data-dir=" + dataDir,
            "--accord.embedded-database.durable=false",
            "--accord.backup.folder=" + backups,
            "--accord.backup.cron=-",
            // Messages wait in the outbox, as they do between two rounds of the dispatcher.
            "--accord.notifications.dispatch-interval=PT1H");
  }

  private static Api api(ConfigurableApplicationContext context) {
    return Api.at(port(context));
  }

  private static int port(ConfigurableApplicationContext context) {
    return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
  }

  private static byte[] pdf(ConfigurableApplicationContext context, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer", Api.PASSWORD);
    ResponseEntity<byte[]> pdf =
        new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port(context)))
            .exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    return pdf.getBody();
  }

  private static Set<String> openTasks(ConfigurableApplicationContext context) {
    return context.getBean(TaskService.class).createTaskQuery().list().stream()
        .map(Task::getId)
        .collect(Collectors.toSet());
  }

  private static Set<String> timers(ConfigurableApplicationContext context) {
    return context.getBean(ManagementService.class).createJobQuery().timers().list().stream()
        .map(Job::getId)
        .collect(Collectors.toSet());
  }

  private static Set<Object> ids(List<Map<String, Object>> rows) {
    return ids(rows, "id");
  }

  private static Set<Object> ids(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(row -> row.get(key)).collect(Collectors.toSet());
  }
}
