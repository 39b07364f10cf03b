package org.accord.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.accord.funds.ReceiptRequest;
import org.accord.funds.Receipts;
import org.accord.metrics.FundsFigures;
import org.accord.metrics.MetricsFilter;
import org.accord.metrics.Pipeline;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.plan.KpiActuals;
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The money at scale. A database filled with {@code bench/fill-history.sql} (agreements with
 * budgets, schedules, calls and receipts in three currencies); then the managers' funds figures
 * ({@code /api/metrics/funds}: pledged to balance by donor, priority, region and month, receivables
 * by age, the next four quarters) and the plan's KPIs in a year ({@code /api/plans/{id}/actuals})
 * beside the managers' pipeline figures in the same run; then task completions through the Java API
 * alone, and again while two finance clerks record receipts: as fast as they can, then at a busy
 * office's pace.
 */
final class FundsBenchmark {

  // The plan year the fill gives the most contributions: periods end from 2022 to 2027.
  static final String KPI_PLAN = "BENCH-PLAN";
  static final int KPI_YEAR = 2024;
  private static final int WARM_UP = 5;
  private static final int SAMPLES = 40;
  private static final int THREADS = 2;
  private static final int CLERKS = 2;
  private static final int ALONE = 0;
  private static final int FLAT_OUT = 1;
  private static final int PACED = 2;
  private static final int WAYS = 3;
  private static final int TURNS = 10;
  // A busy finance office: ten receipts a second between the clerks, far more than a day brings.
  private static final int PACED_RECEIPTS_PER_SECOND = 10;

  /** Milliseconds at the 50th and 95th percentile, and how many were timed. */
  record Timing(double p50, double p95, int samples) {}

  record Result(
      int agreements,
      long instalments,
      long receipts,
      double fillSeconds,
      Timing fundsFigures,
      Timing pipelineFigures,
      long kpiContributions,
      Timing kpiStanding,
      int completions,
      double alonePerSecond,
      Timing alone,
      double withClerksPerSecond,
      Timing withClerks,
      int receiptsRecorded,
      Timing receipt,
      double withPacedClerksPerSecond,
      Timing withPacedClerks,
      double pacedReceiptsPerSecond) {

    /** Completions per second alone over those while clerks record receipts flat out. */
    double ratio() {
      return alonePerSecond / withClerksPerSecond;
    }

    /** The same, while clerks record receipts at a busy office's pace. */
    double pacedRatio() {
      return alonePerSecond / withPacedClerksPerSecond;
    }
  }

  private FundsBenchmark() {}

