package org.accord.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.database.EmbeddedDatabase;
import org.accord.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An online base backup of the embedded PostgreSQL, by PostgreSQL's low-level API (ADR 9): a
 * temporary replication slot holds the WAL from before the start; {@code pg_backup_start} begins
 * the backup with an immediate checkpoint; PostgreSQL's folder is copied as it is; {@code
 * pg_backup_stop} gives the {@code backup_label} to write into the copy; the WAL segments from the
 * start to the stop go into its {@code pg_wal}. A server started on the copy replays that WAL and
 * is consistent as of the stop. All of it happens on one session, which holds an advisory lock so
 * that only one backup runs at a time; closing it ends whatever was left unfinished.
 */
final class BaseBackup {

  private static final Logger log = LoggerFactory.getLogger(BaseBackup.class);

  static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  static final Pattern NAME = Pattern.compile("accord-(\\d{8}T\\d{6}\\.\\d{3}Z)\\.zip");

  // Any constant of Accord's own, different from the task index's.
  static final long BACKUP_LOCK = 0x4163636f7262L;
  private static final String SLOT = "accord_backup";

  /** Recreated or emptied by PostgreSQL at start-up: their folders are kept, not their files. */
  private static final Set<String> EMPTIED =
      Set.of(
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans");

  /** Belong to the running server, not to the data (zonky's {@code epg-lock} too). */
  private static final Set<String> LEFT_OUT =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "backup_label",
          "backup_label.old",
          "tablespace_map",
          "backup_manifest",
          "postgresql.auto.conf.tmp",
          "current_logfiles.tmp",
          "pg_internal.init",
          "epg-lock");

  private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");

  /** Opens the stream the archive is written to; tests give one that fills up. */
  @FunctionalInterface
  interface Target {
    OutputStream open(Path partial) throws IOException;

    Target FILE =
        partial ->
            Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** The backup just taken, and what it took. */
  record Taken(Backup backup, int files, long databaseBytes, Duration took, String stopLsn) {}

  private BaseBackup() {}

  static Path folderOf(Path postgresFolder) {
    return postgresFolder.getParent().getParent().resolve("backups");
  }

  /**
   * Takes one backup into the folder: written to {@code <name>.partial}, read back and verified,
   * then renamed. Any failure (a full disk) deletes the partial file and leaves earlier backups.
   */
  static Taken take(EmbeddedDatabase database, Path folder, Clock clock, Target target) {
    Instant started = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String name = "accord-" + STAMP.format(started) + ".zip";
    Path archive = folder.resolve(name);
    Path partial = folder.resolve(name + ".partial");
    long nanos = System.nanoTime();
    try (Connection session = database.connect();
        Statement sql = session.createStatement()) {
      session.setAutoCommit(true);
      Files.createDirectories(folder);
      if (!queryBoolean(sql, "select pg_try_advisory_lock(" + BACKUP_LOCK + ")")) {
        throw new ConflictException("A backup is already being taken; try again when it is done");
      }
      deleteLeftovers(folder);
      Path postgres = database.folder();
      try (OutputStream out = target.open(partial);
          BackupArchive.Writer writer = new BackupArchive.Writer(out)) {
        // Holds every WAL segment from here on until the session ends.
        sql.execute("select pg_create_physical_replication_slot('" + SLOT + "', true, true)");
        String startLsn = queryString(sql, "select pg_backup_start('" + name + "', true)::text");
        String startWal = walFileName(session, startLsn);
        int files = copyFolder(postgres, writer);
        String stopLsn;
        String label;
        String tablespaceMap;
        try (ResultSet stop =
            sql.executeQuery(
                "select lsn::text, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => false)")) {
          stop.next();
          stopLsn = stop.getString(1);
          label = stop.getString(2);
          tablespaceMap = stop.getString(3);
        }
        writer.file("backup_label", label.getBytes(StandardCharsets.UTF_8));
        files++;
        if (tablespaceMap != null && !tablespaceMap.isEmpty()) {
          writer.file("tablespace_map", tablespaceMap.getBytes(StandardCharsets.UTF_8));
          files++;
        }
        files +=
            copyWal(postgres.resolve("pg_wal"), startWal, walFileName(session, stopLsn), writer);
        Map<String, String> header = new LinkedHashMap<>();
        header.put("format", "1");
        header.put("postgres", Files.readString(postgres.resolve("PG_VERSION")).strip());
        header.put("taken", started.toString());
        header.put("start-lsn", startLsn);
        header.put("stop-lsn", stopLsn);
        String sha256 = writer.finish(header);
        long databaseBytes = writer.written();
        writer.close();
        BackupArchive.verify(partial, sha256);
        Files.writeString(
            BackupArchive.sidecarOf(archive), sha256 + "  " + name + "\n", StandardCharsets.UTF_8);
        Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        Duration took = Duration.ofNanos(System.nanoTime() - nanos);
        Backup backup = new Backup(name, started, Files.size(archive), sha256);
        log.info(
            "Backup {} taken in {} ms: {} files, {} MB of PostgreSQL's read, {} MB written, WAL to {}",
            name,
            took.toMillis(),
            files,
            databaseBytes >> 20,
            backup.size() >> 20,
            stopLsn);
        return new Taken(backup, files, databaseBytes, took, stopLsn);
      }
    } catch (ConflictException busy) {
      // Another backup holds the lock, and maybe a file of this very name: leave it alone.
      throw busy;
    } catch (IOException | SQLException | RuntimeException failed) {
      deleteQuietly(partial);
      deleteQuietly(BackupArchive.sidecarOf(archive));
      String why = failed.getMessage();
      log.error("Backup {} failed: {}; its partial file is deleted", name, why, failed);
      throw new BackupFailedException(
          "The backup "
              + name
              + " failed: "
              + why
              + ". Its partial file was deleted; earlier backups are kept",
          failed);
    }
  }

