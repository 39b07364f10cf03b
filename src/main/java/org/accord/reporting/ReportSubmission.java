package org.accord.reporting;

import java.util.List;

/**
 * A progress report as the officer submits it. The expenditure is given per line of the budget
 * ({@code expenditureByLine}), or, as clients did before, as one figure ({@code expenditure}),
 * recorded as other direct costs; given both, they must agree. Amounts are decimal strings.
 */
public record ReportSubmission(
    String narrative,
    String expenditure,
    List<LineEntry> expenditureByLine,
    List<IndicatorActual> indicatorActuals) {

  /** A line's expenditure as sent: text, so that a wrong one is named by its field. */
  public record LineEntry(String line, String amount) {}
}
