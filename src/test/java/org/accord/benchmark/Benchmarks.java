package org.accord.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench verify}: the benchmarks, each beside its baseline or goal in the same run,
 * as a table and as {@code target/bench/results.json}. Sizes: {@code -Dbench.agreements=200},
 * {@code -Dbench.openTasks=100000}, {@code -Dbench.clients=16}, {@code -Dbench.completions=2000},
 * {@code -Dbench.fundsAgreements=20000}, {@code -Dbench.fundsCompletions=1000}; {@code
 * -Dbench.only=taskQuery} (or lifecycle, rest, funds, registration) runs one of them; {@code
 * -Dbench.registrations=50}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    String only = System.getProperty("bench.only", "");
    List<String> json = new ArrayList<>();
    if (only.isEmpty() || only.equals("lifecycle")) {
      DocumentBenchmark.main(args);
      lifecycle(Integer.getInteger("bench.agreements", 50), json);
    }
    if (only.isEmpty() || only.equals("taskQuery")) {
      taskQuery(Integer.getInteger("bench.openTasks", 100_000), json);
    }
    if (only.isEmpty() || only.equals("rest")) {
      rest(
          Integer.getInteger("bench.clients", 16),
          Integer.getInteger("bench.completions", 2000),
          json);
    }
    if (only.isEmpty() || only.equals("funds")) {
      funds(
          Integer.getInteger("bench.fundsAgreements", 20_000),
          Integer.getInteger("bench.fundsCompletions", 1000),
          json);
    }
    if (only.isEmpty() || only.equals("registration")) {
      registration(Integer.getInteger("bench.registrations", 50), json);
    }
    Path results = Path.of("target", "bench", "results.json");
    Files.createDirectories(results.getParent());
    Files.writeString(results, "{\n" + String.join(",\n", json) + "\n}\n");
    System.out.println("Written: " + results.toAbsolutePath());
    System.exit(0);
  }

  private static void lifecycle(int agreements, List<String> json) throws Exception {
    LifecycleBenchmark.Result run = LifecycleBenchmark.run(agreements);
    System.out.printf(
        Locale.ROOT,
        "%n| lifecycle: %d agreements, proposal to one accepted report, %d rounds, fsync on"
            + " | ms per agreement | p50 | p95 |%n"
            + "|---|---|---|---|%n"
            + "| floor: stock Camunda 7.24, the same user tasks and wait states | %.1f | %.1f | %.1f |%n"
            + "| floor: plain PDFBox, the MoU's text (%d pages, %d words) written twice"
            + " | %.1f | %.1f | %.1f |%n"
            + "| floor: BouncyCastle, a PAdES seal (RSA 3072) | %.1f | %.1f | %.1f |%n"
            + "| floor: plain Jakarta Mail, %d messages to the same SMTP server | %.1f | %.1f | %.1f |%n"
            + "| **floor** | %.1f | | |%n"
            + "| **Accord** | %.1f | %.1f | %.1f |%n"
            + "| **ratio Accord / floor** (goal 1.3) | %.2f | | |%n",
        run.agreements(),
        run.rounds(),
        run.bare().mean(),
        run.bare().p50(),
        run.bare().p95(),
        run.mouPages(),
        run.mouWords(),
        run.documents().mean(),
        run.documents().p50(),
        run.documents().p95(),
        run.seal().mean(),
        run.seal().p50(),
        run.seal().p95(),
        run.mailsPerAgreement(),
        run.mail().mean(),
        run.mail().p50(),
        run.mail().p95(),
        run.floor(),
        run.accord().mean(),
        run.accord().p50(),
        run.accord().p95(),
        run.ratio());
    System.out.printf(
        Locale.ROOT,
        "%n| where the time of an agreement goes (driver thread, exclusive) | Accord ms"
            + " | stock engine ms |%n|---|---|---|%n");
    for (TimeAttribution.Part part : TimeAttribution.Part.values()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.1f | %.1f |%n",
          part.description,
          run.accordParts().get(part),
          run.bareParts().get(part));
    }
    System.out.printf(
        Locale.ROOT,
        "| total | %.1f | %.1f |%n| statements per agreement | %.0f | %.0f |%n"
            + "| commits per agreement | %.0f | %.0f |%n"
            + "%n| start-up | %.1f s to ready | %d MiB resident |%n"
            + "%nMessages left unsent: %d.%n%n",
        run.accordParts().values().stream().mapToDouble(Double::doubleValue).sum(),
        run.bareParts().values().stream().mapToDouble(Double::doubleValue).sum(),
        run.accordTrips().statements(),
        run.bareTrips().statements(),
        run.accordTrips().commits(),
        run.bareTrips().commits(),
        run.startupSeconds(),
        run.rssMiB(),
        run.notSent());
    System.out.printf(
        Locale.ROOT,
        "| Accord's costliest statements (and commits) | ms per agreement | runs per agreement |%n"
            + "|---|---|---|%n");
    for (LifecycleBenchmark.Statement statement : run.accordStatements()) {
      System.out.printf(
          Locale.ROOT,
          "| `%s` | %.1f | %.1f |%n",
          statement.sql().length() > 160
              ? statement.sql().substring(0, 157) + "..."
              : statement.sql(),
          statement.millis(),
          statement.executions());
    }
    System.out.println();
    StringBuilder parts = new StringBuilder();
    for (TimeAttribution.Part part : TimeAttribution.Part.values()) {
      parts.append(
          String.format(
              Locale.ROOT,
              "%s\"%s\": %.2f",
              parts.isEmpty() ? "" : ", ",
              part.name(),
              run.accordParts().get(part)));
    }
    json.add(
        String.format(
            Locale.ROOT,
            """
              "lifecycle": {"agreements": %d, "accordMs": %.2f, "accordP95Ms": %.2f,
                            "floorMs": %.2f, "ratio": %.3f, "bareMs": %.2f, "documentsMs": %.2f,
                            "sealMs": %.2f, "mailMs": %.2f, "mailsPerAgreement": %d,
                            "accordStatements": %.1f, "bareStatements": %.1f,
                            "accordCommits": %.1f, "bareCommits": %.1f,
                            "accordParts": {%s}},
              "startup": {"seconds": %.2f, "rssMiB": %d}\
            """,
            run.agreements(),
            run.accord().mean(),
            run.accord().p95(),
            run.floor(),
            run.ratio(),
            run.bare().mean(),
            run.documents().mean(),
            run.seal().mean(),
            run.mail().mean(),
            run.mailsPerAgreement(),
            run.accordTrips().statements(),
            run.bareTrips().statements(),
            run.accordTrips().commits(),
            run.bareTrips().commits(),
            parts,
            run.startupSeconds(),
            run.rssMiB()));
  }

  private static void taskQuery(int openTasks, List<String> json) throws Exception {
    TaskQueryBenchmark.Result tasks = TaskQueryBenchmark.run(openTasks);
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%n| Tasklist, \"My group's tasks\", %d open tasks, authorization on, p50 / p95"
                    + " | donor sees (no filter) | donor's page | donor's count | officer's tasks"
                    + " | officer's page | officer's count | officer's count p95 / Accord's"
                    + " | donor's count in Tasklist | officer's count in Tasklist (what it reads) |%n"
                    + "|---|---|---|---|---|---|---|---|---|---|%n",
                tasks.openTasks()));
    double accordCount = tasks.accord().officerCount().p95();
    List<String> shapes = new ArrayList<>();
    for (TaskQueryBenchmark.Measured shape : tasks.shapes()) {
      table.append(
          String.format(
              Locale.ROOT,
              "| %s | %s (in the filter: %s) | %s | %s | %s | %s | %s | %s | %s | %s (%s) |%n",
              shape.shape().description,
              counted(shape.donorSeesUnfiltered()),
              counted(shape.donorTasks()),
              millis(shape.donorList()),
              millis(shape.donorCount()),
              counted(shape.officerTasks()),
              millis(shape.officerList()),
              millis(shape.officerCount()),
              json(shape.officerCount().p95() / accordCount),
              millis(shape.donorTasklistCount()),
              millis(shape.officerTasklistCount()),
              counted(shape.officerTasklistCounts())));
      shapes.add(
          String.format(
              Locale.ROOT,
              "\"%s\": {\"donorSeesUnfiltered\": %d, \"donorP50Ms\": %s, \"donorP95Ms\": %s,"
                  + " \"donorCountP95Ms\": %s, \"officerP50Ms\": %s, \"officerP95Ms\": %s,"
                  + " \"officerCountP50Ms\": %s, \"officerCountP95Ms\": %s,"
                  + " \"donorTasklistCountP95Ms\": %s, \"officerTasklistCountP50Ms\": %s,"
                  + " \"officerTasklistCountP95Ms\": %s}",
              shape.shape().name(),
              shape.donorSeesUnfiltered(),
              json(shape.donorList().p50()),
              json(shape.donorList().p95()),
              json(shape.donorCount().p95()),
              json(shape.officerList().p50()),
              json(shape.officerList().p95()),
              json(shape.officerCount().p50()),
              json(shape.officerCount().p95()),
              json(shape.donorTasklistCount().p95()),
              json(shape.officerTasklistCount().p50()),
              json(shape.officerTasklistCount().p95())));
    }
    table.append("| goal | | | 20 ms | 20 ms | | 20 ms | 50 ms | | | 50 ms |%n".formatted());
    System.out.print(table.append(System.lineSeparator()));
    TaskQueryBenchmark.Measured accord = tasks.accord();
    json.add(
        String.format(
            Locale.ROOT,
            """
              "taskQuery": {"openTasks": %d, "donorTasks": %d, "officerTasks": %d,
                            "donorP50Ms": %.2f, "donorP95Ms": %.2f, "donorCountP95Ms": %.2f,
                            "officerP50Ms": %.2f, "officerP95Ms": %.2f, "officerCountP95Ms": %.2f,
                            "shapes": {%s}}\
            """,
            tasks.openTasks(),
            accord.donorTasks(),
            accord.officerTasks(),
            accord.donorList().p50(),
            Math.max(accord.donorList().p95(), accord.donorCount().p95()),
            accord.donorCount().p95(),
            accord.officerList().p50(),
            Math.max(accord.officerList().p95(), accord.officerCount().p95()),
            accord.officerCount().p95(),
            String.join(", ", shapes)));
  }

  /** A count, or that it took longer than the ceiling. */
  private static String counted(long count) {
    return count < 0 ? "over " + TaskQueryBenchmark.CEILING_SECONDS + " s" : Long.toString(count);
  }

  /** A figure with two decimals, or null past the ceiling. */
  private static String json(double millis) {
    return Double.isInfinite(millis) ? "null" : String.format(Locale.ROOT, "%.2f", millis);
  }

  private static String millis(TaskQueryBenchmark.Timing timing) {
    return timing.p95() == Double.POSITIVE_INFINITY
        ? "over " + TaskQueryBenchmark.CEILING_SECONDS + " s"
        : String.format(Locale.ROOT, "%.1f / %.1f ms", timing.p50(), timing.p95());
  }

  private static void rest(int clients, int completions, List<String> json) throws Exception {
    RestBenchmark.Result rest = RestBenchmark.run(clients, completions);
    System.out.printf(
        Locale.ROOT,
        "%n| %d clients completing %d tasks | per second | p50 | p95 |%n"
            + "|---|---|---|---|%n"
            + "| engine-rest, HTTP Basic | %.1f | %.1f ms | %.1f ms |%n"
            + "| Java API, as many threads | %.1f | | |%n"
            + "| goal | 150 | | 100 ms |%n%n",
        rest.clients(),
        rest.completions(),
        rest.completionsPerSecond(),
        rest.p50Ms(),
        rest.p95Ms(),
        rest.javaApiPerSecond());
    json.add(
        String.format(
            Locale.ROOT,
            """
              "rest": {"clients": %d, "completions": %d, "completionsPerSecond": %.3f,
                       "p50Ms": %.2f, "p95Ms": %.2f, "javaApiPerSecond": %.3f}\
            """,
            rest.clients(),
            rest.completions(),
            rest.completionsPerSecond(),
            rest.p50Ms(),
            rest.p95Ms(),
            rest.javaApiPerSecond()));
  }

  private static void funds(int agreements, int completions, List<String> json) throws Exception {
    FundsBenchmark.Result funds = FundsBenchmark.run(agreements, completions);
    System.out.printf(
        Locale.ROOT,
        "%n| managers' figures, %d agreements, %d instalments, %d receipts | p50 | p95 |%n"
            + "|---|---|---|%n"
            + "| pipeline by stage (baseline) | %.1f ms | %.1f ms |%n"
            + "| funds: pledged to balance by donor, priority, region, month; receivables by age;"
            + " next four quarters | %.1f ms | %.1f ms |%n"
            + "| plan KPIs of a year (%d contributions): actual by rule, region, initiative | %.1f ms"
            + " | %.1f ms |%n"
            + "%n| %d task completions, Java API, 2 threads | per second | p50 | p95 |%n"
            + "|---|---|---|---|%n"
            + "| alone | %.1f | %.1f ms | %.1f ms |%n"
            + "| while 2 clerks record receipts flat out (%d, p95 %.1f ms) | %.1f | %.1f ms"
            + " | %.1f ms |%n"
            + "| while 2 clerks record %.1f receipts a second | %.1f | %.1f ms | %.1f ms |%n"
            + "| ratio alone / with clerks, flat out and paced | %.2f, %.2f | | |%n%n",
        funds.agreements(),
        funds.instalments(),
        funds.receipts(),
        funds.pipelineFigures().p50(),
        funds.pipelineFigures().p95(),
        funds.fundsFigures().p50(),
        funds.fundsFigures().p95(),
        funds.kpiContributions(),
        funds.kpiStanding().p50(),
        funds.kpiStanding().p95(),
        funds.completions(),
        funds.alonePerSecond(),
        funds.alone().p50(),
        funds.alone().p95(),
        funds.receiptsRecorded(),
        funds.receipt().p95(),
        funds.withClerksPerSecond(),
        funds.withClerks().p50(),
        funds.withClerks().p95(),
        funds.pacedReceiptsPerSecond(),
        funds.withPacedClerksPerSecond(),
        funds.withPacedClerks().p50(),
        funds.withPacedClerks().p95(),
        funds.ratio(),
        funds.pacedRatio());
    json.add(
        String.format(
            Locale.ROOT,
            """
              "funds": {"agreements": %d, "instalments": %d, "receipts": %d, "fillSeconds": %.1f,
                        "figuresP50Ms": %.2f, "figuresP95Ms": %.2f,
                        "baselinePipelineP50Ms": %.2f, "baselinePipelineP95Ms": %.2f,
                        "kpiContributions": %d, "kpiStandingP50Ms": %.2f, "kpiStandingP95Ms": %.2f,
                        "completions": %d, "completionsPerSecondAlone": %.3f,
                        "completionP95MsAlone": %.2f, "completionsPerSecondWithReceipts": %.3f,
                        "completionP95MsWithReceipts": %.2f, "receiptsRecorded": %d,
                        "receiptP95Ms": %.2f, "completionRatio": %.3f,
                        "pacedReceiptsPerSecond": %.2f, "completionsPerSecondWithPacedReceipts": %.3f,
                        "completionP95MsWithPacedReceipts": %.2f, "pacedCompletionRatio": %.3f}\
            """,
            funds.agreements(),
            funds.instalments(),
            funds.receipts(),
            funds.fillSeconds(),
            funds.fundsFigures().p50(),
            funds.fundsFigures().p95(),
            funds.pipelineFigures().p50(),
            funds.pipelineFigures().p95(),
            funds.kpiContributions(),
            funds.kpiStanding().p50(),
            funds.kpiStanding().p95(),
            funds.completions(),
            funds.alonePerSecond(),
            funds.alone().p95(),
            funds.withClerksPerSecond(),
            funds.withClerks().p95(),
            funds.receiptsRecorded(),
            funds.receipt().p95(),
            funds.ratio(),
            funds.pacedReceiptsPerSecond(),
            funds.withPacedClerksPerSecond(),
            funds.withPacedClerks().p95(),
            funds.pacedRatio()));
  }

  private static void registration(int registrations, List<String> json) throws Exception {
    RegistrationBenchmark.Result page = RegistrationBenchmark.run(registrations);
    System.out.printf(
        Locale.ROOT,
        "%n| public registration page, %d clients at once, one session of %d seats | p50 | p95 |%n"
            + "|---|---|---|%n"
            + "| opening the page (baseline) | %.1f ms | %.1f ms |%n"
            + "| registering: %d confirmed, %d waitlisted, no seat sold twice | %.1f ms | %.1f ms |%n%n",
        page.registrations(),
        RegistrationBenchmark.SEATS,
        page.pageP50Ms(),
        page.pageP95Ms(),
        page.confirmed(),
        page.waitlisted(),
        page.p50Ms(),
        page.p95Ms());
    json.add(
        String.format(
            Locale.ROOT,
            """
              "registration": {"registrations": %d, "seats": %d, "confirmed": %d, "waitlisted": %d,
                               "p50Ms": %.2f, "p95Ms": %.2f, "pageP50Ms": %.2f, "pageP95Ms": %.2f}\
            """,
            page.registrations(),
            RegistrationBenchmark.SEATS,
            page.confirmed(),
            page.waitlisted(),
            page.p50Ms(),
            page.p95Ms(),
            page.pageP50Ms(),
            page.pageP95Ms()));
  }
}
