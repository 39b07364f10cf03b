package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accord opens only a data folder of its own PostgreSQL major version, and says why not. */
class DataFolderVersionTest {

  @Test
  void theBinariesVersion_isTheOneTheBuildRecorded() {
    assertThat(DataFolderVersion.binaries()).isEqualTo(17);
  }

  @Test
  void aCopyOfADataFolderMadeByANewerPostgres_isRefused_namingBothVersions(@TempDir Path dir)
      throws IOException {
    EmbeddedDatabase.open(dir.resolve("data")).close();
    Path copy = dir.resolve("copy");
    copyTree(EmbeddedDatabase.folderOf(dir.resolve("data")), EmbeddedDatabase.folderOf(copy));
    Files.writeString(EmbeddedDatabase.folderOf(copy).resolve("PG_VERSION"), "99\n");

    assertThatThrownBy(() -> EmbeddedDatabase.open(copy))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("made by PostgreSQL 99, newer than this Accord's PostgreSQL 17")
        .hasMessageContaining("nothing was changed");
    assertThat(EmbeddedDatabase.folderOf(copy).resolve("PG_VERSION")).hasContent("99");
  }

  @Test
  void aDataFolderMadeByAnOlderPostgres_isRefused_pointingAtTheWayToMoveIt(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("PG_VERSION"), "16\n");

    assertThatThrownBy(() -> DataFolderVersion.check(dir, 17))
        .hasMessageContaining("made by PostgreSQL 16, older than this Accord's PostgreSQL 17")
        .hasMessageContaining("docs/operations.md");
  }

  @Test
  void aNewFolder_passes(@TempDir Path dir) {
    DataFolderVersion.check(dir.resolve("none-yet"), 17);
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
