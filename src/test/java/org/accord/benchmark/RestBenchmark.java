package org.accord.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Concurrent clients completing officers' tasks through engine-rest, as Tasklist does, each request
 * authenticated with HTTP Basic; and in the same run the same number of completions by as many
 * threads through the Java API, the engine without the web in front of it, in rounds taking turns.
 */
final class RestBenchmark {

  private static final String OFFICER = "officer";
  private static final String PASSWORD = "demo";
  private static final int WARM_UP = 200;
  private static final int ROUND = 250;
  private static final AtomicLong OPENED = new AtomicLong();

  record Result(
      int clients,
      int completions,
      double completionsPerSecond,
      double p50Ms,
      double p95Ms,
      double javaApiPerSecond) {}

  private RestBenchmark() {}

  static Result run(int clients, int completions) throws Exception {
    Path data = Files.createTempDirectory("accord-bench-rest");
    try (ConfigurableApplicationContext app = BenchApplication.start(data)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      String base =
          "http://127.0.0.1:"
              + app.getEnvironment().getProperty("local.server.port")
              + "/engine-rest";
      OpenTasks.deploy(engine);
      overRest(base, clients, open(app, WARM_UP));
      overJavaApi(engine, clients, open(app, WARM_UP));
      // Rounds of each in turns, the first of each pair alternating, so that whatever else the
      // machine does falls on both.
      double[] millis = new double[completions];
      int measured = 0;
      double restSeconds = 0;
      double javaSeconds = 0;
      for (int round = 0; measured < completions; round++) {
        int size = Math.min(ROUND, completions - measured);
        for (boolean rest :
            round % 2 == 0 ? new boolean[] {true, false} : new boolean[] {false, true}) {
          List<String> tasks = open(app, size);
          long start = System.nanoTime();
          if (rest) {
            double[] took = overRest(base, clients, tasks);
            System.arraycopy(took, 0, millis, measured, size);
            restSeconds += (System.nanoTime() - start) / 1e9;
          } else {
            overJavaApi(engine, clients, tasks);
            javaSeconds += (System.nanoTime() - start) / 1e9;
          }
        }
        measured += size;
      }
      Arrays.sort(millis);
      return new Result(
          clients,
          completions,
          completions / restSeconds,
          millis[completions / 2],
          millis[(int) Math.ceil(completions * 0.95) - 1],
          completions / javaSeconds);
    }
  }

  /**
   * Officers' tasks, opened before the clock starts, the mail announcing them dropped; their ids in
   * a random order. The tasks opened before are all completed by then.
   */
  private static List<String> open(ConfigurableApplicationContext app, int tasks) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    for (int i = 0; i < tasks; i++) {
      OpenTasks.open(engine, "BR-" + OPENED.incrementAndGet(), "partnership-officers", null);
    }
    BenchApplication.dropQueuedMail(app);
    List<String> ids = new ArrayList<>(OpenTasks.openNow(engine));
    Collections.shuffle(ids);
    return ids;
  }

  /** Each completion's milliseconds. */
  private static double[] overRest(String base, int clients, List<String> tasks) throws Exception {
    double[] millis = new double[tasks.size()];
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
    String authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    AtomicInteger next = new AtomicInteger();
    inParallel(
        clients,
        () -> {
          for (String task = queue.poll(); task != null; task = queue.poll()) {
            HttpRequest complete =
                HttpRequest.newBuilder(URI.create(base + "/task/" + task + "/complete"))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build();
            long start = System.nanoTime();
            HttpResponse<String> response =
                http.send(complete, HttpResponse.BodyHandlers.ofString());
            double took = (System.nanoTime() - start) / 1e6;
            if (response.statusCode() != 204) {
              throw new IllegalStateException(
                  "Completing " + task + ": " + response.statusCode() + " " + response.body());
            }
            millis[next.getAndIncrement()] = took;
          }
          return null;
        });
    return millis;
  }

  private static void overJavaApi(ProcessEngine engine, int clients, List<String> tasks)
      throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
    inParallel(
        clients,
        () -> {
          engine.getIdentityService().setAuthentication(OFFICER, List.of("partnership-officers"));
          for (String task = queue.poll(); task != null; task = queue.poll()) {
            engine.getTaskService().complete(task);
          }
          engine.getIdentityService().clearAuthentication();
          return null;
        });
  }

  private static void inParallel(int threads, Callable<Void> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Void>> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      running.add(pool.submit(work));
    }
    for (Future<Void> each : running) {
      each.get();
    }
    pool.shutdown();
  }
}
