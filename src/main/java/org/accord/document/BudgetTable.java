package org.accord.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.budget.Budget;
import org.accord.budget.BudgetLine;
import org.accord.budget.BudgetLineType;
import org.accord.budget.FundingSource;

/**
 * The budget as the MoU prints it, in the MoU's language: a row per budget line, a column per
 * source of funds that finances any line, the totals last.
 */
final class BudgetTable {

  private static final float LINE_COLUMN = 0.28f;

  private final Budget budget;
  private final Wording words;

  BudgetTable(Budget budget, Wording words) {
    this.budget = budget;
    this.words = words;
  }

  float[] widths() {
    int amounts = sources().size() + 1;
    float[] widths = new float[amounts + 1];
    widths[0] = LINE_COLUMN;
    Arrays.fill(widths, 1, widths.length, (1 - LINE_COLUMN) / amounts);
    return widths;
  }

  String[] header() {
    List<String> header = new ArrayList<>();
    header.add(words.text("budget.line"));
    sources().forEach(source -> header.add(words.term(source)));
    header.add(words.text("budget.total"));
    return header.toArray(String[]::new);
  }

  List<String[]> rows() {
    List<FundingSource> sources = sources();
    List<String[]> rows = new ArrayList<>();
    for (BudgetLineType type : BudgetLineType.values()) {
      if (budget.total(type).signum() == 0) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(words.term(type));
      for (FundingSource source : sources) {
        row.add(amount(lineTotal(type, source)));
      }
      row.add(words.sum(budget.total(type), budget.currency()));
      rows.add(row.toArray(String[]::new));
    }
    List<String> totals = new ArrayList<>();
    totals.add(words.text("budget.total"));
    sources.forEach(source -> totals.add(words.sum(budget.total(source), budget.currency())));
    totals.add(words.sum(budget.total(), budget.currency()));
    rows.add(totals.toArray(String[]::new));
    return rows;
  }

  /** The programme support rate and what each in-kind contribution is. */
  String notes() {
    List<String> notes = new ArrayList<>();
    if (budget.programmeSupportRate().signum() > 0) {
      notes.add(
          words.text(
              "budget.supportRate", Map.of("rate", words.percent(budget.programmeSupportRate()))));
    }
    String inKind =
        budget.lines().stream()
            .filter(line -> line.source() == FundingSource.IN_KIND)
            .map(line -> words.term(line.line()) + ": " + line.description())
            .collect(Collectors.joining("; "));
    if (!inKind.isEmpty()) {
      notes.add(words.text("budget.inKind", Map.of("lines", inKind)));
    }
    return String.join(" ", notes);
  }

  private List<FundingSource> sources() {
    return Arrays.stream(FundingSource.values())
        .filter(source -> budget.total(source).signum() > 0)
        .toList();
  }

  private BigDecimal lineTotal(BudgetLineType type, FundingSource source) {
    return budget.lines().stream()
        .filter(line -> line.line() == type && line.source() == source)
        .map(BudgetLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private String amount(BigDecimal amount) {
    return amount.signum() == 0 ? "" : words.sum(amount, budget.currency());
  }
}
