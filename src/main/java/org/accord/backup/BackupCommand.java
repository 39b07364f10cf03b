package org.accord.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.accord.database.EmbeddedDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The jar's command line for backups, run instead of the application: {@code --backup} takes one
 * (of the running application's PostgreSQL, or of a stopped one started for the purpose) and exits;
 * {@code --restore=<file> [--data-dir=<folder>] [--force]} rebuilds a data folder from one. Both
 * read the application's configuration (application.yaml, environment variables, these arguments)
 * as the application does.
 */
public final class BackupCommand {

  private BackupCommand() {}

  /** Whether the arguments ask for a backup command rather than the application. */
  public static boolean handles(String[] args) {
    return Arrays.stream(args)
        .anyMatch(arg -> arg.equals("--backup") || arg.startsWith("--restore="));
  }

  /** Runs the command; returns the process's exit status. */
  public static int run(String[] args) {
    try (ConfigurableApplicationContext settings =
        new SpringApplicationBuilder(Settings.class)
            .web(WebApplicationType.NONE)
            .bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(args)) {
      Environment environment = settings.getEnvironment();
      Binder binder = Binder.get(environment);
      Path dataDir =
          binder
              .bind("data-dir", Path.class)
              .orElseGet(
                  () ->
                      binder
                          .bind("accord.embedded-database.data-dir", Path.class)
                          .orElse(Path.of("data")));
      BackupProperties backup = settings.getBean(BackupProperties.class);
      try {
        if (environment.containsProperty("restore")) {
          System.out.println(
              Restore.restore(
                  Path.of(environment.getRequiredProperty("restore")),
                  dataDir,
                  environment.containsProperty("force"),
                  Clock.systemUTC().instant()));
          return 0;
        }
        if (!environment.getProperty("spring.datasource.url", "").isBlank()) {
          System.err.println(BackupService.EXTERNAL);
          return 2;
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.open(dataDir)) {
          Path folder = backup.folderBeside(database.folder());
          BaseBackup.Taken taken =
              BaseBackup.take(database, folder, Clock.systemUTC(), BaseBackup.Target.FILE);
          Backups.prune(folder, backup.keep(), backup.keepFor(), Clock.systemUTC().instant());
          System.out.printf(
              "Backup %s taken in %d ms: %d files, %d bytes, SHA-256 %s (in %s)%n",
              taken.backup().name(),
              taken.took().toMillis(),
              taken.files(),
              taken.backup().size(),
              taken.backup().sha256(),
              folder);
          return 0;
        }
      } catch (BackupInvalidException | Restore.RefusedException refused) {
        System.err.println("Refused: " + refused.getMessage());
        return 1;
      } catch (Exception failed) {
        System.err.println("Failed: " + failed.getMessage());
        return 1;
      }
    }
  }

  /** Only the configuration: no database, engine or web server. */
  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(BackupProperties.class)
  static class Settings {}
}
