package org.accord.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code ./mvnw -Pbench verify}: the benchmarks, each beside its baseline in the same run, as a
 * table and as {@code target/bench/results.json}. Sizes: {@code -Dbench.agreements=200}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    int agreements = Integer.getInteger("bench.agreements", 50);
    DocumentBenchmark.main(args);
    LifecycleBenchmark.Result lifecycle = LifecycleBenchmark.run(agreements);

    System.out.printf(
        Locale.ROOT,
        "%n| lifecycle: %d agreements, proposal to one accepted report | per second | ratio |%n"
            + "|---|---|---|%n"
            + "| stock Camunda 7.24, same user tasks and wait states, no delegates | %.1f | 1.00 |%n"
            + "| Accord (delegates, DMN, authorizations, PDFs, outbox) | %.1f | %.2f |%n"
            + "| Accord, user task completions | %.1f | |%n"
            + "%n| start-up | %.1f s to ready | %d MiB resident |%n%n",
        lifecycle.agreements(),
        lifecycle.baselinePerSecond(),
        lifecycle.agreementsPerSecond(),
        lifecycle.ratio(),
        lifecycle.completionsPerSecond(),
        lifecycle.startupSeconds(),
        lifecycle.rssMiB());

    Path results = Path.of("target", "bench", "results.json");
    Files.createDirectories(results.getParent());
    Files.writeString(
        results,
        String.format(
            Locale.ROOT,
            """
            {
              "lifecycle": {"agreements": %d, "agreementsPerSecond": %.3f, "baselinePerSecond": %.3f,
                            "ratio": %.3f, "completionsPerSecond": %.3f},
              "startup": {"seconds": %.2f, "rssMiB": %d}
            }
            """,
            lifecycle.agreements(),
            lifecycle.agreementsPerSecond(),
            lifecycle.baselinePerSecond(),
            lifecycle.ratio(),
            lifecycle.completionsPerSecond(),
            lifecycle.startupSeconds(),
            lifecycle.rssMiB()));
    System.out.println("Written: " + results.toAbsolutePath());
    System.exit(0);
  }
}
