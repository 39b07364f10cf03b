package org.accord.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.budget.Budget;
import org.accord.budget.BudgetLine;
import org.accord.budget.BudgetLineType;
import org.accord.budget.FundingSource;
import org.accord.shared.Money;

/**
 * The budget as the MoU prints it: a row per budget line, a column per source of funds that
 * finances any line, the totals last.
 */
final class BudgetTable {

  private static final float LINE_COLUMN = 0.28f;

  private BudgetTable() {}

  static float[] widths(Budget budget) {
    int amounts = sources(budget).size() + 1;
    float[] widths = new float[amounts + 1];
    widths[0] = LINE_COLUMN;
    Arrays.fill(widths, 1, widths.length, (1 - LINE_COLUMN) / amounts);
    return widths;
  }

  static String[] header(Budget budget) {
    List<String> header = new ArrayList<>();
    header.add("Budget line");
    sources(budget).forEach(source -> header.add(source.label()));
    header.add("Total");
    return header.toArray(String[]::new);
  }

  static List<String[]> rows(Budget budget) {
    List<FundingSource> sources = sources(budget);
    List<String[]> rows = new ArrayList<>();
    for (BudgetLineType type : BudgetLineType.values()) {
      if (budget.total(type).signum() == 0) {
        continue;
      }
      List<String> row = new ArrayList<>();
      row.add(type.label());
      for (FundingSource source : sources) {
        row.add(amount(lineTotal(budget, type, source), budget.currency()));
      }
      row.add(Money.amount(budget.total(type), budget.currency()));
      rows.add(row.toArray(String[]::new));
    }
    List<String> totals = new ArrayList<>();
    totals.add("Total");
    sources.forEach(source -> totals.add(Money.amount(budget.total(source), budget.currency())));
    totals.add(Money.amount(budget.total(), budget.currency()));
    rows.add(totals.toArray(String[]::new));
    return rows;
  }

  /** The programme support rate and what each in-kind contribution is. */
  static String notes(Budget budget) {
    List<String> notes = new ArrayList<>();
    if (budget.programmeSupportRate().signum() > 0) {
      notes.add(
          "Programme support costs are "
              + budget.programmeSupportRate().stripTrailingZeros().toPlainString()
              + "% of the direct costs the Partner's cash finances.");
    }
    String inKind =
        budget.lines().stream()
            .filter(line -> line.source() == FundingSource.IN_KIND)
            .map(line -> line.line().label() + ": " + line.description())
            .collect(Collectors.joining("; "));
    if (!inKind.isEmpty()) {
      notes.add("Contributions in kind, at their value: " + inKind + ".");
    }
    return String.join(" ", notes);
  }

  private static List<FundingSource> sources(Budget budget) {
    return Arrays.stream(FundingSource.values())
        .filter(source -> budget.total(source).signum() > 0)
        .toList();
  }

  private static BigDecimal lineTotal(Budget budget, BudgetLineType type, FundingSource source) {
    return budget.lines().stream()
        .filter(line -> line.line() == type && line.source() == source)
        .map(BudgetLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String amount(BigDecimal amount, String currency) {
    return amount.signum() == 0 ? "" : Money.amount(amount, currency);
  }
}
