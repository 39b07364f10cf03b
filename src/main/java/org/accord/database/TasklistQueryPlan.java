package org.accord.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Lets Tasklist's first page read the open tasks in due-date order until it has 15 of the user's,
 * instead of sorting all of them: an officer has 33,334 at 100,000 open tasks, and the page took 70
 * ms instead of 15 ({@code ./mvnw -Pbench verify -Dbench.only=taskQuery}). It takes four things.
 *
 * <ul>
 *   <li>An index on the tasks' due date ({@link EngineIndexes}).
 *   <li>A plan made for the user's own groups. A plan PostgreSQL reuses across executions guesses
 *       every candidate group at the average of 1,887 tasks, for which sorting looks cheaper than
 *       the index. Only the task query itself is planned afresh: for every statement, that cost the
 *       bare engine a third of its throughput.
 *   <li>Joins row by row (nested loops), not by hashing. PostgreSQL guesses that 0.5 % of the
 *       user's candidate tasks pass Camunda's authorization expression, the default for an
 *       expression it cannot look into, so it expects a page's 15 rows to need all of them, hashes
 *       all 33,334 of an officer's candidate links and sorts them: 400–450 ms on the million
 *       agreements' database. Joined row by row, the page walks the due-date index and stops at 15
 *       (18 ms); sorted by creation 9 ms instead of 397, by name 108 instead of 522; a donor's page
 *       32 ms instead of 41, and counts of every task as fast as before.
 *   <li>No parallel workers. PostgreSQL split the page's walk of the due-date index between two
 *       processes and merged their rows, and starting them took 13.7 of the page's 20.9 ms on the
 *       million agreements' database ({@code target/bench/tasklist-page-ACCORD.txt}), on cores the
 *       other requests were waiting for.
 * </ul>
 */
@Component
class TasklistQueryPlan extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new PlannedAfresh());
  }

  @Intercepts(
      @Signature(
          type = Executor.class,
          method = "query",
          args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
  static class PlannedAfresh implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      // A task query's page, its count, and any statement standing in for them (Tasklist's count
      // up to a bound): each takes the task query as its parameter.
      if (!(invocation.getArgs()[1] instanceof TaskQueryImpl)) {
        return invocation.proceed();
      }
      Connection connection = ((Executor) invocation.getTarget()).getTransaction().getConnection();
      set(
          connection,
          "set local plan_cache_mode = force_custom_plan; set local enable_hashjoin = off;"
              + " set local enable_mergejoin = off; set local max_parallel_workers_per_gather = 0");
      Object result = invocation.proceed();
      // The rest of the transaction, if the query is part of a larger one, as it planned before.
      // A failed query needs no reset: PostgreSQL rolls its transaction back, and the settings.
      set(
          connection,
          "set local plan_cache_mode to default; set local enable_hashjoin to default;"
              + " set local enable_mergejoin to default;"
              + " set local max_parallel_workers_per_gather to default");
      return result;
    }

    private static void set(Connection connection, String settings) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(settings);
      }
    }
  }
}
