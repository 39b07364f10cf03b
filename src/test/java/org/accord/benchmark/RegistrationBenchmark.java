package org.accord.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.accord.training.TrainingReserve;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public registration page under 50 registrations at once for one session of 20 seats, over
 * loopback, each client first opening the page (its form's token) and then all posting together;
 * beside the same 50 clients opening the page together, in the same run. After it, no seat is sold
 * twice: exactly 20 CONFIRMED, the other 30 WAITLISTED, and the reserve never below zero.
 */
final class RegistrationBenchmark {

  static final int SEATS = 20;
  private static final String[] COUNTRIES = {"FR", "KE", "RW", "BR", "FJ", "IN", "DE", "HT", "EG"};
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"");

  record Result(
      int registrations,
      int confirmed,
      int waitlisted,
      double p50Ms,
      double p95Ms,
      double pageP50Ms,
      double pageP95Ms) {}

  private RegistrationBenchmark() {}

  static Result run(int registrations) throws Exception {
    Path data = Files.createTempDirectory("accord-bench-registration");
    try (ConfigurableApplicationContext app =
        BenchApplication.start(
            data, "--accord.training.registration.requests-per-minute=1000000")) {
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      Api api = Api.at(port);
      JdbcTemplate db = new JdbcTemplate(app.getBean(DataSource.class));
      long course = course(app, api, db);
      String base = "http://127.0.0.1:" + port;
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      // Warm-up: one session registered in full, then the measured one.
      register(http, base, session(api, course), registrations, "warm");
      long session = session(api, course);
      double[] pages = pages(http, base, session, registrations);
      double[] posts = register(http, base, session, registrations, "bench");

      Map<String, Object> counts =
          db.queryForMap(
              "select count(*) filter (where status = 'CONFIRMED') as confirmed,"
                  + " count(*) filter (where status = 'WAITLISTED') as waitlisted"
                  + " from accord.training_enrolment where session_id = ?",
              session);
      int confirmed = ((Number) counts.get("confirmed")).intValue();
      int waitlisted = ((Number) counts.get("waitlisted")).intValue();
      if (confirmed != SEATS || confirmed + waitlisted != registrations) {
        throw new IllegalStateException("Seats sold twice or lost: " + counts);
      }
      Number lowest =
          db.queryForObject(
              "select min(balance_after) from accord.training_reserve_entry", Number.class);
      if (lowest != null && lowest.doubleValue() < 0) {
        throw new IllegalStateException("The reserve went below zero: " + lowest);
      }
      Arrays.sort(posts);
      Arrays.sort(pages);
      return new Result(
          registrations,
          confirmed,
          waitlisted,
          percentile(posts, 0.50),
          percentile(posts, 0.95),
          percentile(pages, 0.50),
          percentile(pages, 0.95));
    }
  }

  /**
   * A training cooperation with GSMA, with the terms of {@link Proposals#trainingTerms()} (its
   * fees, USD 1,200.00 and 450.00), made ACTIVE in the table (its lifecycle is not what is
   * measured, and the benchmark runs no jobs), with a course and 2,000.00 USD in its reserve.
   */
  private static long course(ConfigurableApplicationContext app, Api api, JdbcTemplate db) {
    Map<String, Object> proposal = Proposals.valid("GSMA", "90000.00", "USD");
    proposal.put("type", "TRAINING_COOPERATION");
    String reference =
        (String) api.post("officer", "/api/agreements", proposal).getBody().get("reference");
    api.put(
        "officer", "/api/agreements/" + reference + "/training-terms", Proposals.trainingTerms());
    db.update("update accord.agreement set status = 'ACTIVE' where reference = ?", reference);
    app.getBean(TransactionTemplate.class)
        .executeWithoutResult(
            status ->
                app.getBean(TrainingReserve.class)
                    .credit(reference, "2000.00", "USD", "Benchmark reserve", "bench"));
    Map<String, Object> course =
        api.post(
                "officer",
                "/api/training/courses",
                Map.of(
                    "agreement", reference,
                    "title", "AI governance for regulators",
                    "topic", "AI_GOVERNANCE",
                    "level", "INTERMEDIATE",
                    "language", "en",
                    "delivery", "ONLINE",
                    "durationHours", 12,
                    "certificate", true))
            .getBody();
    return ((Number) course.get("id")).longValue();
  }

  private static long session(Api api, long course) {
    Map<String, Object> session =
        api.post(
                "officer",
                "/api/training/sessions",
                Map.of(
                    "courseId", course,
                    "startDate", "2099-03-01",
                    "endDate", "2099-03-03",
                    "venue", "Online, the agency's learning platform",
                    "capacity", SEATS))
            .getBody();
    return ((Number) session.get("id")).longValue();
  }

  /** The clients open the page together; the time of each GET. */
  private static double[] pages(HttpClient http, String base, long session, int clients)
      throws Exception {
    return together(
        clients,
        client -> {
          long start = System.nanoTime();
          HttpResponse<String> page =
              http.send(get(base, session), HttpResponse.BodyHandlers.ofString());
          double took = (System.nanoTime() - start) / 1e6;
          expect(page, 200);
          return took;
        });
  }

  /**
   * Each client opens the page, then all post their registration together; the time of each POST.
   */
  private static double[] register(
      HttpClient http, String base, long session, int clients, String run) throws Exception {
    return together(
        clients,
        client -> {
          HttpResponse<String> page =
              http.send(get(base, session), HttpResponse.BodyHandlers.ofString());
          expect(page, 200);
          Matcher token = TOKEN.matcher(page.body());
          token.find();
          String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
          String form =
              form(
                  Map.of(
                      "name",
                      "Participant " + run + " " + client,
                      "email",
                      "p" + client + "." + run + "." + session + "@example.org",
                      "organization",
                      "Ministry of ICT",
                      "organizationType",
                      "GOVERNMENT",
                      "country",
                      COUNTRIES[client % COUNTRIES.length],
                      "gender",
                      "NOT_STATED",
                      "_csrf",
                      token.group(1)));
          HttpRequest post =
              HttpRequest.newBuilder(URI.create(base + path(session)))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build();
          return post;
        },
        post -> {
          long start = System.nanoTime();
          HttpResponse<String> answer = http.send(post, HttpResponse.BodyHandlers.ofString());
          double took = (System.nanoTime() - start) / 1e6;
          expect(answer, 200);
          return took;
        });
  }

  interface Step<T> {
    T run(int client) throws Exception;
  }

  interface Timed<T> {
    double run(T prepared) throws Exception;
  }

  private static double[] together(int clients, Step<Double> timed) throws Exception {
    return together(clients, client -> client, client -> timed.run(client));
  }

  /** Each client prepares, waits for all the others, then runs its timed request. */
  private static <T> double[] together(int clients, Step<T> prepare, Timed<T> timed)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    CyclicBarrier barrier = new CyclicBarrier(clients);
    List<Future<Double>> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      int client = i;
      running.add(
          pool.submit(
              () -> {
                T prepared = prepare.run(client);
                barrier.await(60, TimeUnit.SECONDS);
                return timed.run(prepared);
              }));
    }
    double[] millis = new double[clients];
    for (int i = 0; i < clients; i++) {
      millis[i] = running.get(i).get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    return millis;
  }

  private static HttpRequest get(String base, long session) {
    return HttpRequest.newBuilder(URI.create(base + path(session))).GET().build();
  }

  private static String path(long session) {
    return "/training/sessions/" + session + "/register";
  }

  private static void expect(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
  }

  private static String form(Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach(
        (name, value) ->
            form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return form.toString();
  }

  private static double percentile(double[] sorted, double share) {
    return sorted[(int) Math.ceil(sorted.length * share) - 1];
  }
}
