package org.accord.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.identity.People;
import org.accord.partner.Partner;
import org.accord.reporting.AgreementProgress;
import org.accord.reporting.IndicatorProgress;
import org.accord.reporting.LineExpenditure;
import org.accord.reporting.LineSpending;
import org.accord.reporting.PeriodProgress;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressReport;
import org.springframework.stereotype.Component;

/**
 * A period's progress report as the donor receives it once accepted: each indicator's actual
 * against what was expected, with its rating, the narrative, and what was spent. Written in the
 * agreement's language, like the call for funds: it reports on that agreement alone.
 */
@Component
class ProgressReportDocument {

  private final Fonts fonts;
  private final People people;

  ProgressReportDocument(Fonts fonts, People people) {
    this.fonts = fonts;
    this.people = people;
  }

  byte[] render(
      Agreement agreement, Partner partner, PeriodReport report, AgreementProgress progress) {
    Wording words = Wording.of("progress-report", agreement.language());
    int number = report.period().number();
    String currency = agreement.currency();
    ProgressReport accepted = report.submissions().get(report.submissions().size() - 1);
    Map<String, Object> period = Map.of("number", number, "agreement", agreement.reference());
    try (PdfDocument pdf =
        words.pdf(fonts, words.text("pdfTitle", period), words.text("footer", period))) {
      pdf.title(words.text(accepted.finalReport() ? "title.final" : "title", period))
          .facts(
              List.of(
                  new String[] {
                    words.text("agreement"), agreement.reference() + " · " + agreement.title()
                  },
                  new String[] {words.text("partner"), partner.name()},
                  new String[] {
                    words.text("period"),
                    words.text(
                        "fromTo",
                        Map.of(
                            "from", words.date(report.period().startsOn()),
                            "to", words.date(report.period().endsOn())))
                  },
                  new String[] {
                    words.text("submitted"),
                    byOn(
                        words,
                        people.nameOf(accepted.submittedBy()),
                        accepted.submittedAt().toLocalDate())
                  },
                  new String[] {
                    words.text("accepted"),
                    byOn(
                        words,
                        accepted.reviewedBy() == null ? "" : people.nameOf(accepted.reviewedBy()),
                        accepted.reviewedAt() == null ? null : accepted.reviewedAt().toLocalDate())
                  },
                  new String[] {
                    words.text("expenditure"),
                    words.text(
                        "expenditureSoFar",
                        Map.of(
                            "period", words.amount(accepted.expenditure(), currency),
                            "spent", words.amount(progress.spent(), currency),
                            "budget", words.amount(progress.budget(), currency)))
                  }))
          .heading(words.text("lines", Map.of("currency", currency)))
          .table(
              new float[] {0.28f, 0.18f, 0.18f, 0.18f, 0.18f},
              new boolean[] {false, true, true, true, true},
              new String[] {
                words.text("lines.line"),
                words.text("lines.budget"),
                words.text("lines.period"),
                words.text("lines.toDate"),
                words.text("lines.ofBudget")
              },
              lineRows(words, progress, accepted, currency))
          .heading(words.text("indicators"))
          .table(
              new float[] {0.08f, 0.32f, 0.16f, 0.16f, 0.28f},
              new boolean[] {false, false, true, true, false},
              new String[] {
                words.text("indicators.code"),
                words.text("indicators.indicator"),
                words.text("indicators.expected"),
                words.text("indicators.actual"),
                words.text("indicators.rating")
              },
              indicatorRows(words, progress, number))
          // The rule of reporting.ProgressRating, as the donor reads it in the report's language.
          .paragraph(words.text("ratingRule"))
          .heading(words.text("narrative"))
          .paragraph(accepted.narrative());
      return pdf.finish();
    }
  }

  /** "Amina Haddad, 10 July 2027", or whichever of the two is known. */
  private static String byOn(Wording words, String name, LocalDate date) {
    if (date == null) {
      return name;
    }
    return name.isEmpty()
        ? words.date(date)
        : words.text("byOn", Map.of("name", name, "date", words.date(date)));
  }

  /**
   * Each line of the budget the partner's cash finances or a report spent on: its budget, the
   * period's spending, and the spending to date, with the share of the budget it is.
   */
  private static List<String[]> lineRows(
      Wording words, AgreementProgress progress, ProgressReport accepted, String currency) {
    List<String[]> rows = new ArrayList<>();
    for (LineSpending line : progress.lines()) {
      BigDecimal now =
          accepted.expenditureByLine().stream()
              .filter(each -> each.line() == line.line())
              .map(LineExpenditure::amount)
              .findFirst()
              .orElse(BigDecimal.ZERO);
      rows.add(
          new String[] {
            words.term(line.line()),
            words.sum(line.budget(), currency),
            words.sum(now, currency),
            words.sum(line.spent(), currency),
            line.budget().signum() == 0
                ? words.text("lines.notInBudget")
                : words.percent(
                    line.spent()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(line.budget(), 2, RoundingMode.HALF_EVEN))
          });
    }
    return rows;
  }

  private static List<String[]> indicatorRows(
      Wording words, AgreementProgress progress, int period) {
    List<String[]> rows = new ArrayList<>();
    for (IndicatorProgress indicator : progress.indicators()) {
      PeriodProgress row =
          indicator.periods().stream().filter(p -> p.period() == period).findFirst().orElse(null);
      rows.add(
          new String[] {
            indicator.code(),
            indicator.name() + " (" + indicator.unit() + ")",
            row == null || row.expected() == null
                ? (indicator.targetDescription() == null ? "" : indicator.targetDescription())
                : words.number(row.expected().setScale(1, RoundingMode.HALF_UP)),
            row == null
                ? ""
                : row.actual() != null
                    ? words.number(row.actual())
                    : row.description() == null ? "" : row.description(),
            row == null || row.rating() == null ? "" : words.term(row.rating())
          });
    }
    return rows;
  }
}
