package org.accord.performance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.document.Wording;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.performance.AnnualPerformance.KpiLine;
import org.accord.performance.AnnualPerformance.PriorityYear;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.reporting.Lesson;
import org.accord.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The annual performance report as a PDF, in the MoU's type and layout, its words from {@code
 * documents/annual-performance_<code>}. What the plan and the agreements say (outcomes, KPI names,
 * lessons) is written as they wrote it.
 */
@Component
class AnnualPerformancePdf {

  /** Actuals and targets are written with at most two decimals: "83.33", not "83.3333". */
  private static final int DECIMALS = 2;

  private final Fonts fonts;

  AnnualPerformancePdf(Fonts fonts) {
    this.fonts = fonts;
  }

  byte[] render(AnnualPerformance report, Language language) {
    Wording words = Wording.of("annual-performance", language);
    Map<String, Object> names =
        Map.of("year", report.year(), "title", report.title(), "plan", report.plan());
    try (PdfDocument pdf =
        words.pdf(fonts, words.text("pdfTitle", names), words.text("footer", names))) {
      pdf.title(words.text("title", names))
          .paragraph(report.title() + " (" + report.plan() + ")")
          .note(
              words.text(
                  "method",
                  Map.of("date", words.date(report.targetsAsOf()), "year", report.year())))
          .facts(
              List.of(
                  new String[] {
                    words.text("fundsMobilized"), words.amount(report.mobilizedUsd(), "USD")
                  },
                  new String[] {
                    words.text("kpis"),
                    count(words, report.priorities().stream().mapToInt(p -> p.kpis().size()).sum())
                  },
                  new String[] {
                    words.text("lessons"),
                    count(
                        words, report.priorities().stream().mapToInt(p -> p.lessons().size()).sum())
                  }));
      for (PriorityYear priority : report.priorities()) {
        pdf.heading(words.term(priority.priority()));
        for (Outcome outcome : priority.outcomes()) {
          pdf.paragraph(
              words.text(
                  outcome.placeholder() ? "outcome.placeholder" : "outcome",
                  Map.of("code", outcome.code(), "statement", outcome.statement())));
        }
        if (priority.outcomes().isEmpty()) {
          pdf.note(words.text("noOutcome"));
        }
        if (!priority.kpis().isEmpty()) {
          pdf.table(
              new float[] {0.08f, 0.33f, 0.1f, 0.1f, 0.1f, 0.12f, 0.17f},
              new boolean[] {false, false, true, true, true, true, true},
              new String[] {
                words.text("kpi.code"),
                words.text("kpi.name"),
                words.text("kpi.baseline"),
                words.text("kpi.target"),
                words.text("kpi.actual"),
                words.text("kpi.achieved"),
                words.text("kpi.agreements")
              },
              priority.kpis().stream().map(line -> kpiRow(words, line)).toList());
          pdf.note(contributors(words, priority.kpis()));
        }
        pdf.paragraph(
            words.text(
                "priorityFunds", Map.of("amount", words.amount(priority.mobilizedUsd(), "USD"))));
        for (Lesson lesson : priority.lessons()) {
          pdf.note(
              words.text(
                  "lesson",
                  Map.of(
                      "reference", lesson.reference(),
                      "title", lesson.title(),
                      "region", words.term(lesson.region()),
                      "lesson", lesson.lessonsLearned())));
        }
      }
      // The six rows are read together: not split across a page.
      pdf.keepTogether(
          block ->
              block
                  .heading(words.text("outputs"))
                  .note(words.text("outputs.note"))
                  .table(
                      new float[] {0.7f, 0.3f},
                      new boolean[] {false, true},
                      new String[] {words.text("outputs.type"), words.text("outputs.agreements")},
                      report.outputs().stream()
                          .map(
                              output ->
                                  new String[] {
                                    words.term(output.type()), count(words, output.agreements())
                                  })
                          .toList()));
      return pdf.finish();
    }
  }

  private static String[] kpiRow(Wording words, KpiLine line) {
    KpiYear kpi = line.kpi();
    return new String[] {
      kpi.code(),
      kpi.name() + " (" + kpi.unit() + ")",
      number(words, kpi.baseline()),
      number(words, kpi.target()),
      number(words, kpi.actual()),
      kpi.achieved() == null ? "–" : words.percent(rounded(kpi.achieved())),
      count(words, kpi.agreements())
    };
  }

  /**
   * "Agreements that contributed. K1: A, B and 3 more; K2: C." and the same of the initiatives,
   * each list joined as the language joins it ({@code list.item}, {@code list.kpi}).
   */
  private static String contributors(Wording words, List<KpiLine> kpis) {
    List<String> agreements = new ArrayList<>();
    List<String> initiatives = new ArrayList<>();
    for (KpiLine line : kpis) {
      if (!line.agreements().isEmpty()) {
        String named = join(words, "list.item", line.agreements());
        long more = line.contributors() - line.agreements().size();
        agreements.add(
            words.text(
                "list.of",
                Map.of(
                    "kpi",
                    line.kpi().code(),
                    "list",
                    more > 0
                        ? words.text("list.more", Map.of("list", named, "count", more))
                        : named)));
      }
      if (!line.initiatives().isEmpty()) {
        initiatives.add(
            words.text(
                "list.of",
                Map.of(
                    "kpi",
                    line.kpi().code(),
                    "list",
                    join(words, "list.item", line.initiatives()))));
      }
    }
    List<String> sentences = new ArrayList<>();
    if (!agreements.isEmpty()) {
      sentences.add(words.text("contributed", Map.of("list", join(words, "list.kpi", agreements))));
    }
    if (!initiatives.isEmpty()) {
      sentences.add(
          words.text("initiatives", Map.of("list", join(words, "list.kpi", initiatives))));
    }
    return String.join(" ", sentences);
  }

  /** The items one after the other with the pattern that adds one to a list ("{list}, {item}"). */
  private static String join(Wording words, String pattern, List<String> items) {
    return items.stream()
        .reduce((list, item) -> words.text(pattern, Map.of("list", list, "item", item)))
        .orElse("");
  }

  private static String number(Wording words, BigDecimal value) {
    return value == null ? "–" : words.number(rounded(value));
  }

  private static BigDecimal rounded(BigDecimal value) {
    return value.scale() > DECIMALS ? value.setScale(DECIMALS, RoundingMode.HALF_UP) : value;
  }

  private static String count(Wording words, long count) {
    return words.number(BigDecimal.valueOf(count));
  }
}
