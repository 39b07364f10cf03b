package org.accord.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The people who use Accord, arriving at a fixed rate (an open model: nobody waits for anyone
 * else's answer before arriving), each doing one round of their work over loopback with pauses a
 * person takes between clicks. Officers 40 % of arrivals, reviewers (legal, finance) 20 %, donors'
 * representatives 25 %, managers 15 %; {@code load.rate} requests per second in all once ramped up.
 * Goal: every request type's p95 at most 100 ms, and no error.
 */
public class PeopleAtWork extends Simulation {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "100"));
  private static final int SECONDS = Integer.getInteger("load.seconds", 120);
  private static final Path READY = Path.of(System.getProperty("load.ready"));
  private static final Path FEEDERS = Path.of(System.getProperty("load.feeders"));
  private static final Duration RAMP = Duration.ofSeconds(20);

  // The feeders are read when the simulation is made: Accord writes them before it says it is
  // ready.
  private static final String READY_AT = awaitReady();

  private final FeederBuilder<String> agreements =
      csv(FEEDERS.resolve("agreements.csv").toString()).random();
  private final FeederBuilder<String> mous = csv(FEEDERS.resolve("mous.csv").toString()).circular();

  /** Arrivals' shares and the requests each round sends: the rate of rounds follows from both. */
  private record Persona(ScenarioBuilder round, double share, int requests) {}

  private final HttpProtocolBuilder protocol =
      http.baseUrl(READY_AT)
          // Gatling's warm-up request goes to gatling.io, which this machine cannot reach.
          .disableWarmUp()
          .acceptHeader("application/json")
          .acceptLanguageHeader("en");

  {
    List<Persona> personas =
        List.of(
            new Persona(officer(), 0.40, 13),
            new Persona(reviewer(), 0.20, 9),
            new Persona(donor(), 0.25, 8),
            new Persona(manager(), 0.15, 7));
    double requestsPerRound =
        personas.stream().mapToDouble(persona -> persona.share() * persona.requests()).sum();
    double roundsPerSecond = RATE / requestsPerRound;
    List<PopulationBuilder> arrivals =
        personas.stream()
            .map(
                persona -> {
                  double rate = roundsPerSecond * persona.share();
                  return persona
                      .round()
                      .injectOpen(
                          rampUsersPerSec(rate / 10).to(rate).during(RAMP),
                          constantUsersPerSec(rate).during(SECONDS).randomized());
                })
            .toList();
    setUp(arrivals)
        .protocols(protocol)
        .assertions(
            forAll().responseTime().percentile(95.0).lte(100),
            global().failedRequests().count().is(0L));
  }

  /** Opens a task of the group's list, fills in its form and completes it; reads an agreement. */
  private ScenarioBuilder officer() {
    return scenario("partnership officer")
        .exec(session -> session.set("user", "officer"))
        .feed(agreements)
        .feed(mous)
        .exec(logIn(), tasklist(), workOnTask("partnership-officers"), readAgreement(), mou());
  }

  /** Legal's and finance's reviewers, half each: their own groups' tasks. */
  private ScenarioBuilder reviewer() {
    return scenario("reviewer")
        .uniformRandomSwitch()
        .on(
            exec(session -> session.set("user", "legal"))
                .exec(logIn(), tasklist(), workOnTask("legal")),
            exec(session -> session.set("user", "finance"))
                .exec(logIn(), tasklist(), workOnTask("finance")));
  }

  /** A donor's representative: its own tasks, one of its own agreements. */
  private ScenarioBuilder donor() {
    return scenario("donor's representative")
        .feed(agreements)
        .exec(session -> session.set("user", session.getString("donorUser")))
        .exec(logIn(), tasklist(), readAgreement());
  }

  /** The dashboard as it opens (its figures are in the page), then an agreement and its MoU. */
  private ScenarioBuilder manager() {
    return scenario("manager")
        .exec(session -> session.set("user", "manager"))
        .feed(agreements)
        .feed(mous)
        .exec(
            logIn(),
            exec(http("dashboard page")
                    .get("/dashboard")
                    .header("Accept", "text/html")
                    .check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(4)),
            readAgreement(),
            mou());
  }

  /** The first run fills Accord's database (a million agreements: about half an hour). */
  private static String awaitReady() {
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(120));
    while (!Files.exists(READY)) {
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException("Accord not ready after 2 hours: " + READY);
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(interrupted);
      }
    }
    try {
      return Files.readString(READY).strip();
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  /** Tasklist's page, then its login (the token of Camunda's CSRF filter from its cookie). */
  private static ChainBuilder logIn() {
    return exec(http("Tasklist page")
            .get("/camunda/app/tasklist/default/")
            .header("Accept", "text/html")
            .check(status().is(200)))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(
            http("log in")
                .post("/camunda/api/admin/auth/user/default/login/tasklist")
                .formParam("username", "#{user}")
                .formParam("password", "demo")
                .header("X-XSRF-TOKEN", "#{xsrf}")
                .check(status().is(200)))
        .pause(Duration.ofMillis(500), Duration.ofMillis(1500));
  }

  /**
   * Tasklist's requests as it opens: how many filters, the filters (without counts), and the first
   * page of the group's, whose answer holds the count Tasklist shows beside the filter.
   */
  private static ChainBuilder tasklist() {
    return exec(http("filters, how many")
            .get(ENGINE + "/filter/count?itemCount=false&resourceType=Task")
            .check(status().is(200)))
        .exec(
            http("filters")
                .get(
                    ENGINE
                        + "/filter?firstResult=0&maxResults=2000&itemCount=false"
                        + "&resourceType=Task")
                .check(jmesPath("[?contains(name, 'group')].id | [0]").saveAs("groupFilter")))
        // The session's token, renewed with the session at login, as Tasklist reads it.
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(
            http("group's tasks, first page and count")
                .post(ENGINE + "/filter/#{groupFilter}/list?firstResult=0&maxResults=15")
                .header("Accept", "application/hal+json")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", "#{xsrf}")
                .body(
                    StringBody(
                        "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}"))
                .check(status().is(200)))
        .pause(Duration.ofMillis(500), Duration.ofMillis(1500));
  }

  /** Opens one of the group's open tasks (each once in the run), its form, and completes it. */
  private static ChainBuilder workOnTask(String group) {
    FeederBuilder<String> tasks = csv(FEEDERS.resolve(group + "-tasks.csv").toString()).queue();
    return feed(tasks)
        .exec(http("task").get(ENGINE + "/task/#{taskId}").check(status().is(200)))
        .exec(http("task's form").get(ENGINE + "/task/#{taskId}/form").check(status().is(200)))
        .exec(
            http("task's form variables")
                .get(ENGINE + "/task/#{taskId}/form-variables")
                .check(status().is(200)))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(
            http("complete task")
                .post(ENGINE + "/task/#{taskId}/submit-form")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", "#{xsrf}")
                .body(StringBody("{\"variables\": {}}"))
                .check(status().is(204)));
  }

  /** An agreement of the history (its donor's own, for a donor), its documents and reports. */
  private static ChainBuilder readAgreement() {
    return exec(http("agreement").get("/api/agreements/#{reference}").check(status().is(200)))
        .exec(
            http("agreement's documents")
                .get("/api/agreements/#{reference}/documents")
                .check(status().is(200)))
        .exec(
            http("agreement's reports")
                .get("/api/agreements/#{reference}/reports")
                .check(status().is(200)))
        .pause(Duration.ofMillis(500), Duration.ofMillis(1500));
  }

  private static ChainBuilder mou() {
    return exec(
        http("MoU download")
            .get("/api/agreements/#{mouReference}/documents/mou")
            .check(status().is(200), header("X-Content-SHA256").exists()));
  }
}
