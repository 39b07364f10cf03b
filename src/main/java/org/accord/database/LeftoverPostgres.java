package org.accord.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a process of its own. When the application dies without closing
 * it (kill -9, a crash, the machine's OOM killer), it keeps running, holding its data directory,
 * and the next start fails on "lock file postmaster.pid already exists". This stops such a leftover
 * with SIGTERM, PostgreSQL's smart shutdown: its clients died with the application, so it
 * checkpoints and exits, and the application comes back by itself.
 */
final class LeftoverPostgres {

  private static final Logger log = LoggerFactory.getLogger(LeftoverPostgres.class);
  private static final Duration SHUTDOWN = Duration.ofMinutes(2);

  private LeftoverPostgres() {}

  /** Stops the PostgreSQL that still serves {@code dataDir}, if any; returns whether one did. */
  static boolean stop(Path dataDir) throws IOException {
    Optional<ProcessHandle> leftover = serverOf(dataDir);
    if (leftover.isEmpty()) {
      return false;
    }
    ProcessHandle postgres = leftover.get();
    log.warn(
        "PostgreSQL (pid {}) still serves {} from an earlier run that did not stop it: stopping it",
        postgres.pid(),
        dataDir);
    postgres.destroy();
    try {
      postgres.onExit().get(SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
    } catch (TimeoutException stillRunning) {
      throw new IllegalStateException(
          "PostgreSQL (pid "
              + postgres.pid()
              + ") serving "
              + dataDir
              + " did not stop in "
              + SHUTDOWN
              + "; stop it, then start Accord again",
          stillRunning);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping PostgreSQL", interrupted);
    } catch (ExecutionException impossible) {
      // A process's exit completes normally.
      throw new IllegalStateException(impossible);
    }
    return true;
  }

  /**
   * The live process of the lock file's first line, if it is a PostgreSQL server of this directory:
   * a stale lock file's pid may since belong to something else.
   */
  static Optional<ProcessHandle> serverOf(Path dataDir) throws IOException {
    Path lockFile = dataDir.resolve("postmaster.pid");
    if (!Files.isRegularFile(lockFile)) {
      return Optional.empty();
    }
    List<String> lock = Files.readAllLines(lockFile);
    if (lock.size() < 2 || !lock.get(0).strip().matches("\\d+")) {
      return Optional.empty();
    }
    Path lockedDir = Path.of(lock.get(1).strip());
    return ProcessHandle.of(Long.parseLong(lock.get(0).strip()))
        .filter(ProcessHandle::isAlive)
        .filter(process -> process.info().command().orElse("").endsWith("postgres"))
        .filter(process -> sameDirectory(lockedDir, dataDir));
  }

  private static boolean sameDirectory(Path locked, Path dataDir) {
    try {
      return Files.isSameFile(locked, dataDir);
    } catch (IOException unreadable) {
      return false;
    }
  }
}