  /**
   * {@code -Dbench.fundsData=DIR} keeps the filled database in DIR, and a later run with the same
   * DIR times it without filling it again.
   */
  static Result run(int agreements, int completions) throws Exception {
    String kept = System.getProperty("bench.fundsData");
    Path data = kept == null ? Files.createTempDirectory("accord-bench-funds") : Path.of(kept);
    boolean filled = kept != null && Files.isDirectory(data.resolve("postgres"));
    try (ConfigurableApplicationContext app = BenchApplication.start(data)) {
      DataSource dataSource = app.getBean(DataSource.class);
      JdbcTemplate db = new JdbcTemplate(dataSource);
      double fillSeconds = 0;
      if (!filled) {
        long start = System.nanoTime();
        fill(dataSource, agreements);
        fillSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("Filled %d agreements in %.1f s%n", agreements, fillSeconds);
      }
      long instalments = db.queryForObject("select count(*) from accord.instalment", Long.class);
      long receipts = db.queryForObject("select count(*) from accord.receipt", Long.class);
      int inDatabase =
          db.queryForObject(
              "select count(*) from accord.agreement where reference like 'BX-%'", Integer.class);

      MetricsMapper metrics = app.getBean(MetricsMapper.class);
      TransactionTemplate snapshot =
          new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
      snapshot.setReadOnly(true);
      FundsFigures funds = app.getBean(FundsFigures.class);
      Pipeline pipeline = app.getBean(Pipeline.class);
      Timing fundsFigures = time(() -> inSnapshot(snapshot, metrics, () -> funds.view(all())));
      Timing pipelineFigures =
          time(() -> inSnapshot(snapshot, metrics, () -> pipeline.view(all())));
      KpiActuals kpis = app.getBean(KpiActuals.class);
      long kpiContributions =
          db.queryForObject(
              "select count(*) from accord.kpi_contribution where plan_code = ? and year = ?",
              Long.class,
              KPI_PLAN,
              KPI_YEAR);
      Timing kpiStanding = time(() -> kpis.standing(KPI_PLAN, KPI_YEAR, null));

      ProcessEngine engine = app.getBean(ProcessEngine.class);
      OpenTasks.deploy(engine);
      // As many completions to warm up as are timed: the first phase timed is not the JIT's.
      complete(engine, open(app, completions), new double[completions]);
      // The three ways in turns of a tenth each, their order rotated, so that what else the
      // machine does (the dashboard's refresh, autovacuum, other processes) falls on all three.
      List<Map<String, Object>> owed = owed(db);
      List<String> tasks = open(app, WAYS * completions);
      int turn = completions / TURNS;
      double[][] millis = new double[WAYS][TURNS * turn];
      double[] seconds = new double[WAYS];
      List<Double> receiptMillis = new ArrayList<>();
      int pacedReceipts = 0;
      for (int round = 0; round < TURNS; round++) {
        for (int step = 0; step < WAYS; step++) {
          int way = (round + step) % WAYS;
          int from = (round * WAYS + step) * turn;
          Clerks clerks =
              way == ALONE
                  ? null
                  : new Clerks(
                      app.getBean(Receipts.class),
                      owed,
                      way == FLAT_OUT ? 0 : PACED_RECEIPTS_PER_SECOND);
          double[] timed = new double[turn];
          long start = System.nanoTime();
          if (clerks != null) {
            clerks.start();
          }
          complete(engine, tasks.subList(from, from + turn), timed);
          seconds[way] += (System.nanoTime() - start) / 1e9;
          if (clerks != null) {
            List<Double> recorded = clerks.stop();
            if (way == FLAT_OUT) {
              receiptMillis.addAll(recorded);
            } else {
              pacedReceipts += recorded.size();
            }
          }
          System.arraycopy(timed, 0, millis[way], round * turn, turn);
        }
      }
      int timedCompletions = TURNS * turn;

      return new Result(
          inDatabase,
          instalments,
          receipts,
          fillSeconds,
          fundsFigures,
          pipelineFigures,
          kpiContributions,
          kpiStanding,
          timedCompletions,
          timedCompletions / seconds[ALONE],
          percentiles(millis[ALONE]),
          timedCompletions / seconds[FLAT_OUT],
          percentiles(millis[FLAT_OUT]),
          receiptMillis.size(),
          percentiles(receiptMillis.stream().mapToDouble(Double::doubleValue).toArray()),
          timedCompletions / seconds[PACED],
          percentiles(millis[PACED]),
          pacedReceipts / seconds[PACED]);
    }
  }

  private static MetricsFilter all() {
    return MetricsFilter.ALL;
  }

  /** As the dashboard reads its figures: one read-only transaction, sorts in memory. */
  private static <T> T inSnapshot(
      TransactionTemplate snapshot, MetricsMapper metrics, Supplier<T> figures) {
    return snapshot.execute(
        status -> {
          metrics.sortInMemory();
          return figures.get();
        });
  }

