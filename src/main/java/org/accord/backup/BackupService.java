package org.accord.backup;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.accord.database.EmbeddedDatabase;
import org.accord.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Backups of the embedded database: taken on demand and every night, listed, and pruned after each
 * one. With an external PostgreSQL there is no embedded database and no backups: its operator's
 * tools back it up.
 */
@Service
public class BackupService {

  private static final Logger log = LoggerFactory.getLogger(BackupService.class);

  static final String EXTERNAL =
      "Accord takes backups of its embedded PostgreSQL only; this one uses an external PostgreSQL:"
          + " back it up with its operator's tools (pg_dump, pgBackRest, WAL archiving),"
          + " the schemas accord and public";

  private final EmbeddedDatabase database;
  private final BackupProperties properties;
  private final Clock clock;
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          task -> {
            Thread thread = new Thread(task, "accord-backup");
            thread.setDaemon(true);
            return thread;
          });

  BackupService(
      ObjectProvider<EmbeddedDatabase> database, BackupProperties properties, Clock clock) {
    this.database = database.getIfAvailable();
    this.properties = properties;
    this.clock = clock;
  }

  /** Takes a backup now, verifies it, and deletes those no longer kept. */
  public Backup take() {
    EmbeddedDatabase embedded = embedded();
    Path folder = folder();
    Backup backup = BaseBackup.take(embedded, folder, clock, BaseBackup.Target.FILE).backup();
    Backups.prune(folder, properties.keep(), properties.keepFor(), clock.instant());
    return backup;
  }

  /** Whether Accord takes backups here: only of its embedded PostgreSQL. */
  public boolean enabled() {
    return database != null;
  }

  /** The backups kept, newest first. */
  public List<Backup> list() {
    embedded();
    return Backups.list(folder());
  }

  /**
   * On a thread of its own: the scheduler's one thread also sends the outbox every two seconds, and
   * a large database's backup takes minutes.
   */
  @Scheduled(cron = "${accord.backup.cron:0 0 1 * * *}", zone = "UTC")
  void nightly() {
    if (database != null) {
      background.execute(this::scheduled);
    }
  }

  @PreDestroy
  void stop() {
    // A backup cut short ends its session: PostgreSQL aborts it, its partial file stays until the
    // next backup deletes it.
    background.shutdownNow();
  }

  private void scheduled() {
    try {
      take();
    } catch (ConflictException | BackupFailedException failed) {
      log.error("The scheduled backup was not taken: {}", failed.getMessage());
    } catch (RuntimeException unexpected) {
      log.error("The scheduled backup was not taken", unexpected);
    }
  }

  private Path folder() {
    return properties.folderBeside(embedded().folder());
  }

  private EmbeddedDatabase embedded() {
    if (database == null) {
      throw new ConflictException(EXTERNAL);
    }
    return database;
  }
}
