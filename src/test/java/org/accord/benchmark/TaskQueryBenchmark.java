package org.accord.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.accord.security.AuthorizationGrants;
import org.accord.tasklist.BoundedTaskCounts;
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist at scale: open tasks spread over the agency's groups and 50 donors' groups, as the
 * engine writes them (each with its candidate group's task authorization, a donor's with its read
 * grant on the process instance, as Accord gives). Then the Tasklist's own queries, through the
 * shared filter "My group's tasks" (candidate groups of the user, assigned ones included, by due
 * date), as a donor and as a partnership officer, with authorization on: the first page of 15 and
 * the count, each timed many times. They are timed under each {@link Shape} of authorization in
 * turn, on the same tasks, Accord's own first and last; under each, how many tasks the donor sees
 * with no filter at all (its own, or isolation is broken), and the officer's count explained.
 */
final class TaskQueryBenchmark {

  static final String OFFICERS = "partnership-officers";
  static final String DONOR = "donor-BENCH01";
  private static final List<String> OTHER_AGENCY_GROUPS = List.of("legal", "finance");
  private static final int DONORS = 50;
  private static final int WARM_UP = 20;
  private static final int SAMPLES = 200;
  // A slow shape gets fewer samples, at least MIN_SAMPLES, so that the run stays within minutes.
  private static final int MIN_SAMPLES = 20;
  private static final long SAMPLING_NANOS = 20_000_000_000L;
  // A query slower than this on its first run (and on a busy machine an officer's count may take
  // more than a second) is timed that once.
  private static final double SINGLE_MILLIS = 5000;
  // A shape whose query takes longer is not worth waiting for: it is reported as over this.
  static final int CEILING_SECONDS = 20;

  /** The authorization shapes compared (issue 22). */
  enum Shape {
    ACCORD("Accord: a grant per task to its candidate group, revoke checks always", true, "always"),
    REVOKES_AUTO(
        "a grant per task, revoke checks auto (there are none: Camunda's join)", true, "auto"),
    DEFINITIONS(
        "the agency's grants on the definitions (READ_TASK, TASK_WORK), partners' per task,"
            + " revoke checks always",
        true,
        "always"),
    DEFINITIONS_REVOKES_AUTO(
        "the agency's grants on the definitions, partners' per task, revoke checks auto",
        true,
        "auto"),
    NO_AUTHORIZATION("no authorization check at all (the floor, not a choice)", false, "always"),
    ACCORD_AGAIN("Accord again, after the others", true, "always");

    final String description;
    final boolean authorization;
    final String revokeChecks;

    Shape(String description, boolean authorization, String revokeChecks) {
      this.description = description;
      this.authorization = authorization;
      this.revokeChecks = revokeChecks;
    }

    boolean onDefinitions() {
      return this == DEFINITIONS || this == DEFINITIONS_REVOKES_AUTO;
    }
  }

  /** Milliseconds at the 50th and 95th percentile; infinite past the ceiling. */
  record Timing(double p50, double p95) {

