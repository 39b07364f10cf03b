package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeftoverPostgresTest {

  @Test
  void thePostgresOfAKilledApplication_isStopped_andItsDataStartsAgain(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("postgres");
    killedWithItsPostgresRunning(data);
    long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());

    assertThat(LeftoverPostgres.stop(data)).isTrue();

    assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    try (EmbeddedPostgres again = builder(data).start();
        Connection connection = again.getPostgresDatabase().getConnection();
        ResultSet answer = connection.createStatement().executeQuery("select 1")) {
      assertThat(answer.next()).isTrue();
    }
  }

  @Test
  void noPostgres_isLeftAlone(@TempDir Path dir) throws Exception {
    assertThat(LeftoverPostgres.stop(dir)).isFalse();
  }

  @Test
  void aStaleLockFileWhosePidIsNowAnotherProgram_stopsNothing(@TempDir Path dir) throws Exception {
    Files.write(
        dir.resolve("postmaster.pid"),
        List.of(String.valueOf(ProcessHandle.current().pid()), dir.toString()));

    assertThat(LeftoverPostgres.stop(dir)).isFalse();
    assertThat(ProcessHandle.current().isAlive()).isTrue();
  }

  /** An application of its own starts PostgreSQL on the data, then is killed with -9. */
  private static void killedWithItsPostgresRunning(Path data) throws Exception {
    Process application =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElseThrow(),
                "-cp",
                System.getProperty("java.class.path"),
                StartsPostgres.class.getName(),
                data.toString())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader output =
        new BufferedReader(
            new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(output.lines().anyMatch(line -> line.equals(StartsPostgres.READY))).isTrue();
    }
    application.destroyForcibly().waitFor();
  }

  /** The application that dies: PostgreSQL started, then nothing until it is killed. */
  static final class StartsPostgres {

    static final String READY = "postgres started";

    public static void main(String[] args) throws Exception {
      builder(Path.of(args[0])).start();
      System.out.println(READY);
      System.out.close();
      Thread.sleep(Long.MAX_VALUE);
    }
  }

  private static EmbeddedPostgres.Builder builder(Path data) {
    return EmbeddedPostgres.builder()
        .setDataDirectory(data)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false);
  }
}
