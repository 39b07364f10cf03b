package org.accord.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The people who use Accord, arriving at a fixed rate (an open model: nobody waits for anyone
 * else's answer before arriving), each doing one round of their work over loopback with pauses a
 * person takes between clicks. Officers 40 % of arrivals, reviewers (legal, finance) 20 %, donors'
 * representatives 25 %, managers 15 %; {@code load.rate} requests per second in all once ramped up.
 * Goal: every request type's p95 at most 100 ms, and no error.
 *
 * <p>The people who arrive during the ramp and the warm-up ({@code load.warmup} seconds at the full
 * rate) are reported apart, under "warm-up": they meet a server whose compiler has not yet seen
 * their requests, as nobody does in an agency's working day. The goal is asked of the people who
 * arrive afterwards, under "measured", for {@code load.seconds}; nobody may meet an error in
 * either.
 */
public class PeopleAtWork extends Simulation {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "100"));
  private static final int SECONDS = Integer.getInteger("load.seconds", 120);
  private static final Path READY = Path.of(System.getProperty("load.ready"));
  private static final Path FEEDERS = Path.of(System.getProperty("load.feeders"));
  private static final Duration RAMP = Duration.ofSeconds(20);
  private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("load.warmup", 60));
  private static final String WARMING_UP = "warm-up";
  private static final String MEASURED = "measured";

  /** Every request type the people send, named once: the goal is asked of each. */
  private static final Set<String> REQUESTS = new LinkedHashSet<>();

  /** When the people who arrive are measured: set as the simulation starts. */
  private static volatile Instant measuredFrom = Instant.MAX;

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
            new Persona(arriving("partnership officer", officer()), 0.40, 13),
            new Persona(arriving("reviewer", reviewer()), 0.20, 9),
            new Persona(arriving("donor's representative", donor()), 0.25, 8),
            new Persona(arriving("manager", manager()), 0.15, 7));
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
                          constantUsersPerSec(rate)
                              .during(WARM_UP.plusSeconds(SECONDS))
                              .randomized());
                })
            .toList();
    List<Assertion> goals = new ArrayList<>();
    REQUESTS.forEach(
        request -> goals.add(details(MEASURED, request).responseTime().percentile(95.0).lte(100)));
    goals.add(global().failedRequests().count().is(0L));
    setUp(arrivals).protocols(protocol).assertions(goals);
  }

  @Override
  public void before() {
    measuredFrom = Instant.now().plus(RAMP).plus(WARM_UP);
  }

  /** A persona's round, reported under the phase in which the person arrived. */
  private static ScenarioBuilder arriving(String persona, ChainBuilder round) {
    return scenario(persona)
        .exec(
            session ->
                session.set("phase", Instant.now().isBefore(measuredFrom) ? WARMING_UP : MEASURED))
        .group("#{phase}")
        .on(round);
  }

  private static String request(String name) {
    REQUESTS.add(name);
    return name;
  }

  /** Opens a task of the group's list, fills in its form and completes it; reads an agreement. */
  private ChainBuilder officer() {
    return exec(session -> session.set("user", "officer"))
        .feed(agreements)
        .feed(mous)
        .exec(logIn(), tasklist(), workOnTask("partnership-officers"), readAgreement(), mou());
  }

  /** Legal's and finance's reviewers, half each: their own groups' tasks. */
  private ChainBuilder reviewer() {
    return uniformRandomSwitch()
        .on(
            exec(session -> session.set("user", "legal"))
                .exec(logIn(), tasklist(), workOnTask("legal")),
            exec(session -> session.set("user", "finance"))
                .exec(logIn(), tasklist(), workOnTask("finance")));
  }

  /** A donor's representative: its own tasks, one of its own agreements. */
  private ChainBuilder donor() {
    return feed(agreements)
        .exec(session -> session.set("user", session.getString("donorUser")))
        .exec(logIn(), tasklist(), readAgreement());
  }

  /** The dashboard as it opens (its figures are in the page), then an agreement and its MoU. */
  private ChainBuilder manager() {
    return exec(session -> session.set("user", "manager"))
        .feed(agreements)
        .feed(mous)
        .exec(
            logIn(),
            exec(http(request("dashboard page"))
                    .get("/dashboard")
                    .header("Accept", "text/html")
                    .check(status().is(200)))
                .pause(Duration.ofSeconds(2), Duration.ofSeconds(4)),
            readAgreement(),
            mou());
  }

  /**
   * The first run fills Accord's database (a million agreements: about half an hour). Only a file
   * written since this simulation started says so: Maven starts the simulation just after the
   * server, and an earlier run's file, which the server deletes as it starts, was once still there
   * when the simulation looked (it then read that run's feeders, and met tasks completed since).
   */
  private static String awaitReady() {
    Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    Instant giveUp = Instant.now().plus(Duration.ofMinutes(120));
    while (!writtenSince(READY, started)) {
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

  private static boolean writtenSince(Path file, Instant since) {
    try {
      return !Files.getLastModifiedTime(file).toInstant().isBefore(since);
    } catch (java.io.IOException notThere) {
      return false;
    }
  }

  /** Tasklist's page, then its login (the token of Camunda's CSRF filter from its cookie). */
  private static ChainBuilder logIn() {
    return exec(http(request("Tasklist page"))
            .get("/camunda/app/tasklist/default/")
            .header("Accept", "text/html")
            .check(status().is(200)))
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(
            http(request("log in"))
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
    return exec(http(request("filters, how many"))
            .get(ENGINE + "/filter/count?itemCount=false&resourceType=Task")
            .check(status().is(200)))
        .exec(
            http(request("filters"))
                .get(
                    ENGINE
                        + "/filter?firstResult=0&maxResults=2000&itemCount=false"
                        + "&resourceType=Task")
                .check(jmesPath("[?contains(name, 'group')].id | [0]").saveAs("groupFilter")))
        // The session's token, renewed with the session at login, as Tasklist reads it.
        .exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
        .exec(
            http(request("group's tasks, first page and count"))
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
        .exec(http(request("task")).get(ENGINE + "/task/#{taskId}").check(status().is(200)))
        .exec(
            http(request("task's form"))
                .get(ENGINE + "/task/#{taskId}/form")
                .check(status().is(200)))
        .exec(
            http(request("task's form variables"))
                .get(ENGINE + "/task/#{taskId}/form-variables")
                .check(status().is(200)))
        .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
        .exec(
            http(request("complete task"))
                .post(ENGINE + "/task/#{taskId}/submit-form")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", "#{xsrf}")
                .body(StringBody("{\"variables\": {}}"))
                .check(status().is(204)));
  }

  /** An agreement of the history (its donor's own, for a donor), its documents and reports. */
  private static ChainBuilder readAgreement() {
    return exec(http(request("agreement"))
            .get("/api/agreements/#{reference}")
            .check(status().is(200)))
        .exec(
            http(request("agreement's documents"))
                .get("/api/agreements/#{reference}/documents")
                .check(status().is(200)))
        .exec(
            http(request("agreement's reports"))
                .get("/api/agreements/#{reference}/reports")
                .check(status().is(200)))
        .pause(Duration.ofMillis(500), Duration.ofMillis(1500));
  }

  private static ChainBuilder mou() {
    return exec(
        http(request("MoU download"))
            .get("/api/agreements/#{mouReference}/documents/mou")
            .check(status().is(200), header("X-Content-SHA256").exists()));
  }
}
