package org.accord.backup;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accord.AccordApplication;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Today's Accord opens a database made by an older one (test resource {@code upgrade/}, see its
 * README): Flyway brings Accord's schema to today, and the agreements it held go on.
 */
class UpgradeFromAnOlderAccordTest {

  @Test
  void anOlderAccordsDatabase_isMigratedAtStartUp_andItsAgreementsGoOn(@TempDir Path dir)
      throws Exception {
    Path backup =
        Path.of(getClass().getResource("/upgrade/accord-20261206T225331.044Z.zip").toURI());
    assertThat(BackupCommand.run(new String[] {"--restore=" + backup, "--data-dir=" + dir}))
        .isZero();

    try (ConfigurableApplicationContext accord =
        new SpringApplicationBuilder(AccordApplication.class)
            .profiles("demo")
            .run(
                "--server.port=0",
                "--management.server.port=0",
                "--camunda.bpm.process-engine-name=upgrade-test",
                "--accord.embedded-database.data-dir=" + dir,
                "--accord.embedded-database.durable=false",
                "--accord.backup.cron=-")) {
      JdbcTemplate sql = accord.getBean(JdbcTemplate.class);
      assertThat(
              sql.queryForList(
                  "select version from accord.flyway_schema_history where success", String.class))
          .contains("23", "24", "25", "26", "27", "29", newestMigration());
      assertThat(
              sql.queryForObject(
                  "select count(*) from accord.flyway_schema_history where not success",
                  Integer.class))
          .isZero();

      Api api =
          Api.at(
              Integer.parseInt(accord.getEnvironment().getRequiredProperty("local.server.port")));
      assertThat(status(api, "PA-2026-0001")).isEqualTo("SCREENING");
      assertThat(status(api, "PA-2026-0002")).isEqualTo("DUE_DILIGENCE");
      assertThat(status(api, "PA-2026-0003")).isEqualTo("ACTIVE");

      api.complete(
          "officer2", "PA-2026-0001", SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
      // GSMA's due diligence, cleared for PA-2026-0003 by the older Accord, still holds.
      assertThat(status(api, "PA-2026-0001")).isEqualTo("INTERNAL_APPROVAL");
      api.reviewDueDiligence("PA-2026-0002", "CLEAR", "CLEAR");
      assertThat(status(api, "PA-2026-0002")).isEqualTo("INTERNAL_APPROVAL");

      ResponseEntity<Map<String, Object>> receipt =
          api.post(
              "finance",
              "/api/agreements/PA-2026-0003/receipts",
              Map.of(
                  "amount", "30000.00",
                  "currency", "USD",
                  "valueDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
                  "bankReference", "BR-UPGRADE-1"));
      assertThat(receipt.getStatusCode().value()).as("%s", receipt.getBody()).isEqualTo(201);
      assertThat(receipt.getBody()).containsEntry("towardInstalment", "30000.00");
      // The instalment is paid: the collection the older Accord started has ended.
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(20))
          .until(() -> api.tasks("finance", "PA-2026-0003", RECORD_RECEIPT).isEmpty());
    }
  }

  private static String status(Api api, String reference) {
    return (String) api.get("officer", "/api/agreements/" + reference).getBody().get("status");
  }

  /** The version of the newest migration in the source tree: today's schema. */
  private static String newestMigration() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      List<Integer> versions =
          files
              .map(file -> file.getFileName().toString())
              .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
              .sorted()
              .toList();
      return String.valueOf(versions.get(versions.size() - 1));
    }
  }
}
