package org.accord.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.database.EmbeddedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * A base backup of a running embedded PostgreSQL, without the application: what it holds, the
 * restore that starts on it, and the backups refused or failed.
 */
class BaseBackupTest {

  @TempDir static Path dir;
  private static EmbeddedDatabase database;
  private static Backup backup;
  private static Path backups;

  @BeforeAll
  static void aDatabaseWithRowsBeforeAndAfterItsBackup() throws Exception {
    database = EmbeddedDatabase.open(dir.resolve("data"));
    backups = dir.resolve("backups");
    sql("create table ledger (id int primary key, note text)");
    sql("insert into ledger select i, 'before ' || i from generate_series(1, 1000) i");
    backup = BaseBackup.take(database, backups, Clock.systemUTC(), BaseBackup.Target.FILE).backup();
    sql("insert into ledger values (1001, 'after the backup')");
  }

  @AfterAll
  static void stop() throws IOException {
    database.close();
  }

  @Test
  void aBackupIsOneZipWithItsChecksumFile_andReadsBackWhole() {
    assertThat(Backups.list(backups)).containsExactly(backup);
    assertThat(BackupArchive.sidecarOf(backups.resolve(backup.name())))
        .content()
        .isEqualTo(backup.sha256() + "  " + backup.name() + "\n");
    BackupArchive.Manifest manifest = BackupArchive.verify(backups.resolve(backup.name()));
    assertThat(manifest.files()).containsKeys("PG_VERSION", "backup_label", "global/pg_control");
    assertThat(manifest.files().keySet())
        .anyMatch(path -> path.startsWith("pg_wal/0000"))
        .noneMatch(path -> path.equals("postmaster.pid"));
    assertThat(manifest.header("postgres")).isEqualTo("17");
  }

  @Test
  void theRestoredFolderStarts_withWhatWasThereAtTheBackup_andNothingAfter() throws Exception {
    Path restored = dir.resolve("restored");
    Restore.restore(backups.resolve(backup.name()), restored, false, Instant.now());

    try (EmbeddedDatabase again = EmbeddedDatabase.open(restored);
        Connection connection = again.connect();
        ResultSet rows =
            connection.createStatement().executeQuery("select count(*), max(id) from ledger")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(1000);
      assertThat(rows.getInt(2)).isEqualTo(1000);
    }
  }

  @Test
  void anAlteredBackup_isRefusedBeforeAnythingIsWritten() throws Exception {
    Path altered = copyOfTheBackup("altered");
    try (RandomAccessFile file = new RandomAccessFile(altered.toFile(), "rw")) {
      file.seek(file.length() / 2);
      int b = file.read();
      file.seek(file.length() / 2);
      file.write(b ^ 0xff);
    }
    Path target = dir.resolve("never-written");

    assertThatThrownBy(() -> Restore.restore(altered, target, false, Instant.now()))
        .isInstanceOf(BackupInvalidException.class)
        .hasMessageContaining("is not a whole Accord backup");
    assertThat(target).doesNotExist();
  }

  @Test
  void aTruncatedBackup_isRefusedBeforeAnythingIsWritten() throws Exception {
    Path truncated = copyOfTheBackup("truncated");
    try (RandomAccessFile file = new RandomAccessFile(truncated.toFile(), "rw")) {
      file.setLength(file.length() / 3);
    }
    Path target = dir.resolve("never-written-either");

    assertThatThrownBy(() -> Restore.restore(truncated, target, false, Instant.now()))
        .isInstanceOf(BackupInvalidException.class)
        .hasMessageContaining("truncated");
    assertThat(target).doesNotExist();
  }

  @Test
  void aFolderWithADatabase_isRestoredIntoOnlyWithForce_andItsDatabaseIsSetAside()
      throws Exception {
    Path occupied = dir.resolve("occupied");
    Files.createDirectories(occupied.resolve("postgres"));
    Files.writeString(occupied.resolve("postgres/PG_VERSION"), "17\n");
    Path archive = backups.resolve(backup.name());

    assertThatThrownBy(() -> Restore.restore(archive, occupied, false, Instant.now()))
        .isInstanceOf(Restore.RefusedException.class)
        .hasMessageContaining("already holds a database")
        .hasMessageContaining("--force");
    assertThat(occupied.resolve("postgres/backup_label")).doesNotExist();

    Restore.restore(archive, occupied, true, Instant.now());
    assertThat(occupied.resolve("postgres/backup_label")).exists();
    try (Stream<Path> aside = Files.list(occupied)) {
      assertThat(aside.map(path -> path.getFileName().toString()))
          .anyMatch(name -> name.startsWith("postgres.before-restore-"));
    }
  }

