package org.accord.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * Indexes on Camunda's tables that its PostgreSQL schema lacks and Accord's load needs:
 *
 * <ul>
 *   <li>the open tasks' due date, which Tasklist's first page walks ({@link TasklistQueryPlan});
 *   <li>the open tasks' parent task: completing any task looks for its subtasks, and without the
 *       index read all open tasks to find none, 14–20 ms of each completion at 100,000 open tasks
 *       (42 ms in {@code psql}), found by a JFR profile of Tasklist's completions (issue 22).
 * </ul>
 *
 * <p>Camunda creates its tables after Flyway has run, so the indexes are made here, once the engine
 * has built its schema: concurrently, so that the nodes already running go on writing tasks, and by
 * one node, while the others start without waiting for it. An index left invalid by a build that
 * died half-way is dropped and built again.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  // Any constant of Accord's own, shared by every node on the database.
  private static final long INDEX_LOCK = 0x4163636f7264L;

  private static final Map<String, String> INDEXES =
      Map.of(
          "accord_idx_task_due_date", "act_ru_task (due_date_)",
          "accord_idx_task_parent", "act_ru_task (parent_task_id_)");

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try (Connection connection =
            engine.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      if (allValid(statement) || !lockedFirst(statement)) {
        return;
      }
      try {
        for (Map.Entry<String, String> index : INDEXES.entrySet()) {
          build(statement, index.getKey(), index.getValue());
        }
      } finally {
        statement.execute("select pg_advisory_unlock(" + INDEX_LOCK + ")");
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Could not index the open tasks", e);
    }
  }

  private static void build(Statement statement, String name, String on) throws SQLException {
    Boolean valid = valid(statement, name);
    if (Boolean.FALSE.equals(valid)) {
      statement.execute("drop index concurrently " + name);
    }
    if (!Boolean.TRUE.equals(valid)) {
      statement.execute("create index concurrently if not exists " + name + " on " + on);
    }
  }

  private static boolean allValid(Statement statement) throws SQLException {
    for (String name : INDEXES.keySet()) {
      if (!Boolean.TRUE.equals(valid(statement, name))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the index is there and usable; null if it is not there. */
  private static Boolean valid(Statement statement, String name) throws SQLException {
    try (ResultSet index =
        statement.executeQuery(
            "select indisvalid from pg_index where indexrelid = to_regclass('" + name + "')")) {
      return index.next() ? index.getBoolean(1) : null;
    }
  }

  /** Whether this node builds the indexes; another may be at it already. */
  private static boolean lockedFirst(Statement statement) throws SQLException {
    try (ResultSet locked =
        statement.executeQuery("select pg_try_advisory_lock(" + INDEX_LOCK + ")")) {
      return locked.next() && locked.getBoolean(1);
    }
  }
}