  /**
   * Runs {@code fill-history.sql} as psql would with {@code -v agreements=N}: its psql lines (the
   * defaults) dropped, its variables put in.
   */
  static void fill(DataSource dataSource, int agreements) throws Exception {
    String script;
    try (InputStream in =
        FundsBenchmark.class.getClassLoader().getResourceAsStream("bench/fill-history.sql")) {
      if (in == null) {
        throw new IOException("bench/fill-history.sql is not on the classpath");
      }
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    StringBuilder sql = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("\\")) {
        sql.append(line).append('\n');
      }
    }
    String filled =
        sql.toString()
            .replaceAll("(?<!:):first\\b", "1")
            .replaceAll("(?<!:):agreements\\b", String.valueOf(agreements));
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute(filled);
    }
  }

  /** Instalments of active agreements, in USD, with more than 1,000.00 outstanding. */
  private static List<Map<String, Object>> owed(JdbcTemplate db) {
    List<Map<String, Object>> owed =
        new ArrayList<>(
            db.queryForList(
                """
                select a.reference, x.instalment_number
                  from accord.instalment_collection x
                  join accord.agreement a on a.id = x.agreement_id
                 where a.status = 'ACTIVE' and x.currency = 'USD' and x.cancelled_on is null
                   and x.called_on is not null and x.amount - x.received > 1000
                 limit 2000
                """));
    if (owed.isEmpty()) {
      throw new IllegalStateException("No instalment owed in USD to record receipts against");
    }
    Collections.shuffle(owed);
    return owed;
  }

  /**
   * Finance clerks recording receipts of 1.00 USD through the service, as the API does, one after
   * another until stopped, each against an instalment owed (several clerks may hit one at once).
   */
  private static final class Clerks {
    private final Receipts receipts;
    private final List<Map<String, Object>> owed;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(CLERKS);
    private final List<Future<?>> working = new ArrayList<>();
    private final long pauseNanos;

    /** Clerks recording as fast as they can (perSecond 0), or that many receipts a second. */
    Clerks(Receipts receipts, List<Map<String, Object>> owed, int perSecond) {
      this.receipts = receipts;
      this.owed = owed;
      this.pauseNanos = perSecond == 0 ? 0 : 1_000_000_000L * CLERKS / perSecond;
    }

    void start() {
      LocalDate today = LocalDate.now();
      for (int clerk = 0; clerk < CLERKS; clerk++) {
        String name = "finance" + (clerk == 0 ? "" : "2");
        working.add(
            pool.submit(
                () -> {
                  while (running.get()) {
                    int n = next.getAndIncrement();
                    Map<String, Object> instalment = owed.get(n % owed.size());
                    long start = System.nanoTime();
                    receipts.record(
                        (String) instalment.get("reference"),
                        new ReceiptRequest(
                            "1.00",
                            "USD",
                            today,
                            "BXC-" + System.nanoTime() + "-" + n,
                            ((Number) instalment.get("instalment_number")).intValue(),
                            false),
                        name);
                    long took = System.nanoTime() - start;
                    millis.add(took / 1e6);
                    if (pauseNanos > took) {
                      Thread.sleep((pauseNanos - took) / 1_000_000);
                    }
                  }
                  return null;
                }));
      }
    }

    List<Double> stop() throws Exception {
      running.set(false);
      for (Future<?> clerk : working) {
        clerk.get();
      }
      pool.shutdown();
      return new ArrayList<>(millis);
    }
  }

  private static List<String> open(ConfigurableApplicationContext app, int tasks) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    for (int i = 0; i < tasks; i++) {
      OpenTasks.open(engine, "BF-" + i, "partnership-officers", null);
    }
    BenchApplication.dropQueuedMail(app);
    List<String> ids = new ArrayList<>(OpenTasks.openNow(engine));
    Collections.shuffle(ids);
    return ids;
  }

  /** Completes the tasks through the Java API with two threads, timing each completion. */
  private static void complete(ProcessEngine engine, List<String> tasks, double[] millis)
      throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(tasks);
    AtomicInteger sample = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      running.add(
          pool.submit(
              () -> {
                engine
                    .getIdentityService()
                    .setAuthentication("officer", List.of("partnership-officers"));
                for (String task = queue.poll(); task != null; task = queue.poll()) {
                  long start = System.nanoTime();
                  engine.getTaskService().complete(task);
                  int at = sample.getAndIncrement();
                  if (at < millis.length) {
                    millis[at] = (System.nanoTime() - start) / 1e6;
                  }
                }
                engine.getIdentityService().clearAuthentication();
                return null;
              }));
    }
    for (Future<?> each : running) {
      each.get();
    }
    pool.shutdown();
  }

  /** A computation that takes seconds is timed fewer times. */
  private static Timing time(Supplier<?> figures) {
    long first = System.nanoTime();
    figures.get();
    double firstMillis = (System.nanoTime() - first) / 1e6;
    int samples = firstMillis > 2000 ? 5 : SAMPLES;
    for (int i = 1; i < (firstMillis > 2000 ? 1 : WARM_UP); i++) {
      figures.get();
    }
    double[] millis = new double[samples];
    for (int i = 0; i < samples; i++) {
      long start = System.nanoTime();
      figures.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    return percentiles(millis);
  }

  private static Timing percentiles(double[] millis) {
    if (millis.length == 0) {
      return new Timing(0, 0, 0);
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Timing(
        sorted[sorted.length / 2],
        sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted.length);
  }
}
