package org.accord.benchmark;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_PARTNER;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Proposal;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.benchmark.TimeAttribution.Part;
import org.accord.notification.OutboxDispatcher;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Agreements driven from proposal to one accepted progress report through Accord (delegates, DMN,
 * authorizations, PDFs and the notification outbox included, every user task completed through the
 * Java API), beside a floor made of stock parts doing the same work: the stock engine on the same
 * user tasks and wait states, the same MoU text written twice with plain PDFBox and sealed with
 * BouncyCastle ({@link StockMou}), the same mail sent with plain Jakarta Mail ({@link StockMail}).
 * PostgreSQL is durable (fsync and synchronous commit on) for both engines, which share it. Jobs
 * (the MoU's two steps, the period's timer) and the outbox are run by the driver after each step,
 * as the job executor and the dispatcher would, so that every side does its work in one thread,
 * timed per agreement; the sides take turns in rounds, so that whatever else the machine does falls
 * on all of them. Accord's time is attributed part by part by {@link TimeAttribution}.
 */
final class LifecycleBenchmark {

  /** Milliseconds per agreement of one side. */
  record Times(double mean, double p50, double p95) {

    static Times of(List<Double> millis) {
      List<Double> sorted = millis.stream().sorted().toList();
      return new Times(
          sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
          sorted.get(sorted.size() / 2),
          sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1));
    }
  }

  /** What one run measured; parts in milliseconds per agreement. */
  record Result(
      int agreements,
      int rounds,
      Times accord,
      Times bare,
      Times documents,
      Times seal,
      Times mail,
      int mouPages,
      int mouWords,
      int mailsPerAgreement,
      long notSent,
      Map<Part, Double> accordParts,
      Map<Part, Double> bareParts,
      List<Statement> accordStatements,
      RoundTrips accordTrips,
      RoundTrips bareTrips,
      double startupSeconds,
      long rssMiB) {

    double floor() {
      return bare.mean() + documents.mean() + seal.mean() + mail.mean();
    }

    double ratio() {
      return accord.mean() / floor();
    }
  }

  /** Statements and commits per agreement. */
  record RoundTrips(double statements, double commits) {

    static RoundTrips of(Map<String, TimeAttribution.Statement> statements, int agreements) {
      double commits =
          statements.entrySet().stream()
              .filter(entry -> entry.getKey().equals("commit"))
              .mapToInt(entry -> entry.getValue().count)
              .sum();
      double all = statements.values().stream().mapToInt(statement -> statement.count).sum();
      return new RoundTrips((all - commits) / agreements, commits / agreements);
    }
  }

  /** One of Accord's statements: ms and executions per agreement. */
  record Statement(String sql, double millis, double executions) {}

  private static final int WARM_UP = 5;
  private static final int STATEMENTS_SHOWN = 15;
  private static final int ROUNDS = 5;

  private LifecycleBenchmark() {}

  static Result run(int agreements) throws Exception {
    Path data = Files.createTempDirectory("accord-bench");
    long startNanos = System.nanoTime();
    try (ConfigurableApplicationContext app =
        BenchApplication.start(
            data,
            context -> context.getBeanFactory().addBeanPostProcessor(EngineTiming.accordBeans()),
            // A real commit, as outside the tests; the stock engine's database is on this server.
            "--accord.embedded-database.durable=true",
            // The driver sends what each agreement queued, as it runs the jobs.
            "--accord.notifications.dispatch-interval=PT1H")) {
      double startupSeconds = (System.nanoTime() - startNanos) / 1e9;
      long rss = residentMiB();
      Accord accord = new Accord(app);
      HikariDataSource accords = app.getBean(DataSource.class).unwrap(HikariDataSource.class);
      try (HikariDataSource bareData = bareDatabase(accords)) {
        Bare bare = new Bare(bareEngine(bareData));
        for (int i = 0; i < WARM_UP; i++) {
          accord.agreement();
          bare.agreement();
        }
        StockMou stockMou = accord.stockMou();
        StockMail stockMail = accord.stockMail();
        for (int i = 0; i < WARM_UP; i++) {
          stockMou.seal(stockMou.write());
          stockMail.send();
        }
        Map<Part, Long> accordParts = TimeAttribution.newSink();
        Map<Part, Long> bareParts = TimeAttribution.newSink();
        Map<String, TimeAttribution.Statement> accordStatements = new HashMap<>();
        Map<String, TimeAttribution.Statement> bareStatements = new HashMap<>();
        List<Double> accordMs = new ArrayList<>();
        List<Double> bareMs = new ArrayList<>();
        List<Double> documentsMs = new ArrayList<>();
        List<Double> sealMs = new ArrayList<>();
        List<Double> mailMs = new ArrayList<>();
        List<Work> sides =
            List.of(
                () -> accordMs.add(attributed(accordParts, accordStatements, accord::agreement)),
                () -> bareMs.add(attributed(bareParts, bareStatements, bare::agreement)),
                () -> {
                  byte[][] signed = new byte[1][];
                  documentsMs.add(millis(() -> signed[0] = stockMou.write()));
                  sealMs.add(millis(() -> stockMou.seal(signed[0])));
                },
                () -> mailMs.add(millis(stockMail::send)));
        for (int round = 0; round < ROUNDS; round++) {
          int inRound = agreements / ROUNDS + (round < agreements % ROUNDS ? 1 : 0);
          for (int turn = 0; turn < sides.size(); turn++) {
            Work side = sides.get((round + turn) % sides.size());
            for (int i = 0; i < inRound; i++) {
              side.run();
            }
          }
        }
        bare.engine.close();
        return new Result(
            agreements,
            ROUNDS,
            Times.of(accordMs),
            Times.of(bareMs),
            Times.of(documentsMs),
            Times.of(sealMs),
            Times.of(mailMs),
            stockMou.pages(),
            stockMou.words(),
            stockMail.messages(),
            accord.notSent(),
            perAgreement(accordParts, agreements),
            perAgreement(bareParts, agreements),
            accordStatements.entrySet().stream()
                .map(
                    entry ->
                        new Statement(
                            entry.getKey(),
                            entry.getValue().nanos / 1e6 / agreements,
                            (double) entry.getValue().count / agreements))
                .sorted(Comparator.comparingDouble(Statement::millis).reversed())
                .limit(STATEMENTS_SHOWN)
                .toList(),
            RoundTrips.of(accordStatements, agreements),
            RoundTrips.of(bareStatements, agreements),
            startupSeconds,
            rss);
      }
    }
  }

  /** Work of one side for one agreement. */
  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  private static double millis(Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }

  /** Timed as a whole and part by part; what no part claims is the driver's and the services'. */
  private static double attributed(
      Map<Part, Long> parts, Map<String, TimeAttribution.Statement> statements, Work work)
      throws Exception {
    TimeAttribution.recordInto(parts, statements);
    TimeAttribution.Frame all = TimeAttribution.enter(Part.SERVICES);
    try {
      return millis(work);
    } finally {
      TimeAttribution.exit(all);
      TimeAttribution.recordInto(null, null);
    }
  }

  private static Map<Part, Double> perAgreement(Map<Part, Long> nanos, int agreements) {
    Map<Part, Double> millis = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      millis.put(part, nanos.getOrDefault(part, 0L) / 1e6 / agreements);
    }
    return millis;
  }

  /** Accord, as its users and the job executor drive it. */
  private static final class Accord {

    static final int COMPLETIONS = 7;

    private final AgreementService agreements;
    private final ProcessEngine engine;
    private final OutboxDispatcher outbox;
    private final JdbcTemplate db;
    private boolean dueDiligenceDone;

    Accord(ConfigurableApplicationContext app) {
      this.agreements = app.getBean(AgreementService.class);
      this.engine = app.getBean(ProcessEngine.class);
      this.outbox = app.getBean(OutboxDispatcher.class);
      this.db = new JdbcTemplate(app.getBean(DataSource.class));
    }

    /** The MoU of an agreement Accord made, before and after signing, for the floor to write. */
    StockMou stockMou() throws Exception {
      String reference = agreement();
      return new StockMou(document(reference, "MOU"), document(reference, "SIGNED_MOU"));
    }

    /** The mail Accord sent for an agreement, for the floor to send. */
    StockMail stockMail() {
      long before =
          db.queryForObject("select coalesce(max(id), 0) from accord.notification", Long.class);
      agreement();
      return new StockMail(
          BenchApplication.SMTP_PORT,
          db.query(
              "select recipient, subject, body_text, body_html, attachment_name, attachment_type,"
                  + " attachment from accord.notification where id > ? and status = 'SENT' order by id",
              (row, index) ->
                  new StockMail.Mail(
                      row.getString(1),
                      row.getString(2),
                      row.getString(3),
                      row.getString(4),
                      row.getString(5),
                      row.getString(6),
                      row.getBytes(7)),
              before));
    }

    long notSent() {
      return db.queryForObject(
          "select count(*) from accord.notification where status <> 'SENT'", Long.class);
    }

    private byte[] document(String reference, String kind) {
      return db.queryForObject(
          "select d.content from accord.document d join accord.agreement a on a.id = d.agreement_id"
              + " where a.reference = ? and d.kind = ?",
          byte[].class,
          reference,
          kind);
    }

    String agreement() {
      String reference = agreements.propose(proposal(), "officer").reference();
      complete(
          "officer2",
          "partnership-officers",
          reference,
          SCREEN_PROPOSAL,
          Map.of("screeningDecision", "ACCEPT"));
      if (!dueDiligenceDone) {
        complete(
            "legal",
            "legal",
            reference,
            LEGAL_REVIEW,
            Map.of("legalFindings", "CLEAR", "legalComment", "Statutes reviewed"));
        complete(
            "finance",
            "finance",
            reference,
            FINANCIAL_REVIEW,
            Map.of("financialFindings", "CLEAR", "financialComment", "Accounts reviewed"));
        dueDiligenceDone = true;
      }
      complete(
          "head",
          "head-of-partnerships",
          reference,
          APPROVE_AGREEMENT,
          Map.of("approvalDecision", "APPROVE"));
      complete("gsma", "donor-GSMA", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
      runDueJobs(reference);
      complete(
          "signatory",
          "signatories",
          reference,
          SIGN_MOU_AGENCY,
          Map.of("agencySignatory", "Jean Dupont", "agencySigned", true));
      complete(
          "gsma",
          "donor-GSMA",
          reference,
          SIGN_MOU_PARTNER,
          Map.of("partnerSignatory", "Grace Okafor", "partnerSigned", true));
      runDueJobs(reference);
      firstPeriodEnds(engine, reference);
      complete(
          "officer",
          "partnership-officers",
          reference,
          SUBMIT_PROGRESS_REPORT,
          Variables.createVariables()
              .putValue("reportNarrative", "Schools surveyed")
              .putValue("expenditure", "1000.00")
              .putValueTyped(
                  "indicatorActuals",
                  SpinValues.jsonValue("[{\"code\":\"1.1\",\"value\":30}]").create()));
      complete(
          "manager",
          "managers",
          reference,
          REVIEW_PROGRESS_REPORT,
          Map.of("reportDecision", "ACCEPT"));
      // Its mail is part of its work, sent as the dispatcher would.
      TimeAttribution.Frame sending = TimeAttribution.enter(Part.OUTBOX);
      try {
        outbox.dispatchDue();
      } finally {
        TimeAttribution.exit(sending);
      }
      return reference;
    }

    private void complete(
        String user,
        String group,
        String reference,
        String taskKey,
        Map<String, Object> variables) {
      engine.getIdentityService().setAuthentication(user, List.of(group));
      try {
        Task task =
            engine
                .getTaskService()
                .createTaskQuery()
                .processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey)
                .singleResult();
        engine.getTaskService().complete(task.getId(), variables);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }

    private void runDueJobs(String reference) {
      runJobs(
          engine,
          engine
              .getManagementService()
              .createJobQuery()
              .processInstanceId(
                  engine
                      .getRuntimeService()
                      .createProcessInstanceQuery()
                      .processInstanceBusinessKey(reference)
                      .processDefinitionKey("partnership-agreement")
                      .singleResult()
                      .getId())
              .executable()
              .list());
    }
  }

  /** The stock engine on the same work. */
  private static final class Bare {

    private final ProcessEngine engine;
    private int count;

    Bare(ProcessEngine engine) {
      this.engine = engine;
      engine
          .getRepositoryService()
          .createDeployment()
          .addClasspathResource("bench/bare-lifecycle.bpmn")
          .deploy();
    }

    void agreement() {
      String key = "BARE-" + ++count;
      String id =
          engine
              .getRuntimeService()
              .startProcessInstanceByKey("bare-lifecycle", key, Map.of("agreementReference", key))
              .getId();
      complete(id, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
      complete(id, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
      complete(id, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
      runJobs(
          engine,
          engine.getManagementService().createJobQuery().processInstanceId(id).executable().list());
      complete(id, SIGN_MOU_AGENCY, Map.of("agencySignatory", "Jean Dupont", "agencySigned", true));
      complete(
          id, SIGN_MOU_PARTNER, Map.of("partnerSignatory", "Grace Okafor", "partnerSigned", true));
      runJobs(
          engine,
          engine.getManagementService().createJobQuery().processInstanceId(id).executable().list());
      runJobs(
          engine,
          engine.getManagementService().createJobQuery().processInstanceId(id).timers().list());
      complete(
          id,
          SUBMIT_PROGRESS_REPORT,
          Variables.createVariables()
              .putValue("reportNarrative", "Schools surveyed")
              .putValue("expenditure", "1000.00")
              .putValueTyped(
                  "indicatorActuals",
                  SpinValues.jsonValue("[{\"code\":\"1.1\",\"value\":30}]").create()));
      complete(id, REVIEW_PROGRESS_REPORT, Map.of("reportDecision", "ACCEPT"));
    }

    private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
      Task task =
          engine
              .getTaskService()
              .createTaskQuery()
              .processInstanceId(processInstanceId)
              .taskDefinitionKey(taskKey)
              .singleResult();
      engine.getTaskService().complete(task.getId(), variables);
    }
  }

  /** The timer of the agreement's first reporting period, fired now. */
  private static void firstPeriodEnds(ProcessEngine engine, String reference) {
    String period =
        engine
            .getRuntimeService()
            .createProcessInstanceQuery()
            .processDefinitionKey("progress-reporting")
            .processInstanceBusinessKey(reference)
            .variableValueEquals("reportingPeriod", 1)
            .singleResult()
            .getId();
    runJobs(
        engine,
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(period)
            .activityId("PeriodEnded")
            .list());
  }

  private static void runJobs(ProcessEngine engine, List<Job> jobs) {
    for (Job job : jobs) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  /** A database of the stock engine's own on the same PostgreSQL server as Accord's. */
  private static HikariDataSource bareDatabase(HikariDataSource accords) throws Exception {
    String url = accords.getJdbcUrl();
    try (Connection connection =
        DriverManager.getConnection(url, accords.getUsername(), accords.getPassword())) {
      connection.createStatement().execute("drop database if exists bare");
      connection.createStatement().execute("create database bare");
    }
    HikariDataSource bare = new HikariDataSource();
    bare.setJdbcUrl(url.replaceFirst("/[^/?]+(\\?|$)", "/bare$1"));
    bare.setUsername(accords.getUsername());
    bare.setPassword(accords.getPassword());
    bare.setMaximumPoolSize(10);
    return bare;
  }

  /** The stock engine, timed as Accord's is (commands, statements, commits). */
  private static ProcessEngine bareEngine(DataSource bare) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    // Json variables, as Accord's engine has them: the same work on both sides.
    configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    return EngineTiming.engine(configuration)
        .setProcessEngineName("bare")
        .setDataSource(TimedJdbc.timed(bare))
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  private static Proposal proposal() {
    return new Proposal(
        "Rural broadband toolkit",
        "GSMA",
        AgreementType.CONTRIBUTION_AGREEMENT,
        Priority.AFFORDABLE_CONNECTIVITY,
        Region.AFRICA,
        List.of("RW", "KE"),
        "50000.00",
        "USD",
        LocalDate.of(2027, 1, 1),
        LocalDate.of(2028, 12, 31),
        ReportingFrequency.SEMI_ANNUAL,
        List.of(OutputType.TOOLKITS),
        List.of(
            new ObjectivePlan(
                "Connect rural schools",
                List.of(
                    new ActivityPlan(
                        "Survey unconnected schools",
                        "2027-Q1",
                        "National regulator",
                        List.of("Survey report"))),
                List.of(
                    new IndicatorPlan(
                        "Schools connected", "schools", BigDecimal.ZERO, new BigDecimal("120"))))),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static long residentMiB() throws Exception {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
        .findFirst()
        .orElse(-1L);
  }
}
