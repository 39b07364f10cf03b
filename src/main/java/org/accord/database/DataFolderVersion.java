package org.accord.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The major version of PostgreSQL a data folder was made by (its {@code PG_VERSION}), against the
 * embedded binaries' (written into the jar by the build). PostgreSQL opens only a folder of its own
 * major version; Accord says so before it tries, naming both and what to do.
 */
final class DataFolderVersion {

  private DataFolderVersion() {}

  /** The embedded binaries' major version, e.g. 17. */
  static int binaries() {
    try (InputStream in =
        DataFolderVersion.class.getResourceAsStream("postgres-binaries.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return Integer.parseInt(properties.getProperty("version").split("\\.")[0]);
    } catch (IOException | RuntimeException unreadable) {
      throw new IllegalStateException(
          "The build did not record the PostgreSQL binaries' version", unreadable);
    }
  }

  /** Refuses a folder made by another major version; a new or empty folder passes. */
  static void check(Path dataDir, int binaries) {
    Path pgVersion = dataDir.resolve("PG_VERSION");
    if (!Files.isRegularFile(pgVersion)) {
      return;
    }
    String made;
    try {
      made = Files.readString(pgVersion).strip();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    int folder;
    try {
      folder = Integer.parseInt(made.split("\\.")[0]);
    } catch (NumberFormatException notAVersion) {
      throw new IllegalStateException(
          pgVersion + " holds \"" + made + "\", not a PostgreSQL version");
    }
    if (folder > binaries) {
      throw new IllegalStateException(
          "The data folder "
              + dataDir
              + " was made by PostgreSQL "
              + folder
              + ", newer than this Accord's PostgreSQL "
              + binaries
              + ": it cannot open it. Start it with the Accord that made it, or a newer one;"
              + " nothing was changed");
    }
    if (folder < binaries) {
      throw new IllegalStateException(
          "The data folder "
              + dataDir
              + " was made by PostgreSQL "
              + folder
              + ", older than this Accord's PostgreSQL "
              + binaries
              + ": move it to PostgreSQL "
              + binaries
              + " as docs/operations.md says (Moving to a newer PostgreSQL); nothing was changed");
    }
  }
}
