package org.accord.performance;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.performance.AnnualPerformance.KpiLine;
import org.accord.performance.AnnualPerformance.PriorityYear;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.reporting.Lesson;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/** The annual performance report as a PDF, in the MoU's type and layout. */
@Component
class AnnualPerformancePdf {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Fonts fonts;

  AnnualPerformancePdf(Fonts fonts) {
    this.fonts = fonts;
  }

  byte[] render(AnnualPerformance report) {
    String name = "Annual performance report " + report.year();
    try (PdfDocument pdf =
        new PdfDocument(fonts, name + " · " + report.title(), name + " · " + report.plan())) {
      pdf.title(name)
          .paragraph(report.title() + " (" + report.plan() + ")")
          .note(
              "Targets as in force on "
                  + DATE.format(report.targetsAsOf())
                  + ". Actuals from the progress reports accepted for periods ending in "
                  + report.year()
                  + ": values added up, countries counted once, percentages averaged weighted"
                  + " by each agreement's base. Funds mobilized: receipts valued in the year, in US"
                  + " dollars at the rate of their value date.")
          .facts(
              List.of(
                  new String[] {"Funds mobilized", usd(report.mobilizedUsd())},
                  new String[] {
                    "KPIs", report.priorities().stream().mapToInt(p -> p.kpis().size()).sum() + ""
                  },
                  new String[] {
                    "Lessons recorded",
                    report.priorities().stream().mapToInt(p -> p.lessons().size()).sum() + ""
                  }));
      for (PriorityYear priority : report.priorities()) {
        pdf.heading(priority.label());
        for (Outcome outcome : priority.outcomes()) {
          pdf.paragraph(
              "Outcome "
                  + outcome.code()
                  + ": "
                  + outcome.statement()
                  + (outcome.placeholder() ? " (to be filled in later)" : ""));
        }
        if (priority.outcomes().isEmpty()) {
          pdf.note("The plan has no outcome under this priority yet.");
        }
        if (!priority.kpis().isEmpty()) {
          pdf.table(
              new float[] {0.08f, 0.33f, 0.1f, 0.1f, 0.1f, 0.12f, 0.17f},
              new String[] {
                "KPI", "Name", "Baseline", "Target", "Actual", "Achieved", "Agreements"
              },
              priority.kpis().stream().map(AnnualPerformancePdf::kpiRow).toList());
          pdf.note(contributors(priority.kpis()));
        }
        pdf.paragraph("Funds mobilized: " + usd(priority.mobilizedUsd()) + ".");
        for (Lesson lesson : priority.lessons()) {
          pdf.note(
              "Lesson learned, "
                  + lesson.reference()
                  + " ("
                  + lesson.title()
                  + ", "
                  + lesson.region().label()
                  + "): "
                  + lesson.lessonsLearned());
        }
      }
      // The six rows are read together: not split across a page.
      pdf.keepTogether(
          block ->
              block
                  .heading("Outputs delivered")
                  .note(
                      "Agreements of each output type with a progress report accepted in the"
                          + " year.")
                  .table(
                      new float[] {0.7f, 0.3f},
                      new String[] {"Output type", "Agreements"},
                      report.outputs().stream()
                          .map(
                              output ->
                                  new String[] {output.label(), Long.toString(output.agreements())})
                          .toList()));
      return pdf.finish();
    }
  }

  private static String[] kpiRow(KpiLine line) {
    KpiYear kpi = line.kpi();
    return new String[] {
      kpi.code(),
      kpi.name() + " (" + kpi.unit() + ")",
      number(kpi.baseline()),
      number(kpi.target()),
      number(kpi.actual()),
      kpi.achieved() == null ? "–" : number(kpi.achieved()) + " %",
      Long.toString(kpi.agreements())
    };
  }

  private static String contributors(List<KpiLine> kpis) {
    List<String> parts = new ArrayList<>();
    for (KpiLine line : kpis) {
      if (!line.agreements().isEmpty()) {
        parts.add(
            line.kpi().code()
                + ": "
                + String.join(", ", line.agreements())
                + (line.contributors() > line.agreements().size()
                    ? " and " + (line.contributors() - line.agreements().size()) + " more"
                    : ""));
      }
    }
    List<String> initiatives = new ArrayList<>();
    for (KpiLine line : kpis) {
      if (!line.initiatives().isEmpty()) {
        initiatives.add(line.kpi().code() + ": " + String.join(", ", line.initiatives()));
      }
    }
    return (parts.isEmpty() ? "" : "Agreements that contributed. " + String.join("; ", parts) + ".")
        + (initiatives.isEmpty()
            ? ""
            : " Initiatives that contributed. " + String.join("; ", initiatives) + ".");
  }

  private static String number(BigDecimal value) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static String usd(BigDecimal value) {
    return Money.of(value, "USD");
  }
}
