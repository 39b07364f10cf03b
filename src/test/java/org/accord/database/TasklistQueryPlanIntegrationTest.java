package org.accord.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.accord.testing.AccordIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AccordIntegrationTest
class TasklistQueryPlanIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOpenTasksAreIndexedByDueDate() {
    assertThat(
            jdbc.queryForObject(
                "select indexdef from pg_indexes where indexname = 'accord_idx_task_due_date'",
                String.class))
        .contains("act_ru_task", "(due_date_)");
  }

  @Test
  void aTaskQuery_isPlannedForItsOwnValues_untilItsTransactionEnds() {
    assertThat(inCommand(this::planCacheMode)).isEqualTo("auto");

    String duringTaskQuery =
        inCommand(
            () -> {
              engine.getTaskService().createTaskQuery().taskCandidateGroup("legal").count();
              return planCacheMode();
            });

    assertThat(duringTaskQuery).isEqualTo("force_custom_plan");
    assertThat(inCommand(this::planCacheMode)).isEqualTo("auto");
  }

  private String planCacheMode() {
    return jdbc.queryForObject("select current_setting('plan_cache_mode')", String.class);
  }

  /** In one command, and so in one transaction on one connection, as a Tasklist request is. */
  private String inCommand(Supplier<String> work) {
    Command<String> command = context -> work.get();
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(command);
  }
}
