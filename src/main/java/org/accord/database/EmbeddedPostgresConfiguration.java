package org.accord.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL in-process when no database is configured, so the application runs on a
 * fresh machine with nothing installed. Its data lives in {@code accord.embedded-database.data-dir}
 * and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

  // zonky's own JVM shutdown hook could stop PostgreSQL while Spring is still closing the
  // engine; Spring closes it instead, after the beans that use it.
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
    Path dataDir = EmbeddedDatabase.folderOf(properties.dataDir());
    EmbeddedPostgres postgres = start(dataDir, properties.durable());
    log.info(
        "Embedded PostgreSQL on port {} with data in {} (durable: {})",
        postgres.getPort(),
        dataDir,
        properties.durable());
    return postgres;
  }

  @Bean
  EmbeddedDatabase embeddedDatabase(
      EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
    return new EmbeddedDatabase(
        EmbeddedDatabase.folderOf(properties.dataDir()), postgres.getPort(), null);
  }

  /** Starts PostgreSQL on its folder, stopping first one left running by a killed application. */
  static EmbeddedPostgres start(Path dataDir, boolean durable) throws IOException {
    Files.createDirectories(dataDir.getParent());
    DataFolderVersion.check(dataDir, DataFolderVersion.binaries());
    LeftoverPostgres.stop(dataDir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setRegisterShutdownHook(false)
            // The data is on SSD, where a random read costs little more than a sequential one:
            // with PostgreSQL's default of 4 a donor's Tasklist read all 100,000 open tasks
            // instead of their 667 (./mvnw -Pbench verify -Dbench.only=taskQuery: list p95 56 ->
            // 32 ms, count 52 -> 22 ms).
            .setServerConfig("random_page_cost", "1.1");
    if (durable) {
      // zonky turns both off for speed; a user's agreements deserve a real commit.
      builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
    }
    return builder.start();
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(10);
    config.setPoolName("accord-embedded");
    return new HikariDataSource(config);
  }
}
