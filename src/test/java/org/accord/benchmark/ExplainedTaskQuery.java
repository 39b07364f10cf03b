package org.accord.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.StringJoiner;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The SQL a task query is sent as, with its values, and PostgreSQL's {@code EXPLAIN (ANALYZE,
 * BUFFERS)} of it on the same connection and transaction (so under the plan settings the
 * application gives it): where an authorization shape spends its time.
 */
@Intercepts(
    @Signature(
        type = StatementHandler.class,
        method = "query",
        args = {Statement.class, ResultHandler.class}))
final class ExplainedTaskQuery implements Interceptor {

  private static final ThreadLocal<StringJoiner> EXPLAINED = new ThreadLocal<>();
  private static boolean installed;

  /** The SQL and plan of each task query the work runs, in turn. */
  static synchronized String of(ProcessEngine engine, Runnable work) {
    if (!installed) {
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
          .getSqlSessionFactory()
          .getConfiguration()
          .addInterceptor(new ExplainedTaskQuery());
      installed = true;
    }
    EXPLAINED.set(new StringJoiner("\n\n"));
    try {
      work.run();
      return EXPLAINED.get().toString();
    } finally {
      EXPLAINED.remove();
    }
  }

  @Override
  public Object intercept(Invocation invocation) throws Throwable {
    StringJoiner explained = EXPLAINED.get();
    Statement statement = (Statement) invocation.getArgs()[0];
    String sql = ((StatementHandler) invocation.getTarget()).getBoundSql().getSql();
    if (explained != null && sql.contains("from ACT_RU_TASK RES")) {
      // PostgreSQL's driver writes a prepared statement out with its values in place.
      String withValues = statement.unwrap(PreparedStatement.class).toString();
      explained.add(withValues + "\n\n" + plan(statement.getConnection(), withValues));
    }
    return invocation.proceed();
  }

  private static String plan(Connection connection, String sql) throws SQLException {
    StringJoiner plan = new StringJoiner("\n");
    try (Statement explain = connection.createStatement();
        ResultSet lines = explain.executeQuery("explain (analyze, buffers) " + sql)) {
      while (lines.next()) {
        plan.add(lines.getString(1));
      }
    }
    return plan.toString();
  }
}
