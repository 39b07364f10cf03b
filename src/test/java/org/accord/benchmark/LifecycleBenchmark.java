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
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Proposal;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
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

/**
 * Agreements driven from proposal to one accepted progress report through Accord (delegates, DMN,
 * authorizations, PDFs and the notification outbox included, every user task completed through the
 * Java API), and in the same run the same user tasks and wait states on the stock engine, on the
 * same PostgreSQL. Jobs (the MoU's two steps, the period's timer) are run by the driver, as a job
 * executor would, so that both sides do exactly the same work in one thread.
 */
final class LifecycleBenchmark {

  /** What one run measured. */
  record Result(
      int agreements,
      double agreementsPerSecond,
      double baselinePerSecond,
      double completionsPerSecond,
      double startupSeconds,
      long rssMiB) {

    double ratio() {
      return baselinePerSecond / agreementsPerSecond;
    }
  }

  private static final int WARM_UP = 5;

  private LifecycleBenchmark() {}

  static Result run(int agreements) throws Exception {
    Path data = Files.createTempDirectory("accord-bench");
    long startNanos = System.nanoTime();
    try (ConfigurableApplicationContext app = BenchApplication.start(data)) {
      double startupSeconds = (System.nanoTime() - startNanos) / 1e9;
      long rss = residentMiB();
      Accord accord = new Accord(app);
      Bare bare = new Bare(bareEngine(app.getBean(DataSource.class)));
      for (int i = 0; i < WARM_UP; i++) {
        accord.agreement();
        bare.agreement();
      }
      BenchApplication.awaitOutboxSent(app);
      long accordStart = System.nanoTime();
      for (int i = 0; i < agreements; i++) {
        accord.agreement();
      }
      // Its notifications are part of its work: sent before its clock stops, not during bare's.
      BenchApplication.awaitOutboxSent(app);
      double accordSeconds = (System.nanoTime() - accordStart) / 1e9;
      long bareStart = System.nanoTime();
      for (int i = 0; i < agreements; i++) {
        bare.agreement();
      }
      double bareSeconds = (System.nanoTime() - bareStart) / 1e9;
      bare.engine.close();
      return new Result(
          agreements,
          agreements / accordSeconds,
          agreements / bareSeconds,
          agreements * Accord.COMPLETIONS / accordSeconds,
          startupSeconds,
          rss);
    }
  }

  /** Accord, as its users and the job executor drive it. */
  private static final class Accord {

    static final int COMPLETIONS = 7;

    private final AgreementService agreements;
    private final ProcessEngine engine;
    private boolean dueDiligenceDone;

    Accord(ConfigurableApplicationContext app) {
      this.agreements = app.getBean(AgreementService.class);
      this.engine = app.getBean(ProcessEngine.class);
    }

    void agreement() {
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

  /** The stock engine in a database of its own on the same PostgreSQL server as Accord's. */
  private static ProcessEngine bareEngine(DataSource accords) throws Exception {
    HikariDataSource hikari = (HikariDataSource) accords;
    String url = hikari.getJdbcUrl();
    try (Connection connection =
        DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword())) {
      connection.createStatement().execute("drop database if exists bare");
      connection.createStatement().execute("create database bare");
    }
    String bareUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/bare$1");
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
    // Json variables, as Accord's engine has them: the same work on both sides.
    configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    return configuration
        .setProcessEngineName("bare")
        .setJdbcUrl(bareUrl)
        .setJdbcUsername(hikari.getUsername())
        .setJdbcPassword(hikari.getPassword())
        .setJdbcDriver("org.postgresql.Driver")
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