    static final Timing OVER_CEILING =
        new Timing(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  record Measured(
      Shape shape,
      long donorSeesUnfiltered,
      long donorTasks,
      long officerTasks,
      Timing donorList,
      Timing donorCount,
      Timing officerList,
      Timing officerCount,
      long officerTasklistCounts,
      Timing donorTasklistCount,
      Timing officerTasklistCount) {}

  record Result(int openTasks, List<Measured> shapes) {

    Measured accord() {
      return shapes.get(0);
    }
  }

  private TaskQueryBenchmark() {}

  /**
   * {@code -Dbench.taskData=DIR} keeps the filled database in DIR, and a later run with the same
   * DIR times the queries on it without filling it again (to try settings, indexes, grants). The
   * officer's count under each shape is explained in {@code target/bench/task-count-SHAPE.txt}, and
   * Tasklist's first page and its count up to the bound in {@code tasklist-page-SHAPE.txt} beside
   * it.
   */
  static Result run(int openTasks) throws Exception {
    String kept = System.getProperty("bench.taskData");
    Path data = kept == null ? Files.createTempDirectory("accord-bench-tasks") : Path.of(kept);
    boolean filled = kept != null && Files.isDirectory(data.resolve("postgres"));
    try (ConfigurableApplicationContext app = BenchApplication.start(data)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate db = new JdbcTemplate(app.getBean(DataSource.class));
      if (!filled) {
        open(engine, app.getBean(AuthorizationGrants.class), openTasks);
        // Statistics of the tables as they are now, as autovacuum takes them soon after a burst of
        // writes: the plans timed are those of a running system, not of the empty database.
        db.execute("analyze");
      }
      BenchApplication.dropQueuedMail(app);
      ProcessEngineConfigurationImpl configuration =
          (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      String revokeChecks = configuration.getAuthorizationCheckRevokes();
      List<Measured> measured = new ArrayList<>();
      ceiling(db, "set statement_timeout = '" + CEILING_SECONDS + "s'");
      try {
        for (Shape shape : shapes()) {
          configuration.setAuthorizationCheckRevokes(shape.revokeChecks);
          configuration.setAuthorizationEnabled(shape.authorization);
          if (shape.onDefinitions()) {
            try (DefinitionGrants grants =
                DefinitionGrants.apply(db, engine.getAuthorizationService())) {
              measured.add(measure(engine, shape));
            }
          } else {
            measured.add(measure(engine, shape));
          }
        }
      } finally {
        configuration.setAuthorizationCheckRevokes(revokeChecks);
        configuration.setAuthorizationEnabled(true);
        ceiling(db, "reset statement_timeout");
      }
      return new Result((int) engine.getTaskService().createTaskQuery().count(), measured);
    }
  }

  /** {@code -Dbench.shapes=ACCORD,NO_AUTHORIZATION} times these only (Accord's comes first). */
  private static List<Shape> shapes() {
    String only = System.getProperty("bench.shapes", "");
    return only.isBlank()
        ? List.of(Shape.values())
        : Arrays.stream(only.split(",")).map(String::strip).map(Shape::valueOf).toList();
  }

  /** For the application's connections: new ones, once the pool has let the old ones go. */
  private static void ceiling(JdbcTemplate db, String setting) throws SQLException {
    db.execute("alter role current_user " + setting);
    db.getDataSource().unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
  }

  private static Measured measure(ProcessEngine engine, Shape shape) throws Exception {
    System.out.printf("Timing: %s%n", shape.description);
    Filter groupTasks =
        engine.getFilterService().createFilterQuery().filterName("My group's tasks").singleResult();
    IdentityService identity = engine.getIdentityService();
    FilterService filters = engine.getFilterService();
    try {
      identity.setAuthentication("bench-donor", List.of(DONOR));
      long donorSeesUnfiltered = counted(() -> engine.getTaskService().createTaskQuery().count());
      long donorTasks = counted(() -> filters.count(groupTasks.getId()));
      Timing donorList = time(() -> filters.listPage(groupTasks.getId(), 0, 15).size());
      Timing donorCount = time(() -> filters.count(groupTasks.getId()));
      identity.setAuthentication("bench-officer", List.of(OFFICERS));
      long officerTasks = counted(() -> filters.count(groupTasks.getId()));
      Timing officerList = time(() -> filters.listPage(groupTasks.getId(), 0, 15).size());
      Timing officerCount = time(() -> filters.count(groupTasks.getId()));
      // Tasklist's own count, which stops at its bound.
      LongSupplier tasklistCount = () -> counted(() -> upToTheBound(filters, groupTasks.getId()));
      long officerTasklistCounts = tasklistCount.getAsLong();
      Timing officerTasklistCount = time(tasklistCount);
      identity.setAuthentication("bench-donor", List.of(DONOR));
      Timing donorTasklistCount = time(tasklistCount);
      identity.setAuthentication("bench-officer", List.of(OFFICERS));
      if (officerCount.p50() < 2000 && officerTasks >= 0) {
        Path explained = Path.of("target", "bench", "task-count-" + shape.name() + ".txt");
        Files.createDirectories(explained.getParent());
        Files.writeString(
            explained, ExplainedTaskQuery.of(engine, () -> filters.count(groupTasks.getId())));
        Runnable firstPage =
            () -> {
              filters.listPage(groupTasks.getId(), 0, 15);
              upToTheBound(filters, groupTasks.getId());
            };
        Files.writeString(
            explained.resolveSibling("tasklist-page-" + shape.name() + ".txt"),
            ExplainedTaskQuery.of(engine, firstPage));
        identity.setAuthentication("bench-donor", List.of(DONOR));
        Files.writeString(
            explained.resolveSibling("tasklist-page-" + shape.name() + "-donor.txt"),
            ExplainedTaskQuery.of(engine, firstPage));
      }
      return new Measured(
          shape,
          donorSeesUnfiltered,
          donorTasks,
          officerTasks,
          donorList,
          donorCount,
          officerList,
          officerCount,
          officerTasklistCounts,
          donorTasklistCount,
          officerTasklistCount);
    } finally {
      identity.clearAuthentication();
    }
  }

  /**
   * A third of the tasks are the officers', a third the donors' (about 667 each), a third legal's
   * and finance's; due over the coming year.
   */
  static void open(ProcessEngine engine, AuthorizationGrants grants, int openTasks)
      throws Exception {
    OpenTasks.deploy(engine);
    Instant now = Instant.now();
    ExecutorService starters = Executors.newFixedThreadPool(2);
    List<Future<?>> started = new ArrayList<>();
    for (int i = 0; i < openTasks; i++) {
      int n = i;
      started.add(
          starters.submit(
              () -> {
                String group =
                    switch (n % 3) {
                      case 0 -> OFFICERS;
                      case 1 -> String.format("donor-BENCH%02d", 1 + (n / 3) % DONORS);
                      default -> OTHER_AGENCY_GROUPS.get((n / 3) % OTHER_AGENCY_GROUPS.size());
                    };
                String instance =
                    OpenTasks.open(
                        engine, "BT-" + n, group, Date.from(now.plus(n % 365, ChronoUnit.DAYS)));
                if (group.startsWith("donor-")) {
                  grants.forAgreement(group, instance);
                }
              }));
    }
    for (int i = 0; i < started.size(); i++) {
      started.get(i).get();
      if ((i + 1) % 10_000 == 0) {
        System.out.printf("%d open tasks%n", i + 1);
      }
    }
    starters.shutdown();
  }

  private static long upToTheBound(FilterService filters, String filter) {
    try (BoundedTaskCounts.Scope tasklist = BoundedTaskCounts.upTo(BoundedTaskCounts.TASKLIST)) {
      return filters.count(filter);
    }
  }

  /** The count, or -1 if it took longer than the ceiling. */
  private static long counted(LongSupplier query) {
    try {
      return query.getAsLong();
    } catch (ProcessEngineException failed) {
      for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
        // PostgreSQL's query_canceled, as the statement timeout cancels.
        if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
          return -1;
        }
      }
      throw failed;
    }
  }

