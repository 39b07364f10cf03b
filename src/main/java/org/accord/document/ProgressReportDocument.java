package org.accord.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/**
 * A period's progress report as the donor receives it once accepted: each indicator's actual
 * against what was expected, with its rating, the narrative, and what was spent.
 */
@Component
class ProgressReportDocument {

  // In English until the document has its bundles (issue 24).
  private static final Formats ENGLISH = Formats.of(Language.EN);

  private final Fonts fonts;
  private final People people;

  ProgressReportDocument(Fonts fonts, People people) {
    this.fonts = fonts;
    this.people = people;
  }

  byte[] render(
      Agreement agreement, Partner partner, PeriodReport report, AgreementProgress progress) {
    int number = report.period().number();
    ProgressReport accepted = report.submissions().get(report.submissions().size() - 1);
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            "Progress report " + number + " " + agreement.reference(),
            agreement.reference() + " · Progress report, period " + number)) {
      pdf.title(
              (accepted.finalReport() ? "Final progress report" : "Progress report")
                  + ", period "
                  + number)
          .facts(
              List.of(
                  new String[] {"Agreement", agreement.reference() + " · " + agreement.title()},
                  new String[] {"Partner", partner.name()},
                  new String[] {
                    "Period",
                    ENGLISH.date(report.period().startsOn())
                        + " to "
                        + ENGLISH.date(report.period().endsOn())
                  },
                  new String[] {
                    "Submitted",
                    people.nameOf(accepted.submittedBy())
                        + ", "
                        + ENGLISH.date(accepted.submittedAt().toLocalDate())
                  },
                  new String[] {
                    "Accepted",
                    (accepted.reviewedBy() == null ? "" : people.nameOf(accepted.reviewedBy()))
                        + (accepted.reviewedAt() == null
                            ? ""
                            : ", " + ENGLISH.date(accepted.reviewedAt().toLocalDate()))
                  },
                  new String[] {
                    "Expenditure",
                    Money.of(accepted.expenditure(), agreement.currency())
                        + " in the period; "
                        + Money.of(progress.spent(), agreement.currency())
                        + " of "
                        + Money.of(progress.budget(), agreement.currency())
                        + " so far"
                  }))
          .heading("Expenditure by budget line")
          .table(
              new float[] {0.28f, 0.18f, 0.18f, 0.18f, 0.18f},
              new String[] {"Line", "Budget", "This period", "To date", "Of the budget"},
              lineRows(progress, accepted, agreement.currency()))
          .heading("Indicators")
          .table(
              new float[] {0.08f, 0.32f, 0.16f, 0.16f, 0.28f},
              new String[] {"Code", "Indicator", "Expected", "Actual", "Rating"},
              indicatorRows(progress, number))
          .paragraph(progress.ratingRule())
          .heading("Progress in the period")
          .paragraph(accepted.narrative());
      return pdf.finish();
    }
  }

  /**
   * Each line of the budget the partner's cash finances or a report spent on: its budget, the
   * period's spending, and the spending to date, with the share of the budget it is.
   */
  private static List<String[]> lineRows(
      AgreementProgress progress, ProgressReport accepted, String currency) {
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
            line.line().label(),
            Money.amount(line.budget(), currency),
            Money.amount(now, currency),
            Money.amount(line.spent(), currency),
            line.budget().signum() == 0
                ? "not in the budget"
                : line.spent()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(line.budget(), 2, RoundingMode.HALF_EVEN)
                        .toPlainString()
                    + "%"
          });
    }
    return rows;
  }

  private static List<String[]> indicatorRows(AgreementProgress progress, int period) {
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
                : row.expected()
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString(),
            row == null
                ? ""
                : row.actual() != null
                    ? row.actual().stripTrailingZeros().toPlainString()
                    : row.description() == null ? "" : row.description(),
            row == null || row.rating() == null ? "" : row.rating().name()
          });
    }
    return rows;
  }
}