  /**
   * A disk that fills half-way, simulated: the stream throws as a full file system does. A real one
   * was tried by hand (a 2 MB tmpfs, {@code mount -t tmpfs -o size=2m}, as the backup folder of
   * {@code java -jar accord.jar --backup}): the same message, no partial file, the earlier backup
   * kept. Mounting needs root, which the build does not have.
   */
  @Test
  void aBackupOnAFullDisk_stopsCleanly_deletesItsPartialFile_andKeepsTheEarlierBackups() {
    BaseBackup.Target fillsUp =
        partial ->
            new FilterOutputStream(BaseBackup.Target.FILE.open(partial)) {
              private long written;

              @Override
              public void write(byte[] bytes, int offset, int length) throws IOException {
                written += length;
                if (written > 1 << 20) {
                  throw new IOException("No space left on device");
                }
                out.write(bytes, offset, length);
              }
            };

    assertThatThrownBy(() -> BaseBackup.take(database, backups, Clock.systemUTC(), fillsUp))
        .isInstanceOf(BackupFailedException.class)
        .hasMessageContaining("No space left on device")
        .hasMessageContaining("earlier backups are kept");

    assertThat(filesIn(backups))
        .containsExactlyInAnyOrder(backup.name(), backup.name() + BackupArchive.SIDECAR);
    assertThat(Backups.list(backups)).containsExactly(backup);
    // The failed backup's session ended its backup: another can start.
    assertThat(
            BaseBackup.take(
                database, dir.resolve("next"), Clock.systemUTC(), BaseBackup.Target.FILE))
        .isNotNull();
  }

  @Test
  void aBackupOfAnotherPostgresMajorVersion_isRefusedBeforeAnythingIsWritten() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("other-major")).resolve("accord-x.zip");
    String sha256;
    try (OutputStream out = Files.newOutputStream(archive);
        BackupArchive.Writer writer = new BackupArchive.Writer(out)) {
      for (String path : List.of("PG_VERSION", "backup_label", "global/pg_control")) {
        writer.file(path, "99".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      sha256 = writer.finish(java.util.Map.of("postgres", "99"));
    }
    Files.writeString(BackupArchive.sidecarOf(archive), sha256 + "  accord-x.zip\n");
    Path target = dir.resolve("not-for-99");

    assertThatThrownBy(() -> Restore.restore(archive, target, false, Instant.now()))
        .isInstanceOf(Restore.RefusedException.class)
        .hasMessageContaining("a backup of PostgreSQL 99; this Accord's PostgreSQL is 17");
    assertThat(target).doesNotExist();
  }

  @Test
  void theNightlyBackup_leavesTheSchedulersThreadAtOnce_andIsTakenOnItsOwn() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("embeddedDatabase", database);
    Path nightly = dir.resolve("nightly");
    BackupService service =
        new BackupService(
            beans.getBeanProvider(EmbeddedDatabase.class),
            new BackupProperties(nightly, "-", 7, java.time.Duration.ofDays(7)),
            Clock.systemUTC());

    service.nightly();

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(30))
        .until(() -> Backups.list(nightly).size() == 1);
    assertThat(service.list()).isEqualTo(Backups.list(nightly));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    new BackupMetrics(service).bindTo(registry);
    assertThat(registry.get("accord.backup.newest.timestamp").gauge().value())
        .isEqualTo(service.list().get(0).takenAt().toEpochMilli() / 1000.0);
    service.stop();
  }

  @Test
  void aSecondBackupWhileOneIsTaken_isRefused_andTouchesNothing() throws Exception {
    Path folder = dir.resolve("busy");
    try (Connection other = database.connect();
        Statement sql = other.createStatement()) {
      sql.execute("select pg_advisory_lock(" + BaseBackup.BACKUP_LOCK + ")");

      assertThatThrownBy(
              () -> BaseBackup.take(database, folder, Clock.systemUTC(), BaseBackup.Target.FILE))
          .isInstanceOf(org.accord.shared.ConflictException.class)
          .hasMessageContaining("already being taken");
    }
    assertThat(Backups.list(folder)).isEmpty();
  }

  @Test
  void retention_keepsTheNewest_andTheYoungOnes() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("retention"));
    Instant now = Instant.parse("2027-03-10T01:00:00Z");
    List<String> names = new ArrayList<>();
    for (int daysAgo = 0; daysAgo < 10; daysAgo++) {
      String name =
          "accord-" + BaseBackup.STAMP.format(now.minusSeconds(86_400L * daysAgo)) + ".zip";
      Files.writeString(folder.resolve(name), "x");
      Files.writeString(folder.resolve(name + ".sha256"), "0".repeat(64) + "  " + name + "\n");
      names.add(name);
    }

    List<String> deleted = Backups.prune(folder, 3, java.time.Duration.ofDays(5), now);

    // The newest three are kept anyway, and the others younger than five days.
    assertThat(deleted).containsExactlyInAnyOrderElementsOf(names.subList(6, 10));
    assertThat(Backups.list(folder)).hasSize(6);
  }

  private static Path copyOfTheBackup(String name) throws IOException {
    Path folder = Files.createDirectories(dir.resolve(name));
    Path copy = folder.resolve(backup.name());
    Files.copy(backups.resolve(backup.name()), copy);
    Files.copy(
        BackupArchive.sidecarOf(backups.resolve(backup.name())), BackupArchive.sidecarOf(copy));
    return copy;
  }

  private static List<String> filesIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(path -> path.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sql(String statement) throws Exception {
    try (Connection connection = database.connect();
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