  /**
   * PostgreSQL's folder as it is, but for what its start-up empties and what belongs to the running
   * server; returns how many files went in.
   */
  private static int copyFolder(Path postgres, BackupArchive.Writer writer) throws IOException {
    int[] files = {0};
    Files.walkFileTree(
        postgres,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            String path = relative(postgres, dir);
            if (dir.getFileName().toString().startsWith("pgsql_tmp")) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            if (!path.isEmpty()) {
              writer.directory(path);
            }
            if (EMPTIED.contains(path)) {
              if (path.equals("pg_wal")) {
                writer.directory("pg_wal/archive_status");
              }
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            String fileName = file.getFileName().toString();
            if (attributes.isRegularFile()
                && !LEFT_OUT.contains(fileName)
                && !fileName.startsWith("pgsql_tmp")
                && writer.file(relative(postgres, file), file)) {
              files[0]++;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException failed) throws IOException {
            if (failed instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE; // removed by PostgreSQL meanwhile
            }
            throw failed;
          }
        });
    return files[0];
  }

  /** The WAL segments from the start's to the stop's, and the timelines' history files. */
  private static int copyWal(Path wal, String first, String last, BackupArchive.Writer writer)
      throws IOException {
    List<Path> segments = new ArrayList<>();
    try (Stream<Path> files = Files.list(wal)) {
      files
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(".history")
                    || (WAL_SEGMENT.matcher(name).matches()
                        && name.compareTo(first) >= 0
                        && name.compareTo(last) <= 0);
              })
          .sorted()
          .forEach(segments::add);
    }
    if (segments.stream().noneMatch(file -> file.getFileName().toString().equals(first))
        || segments.stream().noneMatch(file -> file.getFileName().toString().equals(last))) {
      throw new IOException("the WAL from " + first + " to " + last + " is not all in " + wal);
    }
    for (Path segment : segments) {
      if (!writer.file("pg_wal/" + segment.getFileName(), segment)) {
        throw new IOException("the WAL segment " + segment.getFileName() + " disappeared");
      }
    }
    return segments.size();
  }

  /** Files of a backup that died half-way (the process killed): no backup is running now. */
  private static void deleteLeftovers(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".zip.partial")).toList()) {
        log.warn("Deleting {}, left by a backup that did not finish", file.getFileName());
        Files.deleteIfExists(file);
      }
    }
  }

  private static String walFileName(Connection session, String lsn) throws SQLException {
    try (PreparedStatement name = session.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
      name.setString(1, lsn);
      try (ResultSet result = name.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static boolean queryBoolean(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      return result.next() && result.getBoolean(1);
    }
  }

  private static String queryString(Statement sql, String query) throws SQLException {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getString(1);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      log.warn("Could not delete {}: {}", file, ignored.getMessage());
    }
  }
}
