package org.accord.tasklist;

/**
 * Task counts that stop at a bound, for whoever asks within {@link #upTo}: Tasklist's count beside
 * a filter. Counting an officer's 33,334 open tasks with authorization on takes Camunda's count
 * hundreds of milliseconds (ADR 7); a count that stops at the bound reads as many tasks as the
 * bound. Below the bound the count is Camunda's exactly; above it, one more than the bound, which
 * Tasklist shows as "1,000+" ({@code scripts/accord-counts.js}). Everything else the engine counts,
 * engine-rest's counts among it, stays exact.
 */
public final class BoundedTaskCounts {

  /** What Tasklist counts up to: the number of tasks nobody pages through. */
  public static final int TASKLIST = 1000;

  private static final ThreadLocal<Integer> BOUND = new ThreadLocal<>();
  private static final ThreadLocal<Long> ROWS = new ThreadLocal<>();

  private BoundedTaskCounts() {}

  /** Task counts on this thread stop at the bound until the scope is closed. */
  public static Scope upTo(int bound) {
    if (bound < 1) {
      throw new IllegalArgumentException("A count's bound must be positive: " + bound);
    }
    Integer outer = BOUND.get();
    BOUND.set(bound);
    return new Scope(outer);
  }

  /** The bound on this thread, if any. */
  static Integer bound() {
    return BOUND.get();
  }

  /** How many rows of the task query {@code bounded-task-count.xml} reads. */
  public static Long rows() {
    return ROWS.get();
  }

  static void readRows(Long rows) {
    if (rows == null) {
      ROWS.remove();
    } else {
      ROWS.set(rows);
    }
  }

  /** Puts back the bound it replaced: none, on a request thread. */
  public static final class Scope implements AutoCloseable {

    private final Integer outer;

    private Scope(Integer outer) {
      this.outer = outer;
    }

    @Override
    public void close() {
      if (outer == null) {
        BOUND.remove();
      } else {
        BOUND.set(outer);
      }
    }
  }
}