  /**
   * A query that takes more than SINGLE_MILLIS is timed once: that time is its percentiles. Others
   * are warmed up and timed SAMPLES times, or for SAMPLING_NANOS and at least MIN_SAMPLES times
   * when slow.
   */
  private static Timing time(LongSupplier query) {
    long first = System.nanoTime();
    if (counted(query) < 0) {
      return Timing.OVER_CEILING;
    }
    double firstMillis = (System.nanoTime() - first) / 1e6;
    if (firstMillis > SINGLE_MILLIS) {
      return new Timing(firstMillis, firstMillis);
    }
    long warmUntil = System.nanoTime() + SAMPLING_NANOS / 4;
    for (int i = 1; i < WARM_UP && System.nanoTime() < warmUntil; i++) {
      query.getAsLong();
    }
    double[] millis = new double[SAMPLES];
    int taken = 0;
    long sampleUntil = System.nanoTime() + SAMPLING_NANOS;
    while (taken < SAMPLES && (taken < MIN_SAMPLES || System.nanoTime() < sampleUntil)) {
      long start = System.nanoTime();
      query.getAsLong();
      millis[taken++] = (System.nanoTime() - start) / 1e6;
    }
    double[] sorted = Arrays.copyOf(millis, taken);
    Arrays.sort(sorted);
    return new Timing(sorted[taken / 2], sorted[(int) Math.ceil(taken * 0.95) - 1]);
  }
}
