package org.accord.operations;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_PARTNER;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.internet.MimeMessage;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Camunda's homogeneous cluster: two Accord nodes, each a JVM of its own, on one PostgreSQL and one
 * SMTP server. Clients drive agreements from proposal to ACTIVE through both nodes; a third of the
 * way in, one node is killed with {@code -9} while it holds a job. The other finishes everything,
 * and every job, task, document and e-mail is counted at the end.
 */
class ClusterTest {

  private static final int AGREEMENTS = 12;
  private static final int CLIENTS = 4;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What each user task of the way to ACTIVE is answered with, and by whom. */
  private static final Map<String, Step> STEPS =
      Map.of(
          SCREEN_PROPOSAL, new Step("officer2", Map.of("screeningDecision", "ACCEPT")),
          LEGAL_REVIEW,
              new Step("legal", Map.of("legalFindings", "CLEAR", "legalComment", "Statutes read")),
          FINANCIAL_REVIEW,
              new Step(
                  "finance",
                  Map.of("financialFindings", "CLEAR", "financialComment", "Accounts read")),
          APPROVE_AGREEMENT, new Step("head", Map.of("approvalDecision", "APPROVE")),
          DONOR_SIGN_OFF, new Step("gsma", Map.of("donorDecision", "APPROVE")),
          SIGN_MOU_AGENCY,
              new Step("signatory", Map.of("agencySignatory", "Jean Dupont", "agencySigned", true)),
          SIGN_MOU_PARTNER,
              new Step("gsma", Map.of("partnerSignatory", "Grace Okafor", "partnerSigned", true)));

  /** The user tasks every agreement has on its way, each completed exactly once. */
  private static final List<String> AGREEMENT_TASKS =
      List.of(
          SCREEN_PROPOSAL, APPROVE_AGREEMENT, DONOR_SIGN_OFF, SIGN_MOU_AGENCY, SIGN_MOU_PARTNER);

