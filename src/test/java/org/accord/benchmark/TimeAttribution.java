package org.accord.benchmark;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where the driver thread's wall time goes, part by part: each part is timed from its entry to its
 * exit, less the parts nested in it, so that every nanosecond counts once and the parts add up to
 * the whole (a delegate's SQL counts as SQL, the delegate only for its own Java). The driver runs
 * the jobs and the outbox itself, so all the work of an agreement is on its thread; other threads
 * (the dashboard's refresh, the warm-up) are not counted.
 */
final class TimeAttribution {

  /** What the time is spent on. */
  enum Part {
    SERVICES("Accord's services and the driver's calls (Java)"),
    ENGINE("engine: Camunda's Java (commands, expressions, MyBatis)"),
    DMN("engine: DMN decisions"),
    ENGINE_SQL("engine: runtime SQL"),
    HISTORY_SQL("engine: history SQL (level full)"),
    AUTHORIZATION_SQL("authorization grants and checks (SQL)"),
    COMMIT("commits (WAL flushed, fsync on)"),
    PLUGINS("engine plugins: Accord's listeners on every user task (Java)"),
    DELEGATES("Accord's delegates and listeners in the BPMN (Java)"),
    ACCORD_SQL("Accord's own SQL"),
    DOCUMENTS("documents: the MoU's contents read and typeset, stored"),
    SEAL("seal: PAdES"),
    OUTBOX("outbox and mail: templates, queue, SMTP");

    final String description;

    Part(String description) {
      this.description = description;
    }
  }

  /** An entered part, to exit. */
  static final class Frame {
    private final Part part;
    private final String statement;
    private final long start = System.nanoTime();
    private long nested;

    private Frame(Part part, String statement) {
      this.part = part;
      this.statement = statement;
    }
  }

  /** A statement's time and how often it ran. */
  static final class Statement {
    long nanos;
    int count;
  }

  private static final Deque<Frame> STACK = new ArrayDeque<>();
  private static volatile Thread driver;
  private static Map<Part, Long> sink;
  private static Map<String, Statement> statements;

  private TimeAttribution() {}

  /** From now on, what this thread spends is added to the sink (null: nothing is recorded). */
  static void recordInto(Map<Part, Long> into, Map<String, Statement> statementsInto) {
    driver = Thread.currentThread();
    sink = into;
    statements = statementsInto;
    STACK.clear();
  }

  static Map<Part, Long> newSink() {
    return new EnumMap<>(Part.class);
  }

  /**
   * Null when there is no part or this thread's time is not being recorded: {@link #exit} then does
   * nothing.
   */
  static Frame enter(Part part) {
    return enter(part, null);
  }

  /** A statement's part, its time also counted for the statement (its SQL, or "commit"). */
  static Frame enter(Part part, String statement) {
    if (part == null || Thread.currentThread() != driver || sink == null) {
      return null;
    }
    Frame frame = new Frame(part, statement);
    STACK.push(frame);
    return frame;
  }

  static void exit(Frame frame) {
    if (frame == null || STACK.peek() != frame) {
      return;
    }
    STACK.pop();
    long elapsed = System.nanoTime() - frame.start;
    sink.merge(frame.part, elapsed - frame.nested, Long::sum);
    if (frame.statement != null && statements != null) {
      Statement statement = statements.computeIfAbsent(frame.statement, sql -> new Statement());
      statement.nanos += elapsed - frame.nested;
      statement.count++;
    }
    Frame outer = STACK.peek();
    if (outer != null) {
      outer.nested += elapsed;
    }
  }
}
