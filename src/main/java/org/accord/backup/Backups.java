package org.accord.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backups in a folder: listed newest first, and the old ones deleted. */
final class Backups {

  private static final Logger log = LoggerFactory.getLogger(Backups.class);

  private Backups() {}

  /** The finished backups (with their checksum file), newest first. */
  static List<Backup> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Backup> backups = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        Matcher name = BaseBackup.NAME.matcher(file.getFileName().toString());
        Path sidecar = BackupArchive.sidecarOf(file);
        if (!name.matches() || !Files.isRegularFile(sidecar)) {
          continue;
        }
        Instant takenAt = BaseBackup.STAMP.parse(name.group(1), Instant::from);
        String sha256 = Files.readString(sidecar).strip().split("\\s+", 2)[0];
        backups.add(new Backup(file.getFileName().toString(), takenAt, Files.size(file), sha256));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    backups.sort(Comparator.comparing(Backup::takenAt).reversed());
    return backups;
  }

  /**
   * Deletes the backups beyond the newest {@code keep} that are older than {@code keepFor}; returns
   * their names.
   */
  static List<String> prune(Path folder, int keep, Duration keepFor, Instant now) {
    List<String> deleted = new ArrayList<>();
    List<Backup> backups = list(folder);
    for (Backup old :
        backups.subList(Math.min(Math.max(keep, 1), backups.size()), backups.size())) {
      if (old.takenAt().isBefore(now.minus(keepFor))) {
        try {
          Files.deleteIfExists(folder.resolve(old.name()));
          Files.deleteIfExists(BackupArchive.sidecarOf(folder.resolve(old.name())));
          deleted.add(old.name());
          log.info(
              "Deleted the backup {}, beyond the newest {} and older than {}",
              old.name(),
              keep,
              keepFor);
        } catch (IOException undeletable) {
          log.warn("Could not delete the old backup {}: {}", old.name(), undeletable.getMessage());
        }
      }
    }
    return deleted;
  }
}
