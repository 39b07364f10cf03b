package org.accord.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.stream.Stream;
import org.accord.database.EmbeddedDatabase;

/**
 * Rebuilds PostgreSQL's folder under a data folder from a backup. Nothing is touched until the
 * whole backup has been read and found to match its checksum file and its manifest; a folder that
 * holds a database is set aside (never deleted) only when asked to ({@code force}). The backup
 * carries its {@code backup_label} and the WAL to its stop: PostgreSQL's first start on the folder
 * replays that WAL and opens the database as it was when the backup ended.
 */
final class Restore {

  /** Why a restore did not happen, for the operator: nothing was changed. */
  static class RefusedException extends RuntimeException {
    RefusedException(String message) {
      super(message);
    }
  }

  private Restore() {}

  /** Restores, and returns what the operator is told. */
  static String restore(Path archive, Path dataDir, boolean force, Instant now) throws IOException {
    String sha256 = BackupArchive.sidecarHash(archive);
    BackupArchive.Manifest manifest = BackupArchive.verify(archive, sha256);
    int binaries = EmbeddedDatabase.binariesMajorVersion();
    if (!manifest.header("postgres").equals(String.valueOf(binaries))) {
      throw new RefusedException(
          archive.getFileName()
              + " is a backup of PostgreSQL "
              + manifest.header("postgres")
              + "; this Accord's PostgreSQL is "
              + binaries
              + ", which opens only its own major version's files: restore it with the Accord"
              + " that took it; nothing was changed");
    }
    Path target = EmbeddedDatabase.folderOf(dataDir);
    if (EmbeddedDatabase.serving(target)) {
      throw new RefusedException(
          "PostgreSQL is running on " + target + ": stop Accord first; nothing was changed");
    }
    boolean holdsData = Files.isDirectory(target) && !isEmpty(target);
    Path aside = target.resolveSibling("postgres.before-restore-" + BaseBackup.STAMP.format(now));
    if (holdsData && !force) {
      throw new RefusedException(
          target
              + " already holds a database; nothing was changed. Add --force to set it aside as "
              + aside.getFileName()
              + " and restore in its place");
    }
    Path staging = target.resolveSibling("postgres.restoring");
    deleteTree(staging);
    BackupArchive.extract(archive, sha256, staging);
    Files.createDirectories(staging.resolve("pg_wal/archive_status"));
    if (holdsData) {
      Files.move(target, aside);
    } else {
      Files.deleteIfExists(target); // an empty folder
    }
    Files.move(staging, target);
    return "Restored "
        + archive.getFileName()
        + " ("
        + manifest.files().size()
        + " files, taken "
        + manifest.header("taken")
        + ", consistent at WAL "
        + manifest.header("stop-lsn")
        + ") into "
        + target
        + (holdsData ? "; the database that was there is in " + aside : "")
        + ". Start Accord with ACCORD_DATA_DIR="
        + dataDir.toAbsolutePath().normalize()
        + ": PostgreSQL replays the backup's WAL at its first start.";
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.findAny().isEmpty();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failed)
              throws IOException {
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
