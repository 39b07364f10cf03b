package org.accord.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.AccordApplication;
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PostgreSQL stopped and started again while clients complete tasks through engine-rest: the
 * application comes back by itself, and every completion it acknowledged is in the history.
 */
class DatabaseOutageTest {

  private static final int TASKS = 240;
  private static final int CLIENTS = 4;
  private static final Duration OUTAGE = Duration.ofSeconds(4);

  @Test
  void completionsAcknowledgedAroundAnOutage_areAllKept_andTheRestCompleteAfterIt(
      @TempDir Path dataDir) throws Exception {
    int port = freePort();
    EmbeddedPostgres database = postgres(dataDir, port);
    try (ConfigurableApplicationContext app = start(port)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      List<String> tasks = open(engine);
      String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
      ConcurrentLinkedQueue<String> toComplete = new ConcurrentLinkedQueue<>(tasks);
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      // Completed by a request whose answer was lost, and told so when tried again (409).
      Set<String> completedBefore = ConcurrentHashMap.newKeySet();
      AtomicInteger refused = new AtomicInteger();

      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        running.add(
            clients.submit(
                () -> complete(base, toComplete, acknowledged, completedBefore, refused)));
      }
      await("a quarter completed before the outage")
          // The application runs in this JVM: its threads' failures are not what these waits
          // are about; the history and /readyz at the end are.
          .dontCatchUncaughtExceptions()
          .atMost(Duration.ofMinutes(1))
          .pollInterval(Duration.ofMillis(20))
          .until(() -> acknowledged.size() >= TASKS / 4);
      database.close();
      Thread.sleep(OUTAGE.toMillis()); // the outage itself: nothing to wait for, a fixed time down
      database = postgres(dataDir, port);
      for (Future<?> client : running) {
        client.get(4, TimeUnit.MINUTES);
      }
      clients.shutdown();

      assertThat(refused.get()).as("requests refused while the database was down").isPositive();
      List<String> finished =
          engine
              .getHistoryService()
              .createHistoricTaskInstanceQuery()
              .finished()
              .processDefinitionKey(OpenTasks.PROCESS)
              .list()
              .stream()
              .map(task -> task.getId())
              .toList();
      assertThat(finished).containsAll(acknowledged).containsExactlyInAnyOrderElementsOf(tasks);
      assertThat(acknowledged.size() + completedBefore.size()).isEqualTo(TASKS);
      assertThat(
              engine
                  .getTaskService()
                  .createTaskQuery()
                  .processDefinitionKey(OpenTasks.PROCESS)
                  .count())
          .isZero();
      assertThat(status(base + "/readyz")).isEqualTo(200);
    } finally {
      database.close();
    }
  }

  /**
   * Completes tasks until none is left; a completion refused (the database down) is tried again
   * until it is answered: 204, or 409 when an earlier try had completed it but its answer was lost.
   */
  private static Void complete(
      String base,
      ConcurrentLinkedQueue<String> toComplete,
      Set<String> acknowledged,
      Set<String> completedBefore,
      AtomicInteger refused) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String task = toComplete.poll(); task != null; task = toComplete.poll()) {
      String next = task;
      int status =
          await("completion of " + task + " answered")
              .dontCatchUncaughtExceptions()
              .atMost(Duration.ofMinutes(3))
              .pollDelay(Duration.ZERO)
              .pollInterval(Duration.ofMillis(100))
              .until(() -> completion(http, base, next, refused), answer -> answer != -1);
      (status == 204 ? acknowledged : completedBefore).add(task);
    }
    return null;
  }

  /** 204 or 409, or -1 when refused. */
  private static int completion(HttpClient http, String base, String task, AtomicInteger refused)
      throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "/engine-rest/task/" + task + "/complete"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(20))
            .POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build();
    try {
      int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status == 204 || status == 409) {
        return status;
      }
    } catch (IOException lost) {
      // refused too
    }
    refused.incrementAndGet();
    return -1;
  }

  private static int status(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static List<String> open(ProcessEngine engine) {
    OpenTasks.deploy(engine);
    for (int i = 0; i < TASKS; i++) {
      OpenTasks.open(engine, "OUTAGE-" + i, "partnership-officers", null);
    }
    return OpenTasks.openNow(engine);
  }

  /** Durable, as a production database is: an acknowledged commit is on disk. */
  private static EmbeddedPostgres postgres(Path dataDir, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDir.resolve("postgres"))
        .setCleanDataDirectory(false)
        .setPort(port)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .start();
  }

  private static ConfigurableApplicationContext start(int databasePort) {
    return new SpringApplicationBuilder(AccordApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--camunda.bpm.process-engine-name=outage-test",
            "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
            "--spring.datasource.username=postgres",
            // A request waits this long for a connection while the database is down, not 30 s.
            "--spring.datasource.hikari.connection-timeout=2000");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
