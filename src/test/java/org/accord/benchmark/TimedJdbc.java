package org.accord.benchmark;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.accord.benchmark.TimeAttribution.Part;

/**
 * A data source whose statements and commits are timed, each statement as the part its tables name:
 * Camunda's authorization table, its history, its other tables, Accord's outbox and documents, the
 * rest of Accord's schema. A statement's time includes its rows (PostgreSQL's driver reads them all
 * on execution); a commit's, the flush of the write-ahead log.
 */
final class TimedJdbc {

  private static final Pattern AUTHORIZATION =
      Pattern.compile("\\bact_ru_authorization\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HISTORY = Pattern.compile("\\bact_hi_", Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGINE =
      Pattern.compile("\\bact_(ru|ge|re|id)_", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUTBOX =
      Pattern.compile("\\bnotification\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOCUMENTS =
      Pattern.compile("\\bdocument\\b", Pattern.CASE_INSENSITIVE);

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final Map<String, String> NORMALIZED = new ConcurrentHashMap<>();

  private TimedJdbc() {}

  static DataSource timed(DataSource target) {
    return proxy(
        DataSource.class,
        target,
        new Handling() {
          @Override
          public Object wrap(Method method, Object[] args, Object result) {
            return method.getName().equals("getConnection")
                ? proxy(Connection.class, result, CONNECTION)
                : result;
          }
        });
  }

  static Part partOf(String sql) {
    if (sql.equals("commit") || sql.equals("rollback")) {
      return Part.COMMIT;
    }
    if (AUTHORIZATION.matcher(sql).find()) {
      return Part.AUTHORIZATION_SQL;
    }
    if (HISTORY.matcher(sql).find()) {
      return Part.HISTORY_SQL;
    }
    if (ENGINE.matcher(sql).find()) {
      return Part.ENGINE_SQL;
    }
    if (OUTBOX.matcher(sql).find()) {
      return Part.OUTBOX;
    }
    if (DOCUMENTS.matcher(sql).find()) {
      return Part.DOCUMENTS;
    }
    return Part.ACCORD_SQL;
  }

  /** The statement on one line, its whitespace collapsed. */
  private static String normalized(String sql) {
    return NORMALIZED.computeIfAbsent(
        sql, text -> WHITESPACE.matcher(text).replaceAll(" ").strip());
  }

  /** How calls on one JDBC object are timed, and what the caller gets back. */
  private interface Handling {

    /** The SQL the call runs ("commit" for a commit); null when it is not timed by itself. */
    default String timedAs(Method method, Object[] args) {
      return null;
    }

    default Object wrap(Method method, Object[] args, Object result) {
      return result;
    }
  }

  private static final Handling CONNECTION =
      new Handling() {
        @Override
        public String timedAs(Method method, Object[] args) {
          return switch (method.getName()) {
            case "commit", "rollback" -> method.getName();
            default -> null;
          };
        }

        @Override
        public Object wrap(Method method, Object[] args, Object result) {
          return switch (method.getName()) {
            case "prepareStatement" ->
                proxy(PreparedStatement.class, result, statement((String) args[0]));
            case "prepareCall" ->
                proxy(CallableStatement.class, result, statement((String) args[0]));
            case "createStatement" -> proxy(Statement.class, result, statement(null));
            default -> result;
          };
        }
      };

  /** Executions timed as the SQL prepared, or as the SQL they are given. */
  private static Handling statement(String prepared) {
    return new Handling() {
      @Override
      public String timedAs(Method method, Object[] args) {
        if (!method.getName().startsWith("execute")) {
          return null;
        }
        return args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared;
      }
    };
  }

  private static <T> T proxy(Class<T> type, Object target, Handling handling) {
    return type.cast(
        Proxy.newProxyInstance(
            TimedJdbc.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              // A proxy is its own identity: Spring keys transactions' resources by data source.
              switch (method.getName()) {
                case "equals":
                  return self == args[0];
                case "hashCode":
                  return System.identityHashCode(self);
                default:
                  break;
              }
              String sql = handling.timedAs(method, args);
              TimeAttribution.Frame frame =
                  sql == null ? null : TimeAttribution.enter(partOf(sql), normalized(sql));
              try {
                return handling.wrap(method, args, method.invoke(target, args));
              } catch (InvocationTargetException failed) {
                throw failed.getCause();
              } finally {
                TimeAttribution.exit(frame);
              }
            }));
  }
}
