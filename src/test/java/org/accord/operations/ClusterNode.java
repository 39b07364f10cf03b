package org.accord.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.AccordApplication;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One node of a homogeneous cluster: Accord in a JVM of its own on loopback, on the shared
 * PostgreSQL, its log in a file, and a way to die as a crashed machine does ({@code kill -9}).
 */
final class ClusterNode implements AutoCloseable {

  private final String name;
  private final Process process;
  private final Path log;
  final String base;
  private volatile boolean alive = true;

  private ClusterNode(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.base = "http://127.0.0.1:" + port;
  }

  /**
   * Started from the test's own classpath with the demo profile; the job lock is short so that a
   * dead node's jobs come back within the test, and each node names itself in Camunda's job log.
   */
  static ClusterNode start(String name, Path dir, int databasePort, int smtpPort)
      throws IOException {
    int port = freePort();
    // Beside the build's other reports, where a failed run's logs can still be read.
    Path log = Files.createDirectories(Path.of("target", "cluster-test")).resolve(name + ".log");
    Process process =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx768m",
                "-cp",
                classPath(),
                AccordApplication.class.getName(),
                "--spring.profiles.active=demo",
                "--server.port=" + port,
                "--management.server.port=" + freePort(),
                "--accord.embedded-database.data-dir=" + dir.resolve(name),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "--spring.datasource.username=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--accord.notifications.dispatch-interval=PT0.2S",
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                "--camunda.bpm.job-execution.wait-time-in-millis=200",
                "--camunda.bpm.job-execution.max-wait=1000")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    // Should the test's JVM itself be stopped, the node goes with it.
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    return new ClusterNode(name, process, log, port);
  }

  /**
   * Waits for {@code /readyz}; a node that dies or hangs on the way fails the test with its log.
   */
  ClusterNode awaitReady(Duration within) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create(base + "/readyz")).build();
    try {
      await(name + " ready")
          .atMost(within)
          .pollInterval(Duration.ofMillis(250))
          .ignoreExceptionsInstanceOf(IOException.class) // still starting
          .failFast(
              () ->
                  assertThat(process.isAlive())
                      .as(() -> name + " running; its log:\n" + tail())
                      .isTrue())
          .until(
              () -> http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
    } catch (ConditionTimeoutException late) {
      throw new AssertionError(name + " not ready in time; its log:\n" + tail(), late);
    }
    return this;
  }

  /**
   * The test's classpath without its empty entries: Surefire's ends in one, which Java reads as the
   * working directory, and the project's own processes/ would then be deployed twice.
   */
  private static String classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .collect(Collectors.joining(File.pathSeparator));
  }

  boolean alive() {
    return alive;
  }

  /** SIGKILL: no shutdown hook runs, connections and job locks are left as they are. */
  void kill() throws InterruptedException {
    alive = false;
    process.destroyForcibly();
    process.waitFor();
  }

  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException unreadable) {
      return "(no log: " + unreadable.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  @Override
  public String toString() {
    return name;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
