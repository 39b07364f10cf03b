package org.accord.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tasklist at scale: open tasks spread over the agency's groups and 50 donors' groups, as the
 * engine writes them (each with its candidate group's task authorization, a donor's with its read
 * grant on the process instance, as Accord gives). Then the Tasklist's own queries, through the
 * shared filter "My group's tasks" (candidate groups of the user, assigned ones included, by due
 * date), as a donor and as a partnership officer, with authorization on: the first page of 15 and
 * the count, each timed many times.
 */
final class TaskQueryBenchmark {

  static final String OFFICERS = "partnership-officers";
  static final String DONOR = "donor-BENCH01";
  private static final List<String> OTHER_AGENCY_GROUPS = List.of("legal", "finance");
  private static final int DONORS = 50;
  private static final int WARM_UP = 20;
  private static final int SAMPLES = 200;

  /** Milliseconds at the 50th and 95th percentile. */
  record Timing(double p50, double p95) {}

  record Result(
      int openTasks,
      long donorTasks,
      long officerTasks,
      Timing donorList,
      Timing donorCount,
      Timing officerList,
      Timing officerCount) {}

  private TaskQueryBenchmark() {}

  /**
   * {@code -Dbench.taskData=DIR} keeps the filled database in DIR, and a later run with the same
   * DIR times the queries on it without filling it again (to try settings, indexes, grants).
   */
  static Result run(int openTasks) throws Exception {
    String kept = System.getProperty("bench.taskData");
    Path data = kept == null ? Files.createTempDirectory("accord-bench-tasks") : Path.of(kept);
    boolean filled = kept != null && Files.isDirectory(data.resolve("postgres"));
    try (ConfigurableApplicationContext app = BenchApplication.start(data)) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      if (!filled) {
        open(engine, app.getBean(AuthorizationGrants.class), openTasks);
        // Statistics of the tables as they are now, as autovacuum takes them soon after a burst of
        // writes: the plans timed are those of a running system, not of the empty database.
        new JdbcTemplate(app.getBean(DataSource.class)).execute("analyze");
      }
      BenchApplication.dropQueuedMail(app);
      int open = (int) engine.getTaskService().createTaskQuery().count();
      Filter groupTasks =
          engine
              .getFilterService()
              .createFilterQuery()
              .filterName("My group's tasks")
              .singleResult();
      IdentityService identity = engine.getIdentityService();
      FilterService filters = engine.getFilterService();
      identity.setAuthentication("bench-donor", List.of(DONOR));
      long donorTasks = filters.count(groupTasks.getId());
      Timing donorList = time(() -> filters.listPage(groupTasks.getId(), 0, 15).size());
      Timing donorCount = time(() -> filters.count(groupTasks.getId()));
      identity.setAuthentication("bench-officer", List.of(OFFICERS));
      long officerTasks = filters.count(groupTasks.getId());
      Timing officerList = time(() -> filters.listPage(groupTasks.getId(), 0, 15).size());
      Timing officerCount = time(() -> filters.count(groupTasks.getId()));
      identity.clearAuthentication();
      return new Result(
          openTasks, donorTasks, officerTasks, donorList, donorCount, officerList, officerCount);
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

  /** A query that takes seconds is timed once: that time is its percentiles. */
  private static Timing time(LongSupplier query) {
    long first = System.nanoTime();
    query.getAsLong();
    double firstMillis = (System.nanoTime() - first) / 1e6;
    if (firstMillis > 1000) {
      return new Timing(firstMillis, firstMillis);
    }
    for (int i = 1; i < WARM_UP; i++) {
      query.getAsLong();
    }
    double[] millis = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      long start = System.nanoTime();
      query.getAsLong();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return new Timing(millis[SAMPLES / 2], millis[(int) Math.ceil(SAMPLES * 0.95) - 1]);
  }
}
