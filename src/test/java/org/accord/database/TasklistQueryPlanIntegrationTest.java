package org.accord.database;

import static org.accord.testing.EngineCommands.inCommand;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.accord.testing.AccordIntegrationTest;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@AccordIntegrationTest
class TasklistQueryPlanIntegrationTest {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theOpenTasksAreIndexedByDueDateAndByParent_withUsableIndexes() {
    assertThat(index("accord_idx_task_due_date"))
        .contains("act_ru_task", "(due_date_)", "valid: true");
    assertThat(index("accord_idx_task_parent"))
        .contains("act_ru_task", "(parent_task_id_)", "valid: true");
  }

  private String index(String name) {
    return jdbc.queryForObject(
        "select pg_get_indexdef(indexrelid) || ' valid: ' || indisvalid from pg_index"
            + " where indexrelid = to_regclass(?)",
        String.class,
        name);
  }

  @Test
  void
      aTaskQuery_isPlannedForItsOwnValuesJoinedRowByRowOnOneCore_andTheRestOfItsTransactionAsBefore() {
    TaskService tasks = engine.getTaskService();
    List<String> seen =
        PlanCacheModeProbe.seenDuring(
            engine,
            () -> {
              String afterwards =
                  inCommand(
                      engine,
                      context -> {
                        tasks
                            .createTaskQuery()
                            .taskCandidateGroup("legal")
                            .orderByDueDate()
                            .asc()
                            .listPage(0, 15);
                        tasks.createTaskQuery().taskCandidateGroup("legal").count();
                        return planCacheMode();
                      });
              assertThat(afterwards).isEqualTo(PLANNED_AS_USUAL);
            });

    assertThat(seen).containsExactly(PLANNED_FOR_TASKS, PLANNED_FOR_TASKS);
  }

  private static final String SETTINGS =
      "select current_setting('plan_cache_mode') || ' hashjoin ' || current_setting('enable_hashjoin')"
          + " || ' mergejoin ' || current_setting('enable_mergejoin')"
          + " || ' workers ' || current_setting('max_parallel_workers_per_gather')";
  private static final String PLANNED_FOR_TASKS =
      "force_custom_plan hashjoin off mergejoin off workers 0";
  private static final String PLANNED_AS_USUAL = "auto hashjoin on mergejoin on workers 2";

  private String planCacheMode() {
    return jdbc.queryForObject(SETTINGS, String.class);
  }

  /**
   * Reads the planner setting on the task query's own connection as the statement runs, beneath the
   * interceptor under test.
   */
  @Intercepts(
      @Signature(
          type = StatementHandler.class,
          method = "query",
          args = {Statement.class, ResultHandler.class}))
  static class PlanCacheModeProbe implements Interceptor {

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();
    private static boolean installed;

    static synchronized List<String> seenDuring(ProcessEngine engine, Runnable work) {
      if (!installed) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getSqlSessionFactory()
            .getConfiguration()
            .addInterceptor(new PlanCacheModeProbe());
        installed = true;
      }
      SEEN.set(new ArrayList<>());
      try {
        work.run();
        return SEEN.get();
      } finally {
        SEEN.remove();
      }
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      List<String> seen = SEEN.get();
      String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
      if (seen != null && sql.contains("from ACT_RU_TASK RES")) {
        seen.add(setting(((Statement) invocation.getArgs()[0]).getConnection()));
      }
      return invocation.proceed();
    }

    private static String setting(Connection connection) throws SQLException {
      try (Statement statement = connection.createStatement();
          ResultSet mode = statement.executeQuery(SETTINGS)) {
        mode.next();
        return mode.getString(1);
      }
    }
  }
}
