package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.budget.Budget;
import org.accord.budget.BudgetLine;
import org.accord.budget.BudgetLineType;
import org.accord.budget.FundingSource;

/**
 * One line of an agreement's budget beside what the reports say was spent on it: the partner's cash
 * the line was given (the money the cash balance follows) and the spending of every period, each
 * counted by its latest submission.
 */
public record LineSpending(
    BudgetLineType line,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent) {

  private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

  /**
   * Every line the partner's cash finances, and any other a report spent on (the single figure of
   * an older client is other direct costs, whatever the budget), in the order of the lines.
   */
  public static List<LineSpending> of(Budget budget, List<PeriodReport> periods) {
    Map<BudgetLineType, BigDecimal> spent = PeriodReport.spentByLine(periods);
    List<LineSpending> rows = new ArrayList<>();
    for (BudgetLineType line : BudgetLineType.values()) {
      BigDecimal given = partnerCash(budget, line);
      BigDecimal used = spent.getOrDefault(line, NONE);
      if (given.signum() > 0 || used.signum() > 0) {
        rows.add(new LineSpending(line, given, used));
      }
    }
    return rows;
  }

  /** The partner's cash of the line: what an officer may report spending against. */
  public static BigDecimal partnerCash(Budget budget, BudgetLineType line) {
    return budget.lines().stream()
        .filter(each -> each.line() == line && each.source() == FundingSource.PARTNER_CASH)
        .map(BudgetLine::amount)
        .reduce(NONE, BigDecimal::add);
  }
}
