package org.accord.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.accord.AccordApplication;
import org.accord.agreement.AgreementStatus;
import org.accord.metrics.ManagerDashboard;
import org.accord.metrics.MetricsFilter;
import org.accord.security.AuthorizationGrants;
import org.accord.security.PartnerGroups;
import org.accord.security.Roles;
import org.accord.testing.Api;
import org.accord.testing.OpenTasks;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application the load test ({@code ./mvnw -Pload verify}) sends its traffic to: Accord as it
 * runs in production (durable embedded database, job executor on, the demo profile's users and
 * Tasklist filters), with a local SMTP server for its mail. The first run fills its database with
 * the history of {@code load.agreements} agreements; every run tops the open tasks up to {@code
 * load.openTasks}, makes sure there are signed MoUs to download, writes what the simulation's
 * people will open (tasks, agreements, MoUs) into {@code load.feeders}, waits for the dashboard's
 * landing figures, and then writes {@code load.ready}. It runs until it is stopped.
 */
public final class LoadServer {

  /** The 50 donors of the filled history ({@code fill-history.sql}): BENCH01 to BENCH50. */
  private static final int DONORS = 50;

  /** Agreements taken through the real lifecycle to a sealed MoU, for the downloads. */
  private static final int SIGNED_MOUS = 10;

  private static final int AGREEMENTS_FED = 20_000;

  private LoadServer() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(System.getProperty("load.data"));
    int agreements = Integer.getInteger("load.agreements", 1_000_000);
    int openTasks = Integer.getInteger("load.openTasks", 100_000);
    int port = Integer.getInteger("load.port", 18080);
    Path ready = Path.of(System.getProperty("load.ready"));
    Path feeders = Path.of(System.getProperty("load.feeders"));
    Files.deleteIfExists(ready);

    ConfigurableApplicationContext app = start(data, port);
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    JdbcTemplate db = new JdbcTemplate(app.getBean(DataSource.class));
    Path filled = data.resolve("filled-" + agreements);
    if (!Files.exists(filled)) {
      long start = System.nanoTime();
      FundsBenchmark.fill(app.getBean(DataSource.class), agreements);
      System.out.printf(
          "Filled %d agreements in %.0f s%n", agreements, (System.nanoTime() - start) / 1e9);
      donorsCanLogIn(engine.getIdentityService(), app.getBean(AuthorizationGrants.class));
      Files.writeString(filled, "");
    }
    topUpOpenTasks(engine, app.getBean(AuthorizationGrants.class), openTasks);
    List<String> mous = signedMous(db, port);
    BenchApplication.dropQueuedMail(app);
    db.execute("analyze");
    writeFeeders(engine, feeders, agreements, mous);
    landingFiguresComputed(app);
    Files.createDirectories(ready.getParent());
    Files.writeString(ready, "http://127.0.0.1:" + port);
    System.out.printf("Ready on port %d%n", port);
  }

  /**
   * Waits for the dashboard's landing figures, which the application computes in the background
   * from its start (about half a minute on one core over a million agreements): the people of the
   * simulation come to a server that has been running, not to one starting up.
   */
  private static void landingFiguresComputed(ConfigurableApplicationContext app) {
    long start = System.nanoTime();
    app.getBean(ManagerDashboard.class).figures(MetricsFilter.ALL);
    System.out.printf(
        "The dashboard's landing figures were ready after %.1f s more%n",
        (System.nanoTime() - start) / 1e9);
  }

  private static ConfigurableApplicationContext start(Path data, int port) {
    GreenMail smtp =
        new GreenMail(
            new ServerSetup(BenchApplication.SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    return new SpringApplicationBuilder(AccordApplication.class)
        .profiles("demo")
        .run(
            "--accord.embedded-database.data-dir=" + data,
            "--server.port=" + port,
            "--management.server.port=0",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + BenchApplication.SMTP_PORT);
  }

  /** Each of the history's donors gets a representative, {@code load-donor-01} to 50. */
  private static void donorsCanLogIn(IdentityService identity, AuthorizationGrants grants) {
    for (int d = 1; d <= DONORS; d++) {
      String group = PartnerGroups.of(String.format("BENCH%02d", d));
      if (identity.createGroupQuery().groupId(group).count() == 0) {
        Group donor = identity.newGroup(group);
        donor.setName("Benchmark donor " + d + " representatives");
        donor.setType("EXTERNAL"); // as the partner register makes a partner's group
        identity.saveGroup(donor);
        grants.forPartnerGroup(group);
      }
      String id = donorUser(d);
      if (identity.createUserQuery().userId(id).count() == 0) {
        User user = identity.newUser(id);
        user.setFirstName("Donor");
        user.setLastName(String.valueOf(d));
        user.setEmail(id + "@donor.example");
        user.setPassword(Api.PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
      }
    }
  }

  private static String donorUser(int donor) {
    return String.format("load-donor-%02d", donor);
  }

  /** The tasks completed by the last run are opened again, spread over the groups as at first. */
  private static void topUpOpenTasks(ProcessEngine engine, AuthorizationGrants grants, int wanted)
      throws Exception {
    long open =
        engine.getTaskService().createTaskQuery().processDefinitionKey(OpenTasks.PROCESS).count();
    if (open < wanted) {
      TaskQueryBenchmark.open(engine, grants, (int) (wanted - open));
    }
  }

  /** Agreements of the demo donor JICA taken to a sealed MoU through the API, as officers do. */
  private static List<String> signedMous(JdbcTemplate db, int port) {
    String signed =
        "select reference from accord.agreement where partner_code = 'JICA' and status = ?";
    List<String> references = db.queryForList(signed, String.class, AgreementStatus.ACTIVE.name());
    Api api = Api.at(port);
    for (int i = references.size(); i < SIGNED_MOUS; i++) {
      api.toActive("JICA", "50000");
    }
    return db.queryForList(signed, String.class, AgreementStatus.ACTIVE.name());
  }

  /**
   * What the simulation's people open: each group's open tasks (each completed once), agreements of
   * the history with their donor's representative, and the signed MoUs.
   */
  private static void writeFeeders(
      ProcessEngine engine, Path feeders, int agreements, List<String> mous) throws Exception {
    Files.createDirectories(feeders);
    for (String group : List.of(TaskQueryBenchmark.OFFICERS, Roles.LEGAL, Roles.FINANCE)) {
      List<String> lines = new ArrayList<>(List.of("taskId"));
      engine
          .getTaskService()
          .createTaskQuery()
          .processDefinitionKey(OpenTasks.PROCESS)
          .taskCandidateGroup(group)
          .list()
          .stream()
          .map(Task::getId)
          .forEach(lines::add);
      Files.write(feeders.resolve(group + "-tasks.csv"), lines);
    }
    // fill-history.sql: agreement n is BX-<n, 8 digits>, its donor BENCH<1 + n % 50>.
    Random random = new Random(42);
    List<String> lines = new ArrayList<>(List.of("reference,donorUser"));
    for (int i = 0; i < AGREEMENTS_FED; i++) {
      int n = 1 + random.nextInt(agreements);
      lines.add(String.format("BX-%08d,%s", n, donorUser(1 + n % DONORS)));
    }
    Files.write(feeders.resolve("agreements.csv"), lines);
    List<String> mouLines = new ArrayList<>(List.of("mouReference"));
    mouLines.addAll(mous);
    Files.write(feeders.resolve("mous.csv"), mouLines);
  }
}