  @Test
  void twoNodesOnOneDatabase_runEveryJobOnce_andAfterOneIsKilledTheOtherFinishesEverything(
      @TempDir Path dir) throws Exception {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(ClusterNode.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try (EmbeddedPostgres database =
            EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setPort(ClusterNode.freePort())
                .start();
        ClusterNode first = node("node-1", dir, database, smtp);
        ClusterNode second = node("node-2", dir, database, smtp)) {
      // One connection for the test's own polling, not a new backend for every query.
      SingleConnectionDataSource connection =
          new SingleConnectionDataSource(database.getJdbcUrl("postgres", "postgres"), true);
      JdbcTemplate db = new JdbcTemplate(connection);
      Instant loadStarts = Instant.now();
      Cluster cluster = new Cluster(first, second);
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      try {
        List<Future<String>> driven = new ArrayList<>();
        for (int i = 1; i <= AGREEMENTS; i++) {
          int number = i;
          driven.add(clients.submit(() -> cluster.driveToActive(number)));
        }
        // Killed holding a job, once a third of the load is done: the job must come back. Jobs are
        // held for moments, hence the short interval.
        List<String> heldByTheDead =
            await("node-2 holding a job, a third of the way in")
                // As the loops these waits replace: what fails in other threads (GreenMail's, with
                // a
                // node killed in the middle of a conversation) is for the final counts to find.
                .dontCatchUncaughtExceptions()
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(10))
                .failFast(
                    "the load ended before node-2 held a job",
                    () -> driven.stream().allMatch(Future::isDone))
                .until(
                    () ->
                        cluster.acknowledged.size() < AGREEMENTS * AGREEMENT_TASKS.size() / 3
                            ? List.<String>of()
                            : jobsLockedBy(db, "node-2"),
                    held -> !held.isEmpty());
        second.kill();
        Instant killed = Instant.now();
        List<String> references = new ArrayList<>();
        for (Future<String> agreement : driven) {
          references.add(agreement.get(5, TimeUnit.MINUTES));
        }
        Instant allActive = Instant.now();

        Counts counts = new Counts(db, references);
        await("every notification sent")
            .dontCatchUncaughtExceptions()
            .atMost(Duration.ofMinutes(2))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> counts.notificationsUnsent() == 0);

        assertThat(counts.agreementsIn("ACTIVE")).isEqualTo(AGREEMENTS);
        assertThat(counts.documentsPerAgreement("MOU")).containsOnly(1L).hasSize(AGREEMENTS);
        assertThat(counts.documentsPerAgreement("SIGNED_MOU")).containsOnly(1L).hasSize(AGREEMENTS);
        assertThat(counts.runningInstances()).as("no process instance lost").isEqualTo(AGREEMENTS);
        assertThat(counts.finishedTasksPerAgreementAndKey())
            .as("each of an agreement's tasks completed once")
            .hasSize(AGREEMENTS * AGREEMENT_TASKS.size())
            .containsOnly(1L);
        assertThat(counts.completedTaskIds())
            .as("every completion acknowledged to a client is kept")
            .containsAll(cluster.acknowledged);
        assertThat(counts.openTasks()).as("no task left open on the way to ACTIVE").isZero();
        assertThat(counts.successfulRunsPerJob("PrepareMou"))
            .as("each MoU prepared by one node, once")
            .hasSize(AGREEMENTS)
            .containsOnly(1L);
        assertThat(counts.successfulRunsPerJob("SealMou"))
            .as("each signed MoU sealed by one node, once")
            .hasSize(AGREEMENTS)
            .containsOnly(1L);
        assertThat(counts.successfulRunsPerJob("CallForFunds"))
            .as("each instalment due on signature called by one node, once")
            .hasSize(AGREEMENTS)
            .containsOnly(1L);
        // Run by node-1 after the lock expired, or by node-2 if its commit was already on its way.
        List<String> heldJobsRunBy = counts.successfulRunsBy(heldByTheDead);
        assertThat(heldJobsRunBy)
            .as("the jobs node-2 held when it died, each run once")
            .hasSize(heldByTheDead.size());
        Map<String, Long> jobsByNode = counts.successfulJobsByNode();
        assertThat(jobsByNode.keySet()).isSubsetOf("node-1", "node-2");
        assertThat(counts.jobsLeftToRun()).as("no continuation left behind").isZero();
        assertThat(counts.incidents()).isZero();

        long notifications = counts.notifications();
        List<String> messageIds = messageIds(smtp);
        assertThat(Set.copyOf(messageIds))
            .as("every notification reached the SMTP server")
            .hasSize((int) notifications);
        assertThat(messageIds.size())
            .as("a second copy at most of the one message node-2 may have been sending when killed")
            .isBetween((int) notifications, (int) notifications + 1);

        System.out.printf(
            "Cluster: %d agreements ACTIVE in %d s (node-2 killed after %d s holding %d jobs, then"
                + " run by %s, %d completions acknowledged); jobs run %s; %d notifications, %d"
                + " e-mails received%n",
            AGREEMENTS,
            Duration.between(loadStarts, allActive).toSeconds(),
            Duration.between(loadStarts, killed).toSeconds(),
            heldByTheDead.size(),
            heldJobsRunBy,
            cluster.acknowledged.size(),
            jobsByNode,
            notifications,
            messageIds.size());
      } finally {
        // On a failure too: no client keeps knocking at nodes that are gone.
        clients.shutdownNow();
        connection.destroy();
      }
    } finally {
      smtp.stop();
    }
  }

  private static ClusterNode node(String name, Path dir, EmbeddedPostgres database, GreenMail smtp)
      throws Exception {
    // One after the other: the first node migrates the schema and makes the demo users.
    ClusterNode node =
        ClusterNode.start(name, dir, database.getPort(), smtp.getSmtp().getServerSetup().getPort());
    try {
      return node.awaitReady(Duration.ofMinutes(3));
    } catch (Throwable notReady) {
      node.close();
      throw notReady;
    }
  }

  /**
   * The continuations (MoU, seal) the node's job executor has locked now (see JobLockOwnerPlugin);
   * not the history cleanup, which every node runs in its nightly window.
   */
  private static List<String> jobsLockedBy(JdbcTemplate db, String node) {
    return db.queryForList(
        "select id_ from act_ru_job where lock_owner_ like ?"
            + " and handler_type_ = 'async-continuation'",
        String.class,
        node + "/%");
  }

  private static List<String> messageIds(GreenMail smtp) throws Exception {
    List<String> ids = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      ids.add(message.getMessageID());
    }
    return ids;
  }

  private record Step(String user, Map<String, Object> values) {

    String body() throws IOException {
      Map<String, Object> variables = new HashMap<>();
      values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
      return JSON.writeValueAsString(Map.of("variables", variables));
    }
  }

  /**
   * The clients' view: requests spread over the nodes alive, round robin; a request to a node that
   * died is lost and tried again on the other.
   */
  private static final class Cluster {

    private final List<ClusterNode> nodes;
    private final ClusterNode proposals;
    private final AtomicInteger turn = new AtomicInteger();
    private final HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    Cluster(ClusterNode survivor, ClusterNode... others) {
      this.proposals = survivor;
      this.nodes = new ArrayList<>(List.of(survivor));
      this.nodes.addAll(Arrays.asList(others));
    }

    /**
     * Proposes on the node that survives (a proposal whose answer is lost could not be told from
     * one never made), then completes whatever task the agreement has open, on either node, until
     * it is ACTIVE.
     */
    String driveToActive(int number) throws Exception {
      Map<String, Object> proposal = Proposals.valid("GSMA", "50000.00", "USD");
      proposal.put("title", "Cluster agreement " + number);
      HttpResponse<String> proposed =
          send(proposals, "officer", "/api/agreements", JSON.writeValueAsString(proposal));
      assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
      String reference = (String) JSON.readValue(proposed.body(), Map.class).get("reference");

      await(reference + " ACTIVE")
          .dontCatchUncaughtExceptions()
          .atMost(Duration.ofMinutes(4))
          .pollInterval(Duration.ofMillis(100))
          // A request lost with a node: asked again, of the node still alive (see advance).
          .ignoreExceptionsInstanceOf(IOException.class)
          .until(() -> advance(reference));
      return reference;
    }

    /**
     * Completes the tasks the agreement has open, on the next node alive; true once it is ACTIVE.
     * With no task open and not yet ACTIVE, a job (the MoU, its seal) is between two tasks.
     */
    private boolean advance(String reference) throws Exception {
      ClusterNode node = next();
      try {
        List<Map<String, Object>> tasks =
            JSON.readValue(
                read(
                    node,
                    "/engine-rest/task?maxResults=50&processInstanceBusinessKey=" + reference),
                new TypeReference<>() {});
        // The collection of the contribution follows activation: not on the way to ACTIVE.
        tasks.removeIf(task -> RECORD_RECEIPT.equals(task.get("taskDefinitionKey")));
        for (Map<String, Object> task : tasks) {
          complete(node, (String) task.get("id"), (String) task.get("taskDefinitionKey"));
        }
        return tasks.isEmpty()
            && "ACTIVE"
                .equals(
                    JSON.readValue(read(node, "/api/agreements/" + reference), Map.class)
                        .get("status"));
      } catch (ConnectException | HttpTimeoutException | EOFException nodeDied) {
        throw nodeDied; // refused, timed out or cut: the node died under the request
      } catch (IOException lostAnswer) {
        assertThat(node.alive()).as("a request to a live node failing: " + lostAnswer).isFalse();
        throw lostAnswer;
      }
    }

    /** What a manager reads there; anything but 200 fails the test with its body. */
    private String read(ClusterNode node, String path) throws IOException, InterruptedException {
      HttpResponse<String> response = send(node, "manager", path, null);
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      return response.body();
    }

    private void complete(ClusterNode node, String task, String key) throws Exception {
      Step step = STEPS.get(key);
      assertThat(step).as("a step for task " + key).isNotNull();
      HttpResponse<String> completed =
          send(node, step.user(), "/engine-rest/task/" + task + "/complete", step.body());
      assertThat(completed.statusCode()).as(key + ": " + completed.body()).isEqualTo(204);
      acknowledged.add(task);
    }

    private ClusterNode next() {
      List<ClusterNode> alive = nodes.stream().filter(ClusterNode::alive).toList();
      return alive.get(Math.floorMod(turn.getAndIncrement(), alive.size()));
    }

    private HttpResponse<String> send(ClusterNode node, String user, String path, String body)
        throws IOException, InterruptedException {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(node.base + path))
              .timeout(Duration.ofSeconds(30))
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
      if (body != null) {
        request
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  /** What the shared database says happened, read at the end. */
  private record Counts(JdbcTemplate db, String[] references) {

    Counts(JdbcTemplate db, List<String> references) {
      this(db, references.toArray(String[]::new));
    }

    long agreementsIn(String status) {
      return single(
          "select count(*) from accord.agreement where status = ? and reference = any(?)",
          status,
          references);
    }

    List<Long> documentsPerAgreement(String kind) {
      return db.queryForList(
          "select count(*) from accord.document d join accord.agreement a on a.id = d.agreement_id"
              + " where d.kind = ? and a.reference = any(?) group by a.id",
          Long.class,
          kind,
          references);
    }

    long runningInstances() {
      return single(
          "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
              + " where e.parent_id_ is null and d.key_ = 'partnership-agreement'"
              + " and e.business_key_ = any(?)",
          (Object) references);
    }

    List<Long> finishedTasksPerAgreementAndKey() {
      return db.queryForList(
          "select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_"
              + " where p.business_key_ = any(?) and t.task_def_key_ = any(?)"
              + " and t.end_time_ is not null group by p.business_key_, t.task_def_key_",
          Long.class,
          references,
          AGREEMENT_TASKS.toArray(String[]::new));
    }

    List<String> completedTaskIds() {
      return db.queryForList(
          "select id_ from act_hi_taskinst where delete_reason_ = 'completed'", String.class);
    }

    long openTasks() {
      return single(
          "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_"
              // Finance's receipt follows activation: it is the next stage's work, not this one's.
              + " where e.business_key_ = any(?) and t.task_def_key_ <> 'recordReceipt'",
          (Object) references);
    }

    List<Long> successfulRunsPerJob(String activity) {
      return db.queryForList(
          "select count(*) from act_hi_job_log where act_id_ = ? and job_state_ = 2"
              + " group by job_id_",
          Long.class,
          activity);
    }

    List<String> successfulRunsBy(List<String> jobs) {
      return db.queryForList(
          "select hostname_ from act_hi_job_log where job_state_ = 2 and job_id_ = any(?)",
          String.class,
          (Object) jobs.toArray(String[]::new));
    }

    Map<String, Long> successfulJobsByNode() {
      Map<String, Long> byNode = new HashMap<>();
      db.query(
          "select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_",
          row -> {
            byNode.put(row.getString(1), row.getLong(2));
          });
      return byNode;
    }

    long jobsLeftToRun() {
      return single("select count(*) from act_ru_job where handler_type_ = 'async-continuation'");
    }

    long incidents() {
      return single("select count(*) from act_ru_incident");
    }

    long notifications() {
      return single("select count(*) from accord.notification");
    }

    long notificationsUnsent() {
      return single("select count(*) from accord.notification where status <> 'SENT'");
    }

    private long single(String sql, Object... parameters) {
      return db.queryForObject(sql, Long.class, parameters);
    }
  }
}
