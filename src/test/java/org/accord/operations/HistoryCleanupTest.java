package org.accord.operations;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.accord.AccordApplication;
import org.accord.agreement.AgreementService;
import org.accord.agreement.Proposal;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Camunda's history cleanup keeps the engine's tables bounded: ten years (the processes' history
 * time to live) after an agreement's process ended, its history is removed, while that of running
 * processes and Accord's own records of the agreement stay. In an application of its own, as the
 * clock is moved ten years on and its timers must not fire.
 */
class HistoryCleanupTest {

  private static final int ENDED = 12;
  private static final int RUNNING = 4;

  /** Camunda's tables an agreement's process leaves history in. */
  private static final List<String> HISTORY =
      List.of(
          "act_hi_procinst",
          "act_hi_actinst",
          "act_hi_taskinst",
          "act_hi_varinst",
          "act_hi_detail",
          "act_hi_identitylink",
          "act_hi_op_log",
          "act_hi_decinst",
          "act_hi_dec_in",
          "act_hi_dec_out",
          "act_hi_job_log",
          "act_hi_incident",
          "act_hi_comment",
          "act_hi_attachment",
          // the history's copies of variables' JSON values
          "act_ge_bytearray");

  @Test
  void tenYearsAfterItsProcessEnded_anAgreementsEngineHistoryIsRemoved_andTheRestStays(
      @TempDir Path dataDir) {
    try (ConfigurableApplicationContext app = start(dataDir)) {
      List<String> ended = new ArrayList<>();
      List<String> running = new ArrayList<>();
      for (int i = 0; i < ENDED + RUNNING; i++) {
        String reference = propose(app);
        if (i < ENDED) {
          reject(app, reference);
          ended.add(reference);
        } else {
          running.add(reference);
        }
      }
      JdbcTemplate db = app.getBean(JdbcTemplate.class);
      long before = historyRows(db, ended);
      long runningBefore = historyRows(db, running);

      try {
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + days(3651)));
        cleanUp(app, () -> historyRows(db, ended) == 0);
      } finally {
        ClockUtil.reset();
      }

      assertThat(before).as("the ended agreements had history").isPositive();
      assertThat(historyRows(db, ended)).as("the ended agreements' history").isZero();
      assertThat(historyRows(db, running))
          .as("the running agreements' history")
          .isEqualTo(runningBefore);
      assertThat(
              db.queryForObject(
                  "select count(*) from accord.agreement where reference = any(?)",
                  Long.class,
                  (Object) ended.toArray(String[]::new)))
          .as("Accord's records of the ended agreements")
          .isEqualTo(ENDED);
      System.out.printf(
          "History cleanup: %d rows of %d ended agreements removed, %d rows of %d running kept%n",
          before, ENDED, runningBefore, RUNNING);
    }
  }

  /** Runs the cleanup job as the job executor would, until it has nothing left to remove. */
  private static void cleanUp(ConfigurableApplicationContext app, BooleanSupplier done) {
    HistoryService history = app.getBean(HistoryService.class);
    ManagementService management = app.getBean(ManagementService.class);
    Job cleanup = history.cleanUpHistoryAsync(true);
    for (int run = 0; run < 20 && !done.getAsBoolean(); run++) {
      management.executeJob(cleanup.getId());
    }
  }

  /**
   * Rows in the engine's history tables that belong to these agreements' processes, their called
   * processes included (found by business key, which Accord's calls pass on).
   */
  private static long historyRows(JdbcTemplate db, List<String> references) {
    List<String> instances =
        db.queryForList(
            "select id_ from act_hi_procinst where business_key_ = any(?)",
            String.class,
            (Object) references.toArray(String[]::new));
    String[] ids = instances.toArray(String[]::new);
    long rows = 0;
    for (String table : HISTORY) {
      String column = table.equals("act_hi_procinst") ? "proc_inst_id_" : "root_proc_inst_id_";
      rows +=
          db.queryForObject(
              "select count(*) from " + table + " where " + column + " = any(?)",
              Long.class,
              (Object) ids);
    }
    return rows;
  }

  private static String propose(ConfigurableApplicationContext app) {
    Proposal proposal =
        app.getBean(ObjectMapper.class)
            .convertValue(Proposals.valid("GSMA", "42000.00", "USD"), Proposal.class);
    return app.getBean(AgreementService.class).propose(proposal, "officer").reference();
  }

  private static void reject(ConfigurableApplicationContext app, String reference) {
    TaskService tasks = app.getBean(TaskService.class);
    String task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(reference)
            .taskDefinitionKey(SCREEN_PROPOSAL)
            .singleResult()
            .getId();
    tasks.complete(
        task,
        Map.of("screeningDecision", "REJECT", "screeningComment", "Outside the agency's mandate"));
  }

  private static long days(int days) {
    return Duration.ofDays(days).toMillis();
  }

  private static ConfigurableApplicationContext start(Path dataDir) {
    return new SpringApplicationBuilder(AccordApplication.class)
        .profiles("demo")
        .run(
            "--server.port=0",
            "--management.server.port=0",
            "--camunda.bpm.process-engine-name=history-cleanup-test",
            "--camunda.bpm.job-execution.enabled=false",
            "--accord.embedded-database.data-dir=" + dataDir,
            "--accord.embedded-database.durable=false");
  }
}
