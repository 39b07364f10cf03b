package org.accord.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded PostgreSQL as other modules see it: its data folder, a connection of its own to it,
 * and the major version of its binaries. The application's is a bean when no {@code
 * SPRING_DATASOURCE_URL} is set; a command line (a backup taken by {@code java -jar accord.jar
 * --backup}) opens one with {@link #open}.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  private final Path folder;
  private final int port;
  private final EmbeddedPostgres startedHere;

  EmbeddedDatabase(Path folder, int port, EmbeddedPostgres startedHere) {
    this.folder = folder;
    this.port = port;
    this.startedHere = startedHere;
  }

  /** PostgreSQL's own folder, {@code postgres/} under Accord's data folder. */
  public static Path folderOf(Path dataDir) {
    return dataDir.resolve("postgres").toAbsolutePath().normalize();
  }

  /**
   * The server already running on the data folder (an application that is up), or else one started
   * for the caller and stopped by {@link #close()}.
   */
  public static EmbeddedDatabase open(Path dataDir) throws IOException {
    Path folder = folderOf(dataDir);
    Optional<Integer> running = runningPort(folder);
    if (running.isPresent()) {
      return new EmbeddedDatabase(folder, running.get(), null);
    }
    EmbeddedPostgres postgres = EmbeddedPostgresConfiguration.start(folder, true);
    return new EmbeddedDatabase(folder, postgres.getPort(), postgres);
  }

  /** Whether a PostgreSQL server is running on this folder of PostgreSQL's own. */
  public static boolean serving(Path folder) throws IOException {
    return LeftoverPostgres.serverOf(folder).isPresent();
  }

  /** The major version of the embedded PostgreSQL binaries, e.g. 17. */
  public static int binariesMajorVersion() {
    return DataFolderVersion.binaries();
  }

  public Path folder() {
    return folder;
  }

  /** A connection outside the application's pool, as superuser: closing it ends its session. */
  public Connection connect() throws SQLException {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setServerNames(new String[] {"localhost"});
    source.setPortNumbers(new int[] {port});
    source.setDatabaseName("postgres");
    source.setUser("postgres");
    source.setApplicationName("accord-backup");
    return source.getConnection();
  }

  @Override
  public void close() throws IOException {
    if (startedHere != null) {
      startedHere.close();
    }
  }

  /** The port in the lock file of the server running on the folder, if one is. */
  private static Optional<Integer> runningPort(Path folder) throws IOException {
    if (LeftoverPostgres.serverOf(folder).isEmpty()) {
      return Optional.empty();
    }
    // postmaster.pid: pid, data directory, start time, port, ...
    List<String> lock = Files.readAllLines(folder.resolve("postmaster.pid"));
    return Optional.of(Integer.parseInt(lock.get(3).strip()));
  }
}
