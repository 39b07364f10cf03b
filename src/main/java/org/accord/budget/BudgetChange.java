package org.accord.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How far a budget has moved from the budget as signed, compared line by line: each line financed
 * by each source (STAFF by the partner's cash, STAFF in kind, ...) against the same line and source
 * as signed, a line that is new or gone counting in full.
 *
 * <p>The money moved is the larger of the sum of the increases and the sum of the decreases: a
 * reallocation between lines moves as much out of some lines as into others, and is counted once,
 * not twice; a plain increase or cut of the budget counts by what it adds or removes. The share is
 * the money moved over the whole budget as signed, every source included: the MoU signs the whole
 * table, co-financing and in-kind contributions too, so that a change of the agency's own
 * co-financing weighs as much as one of the partner's cash. For a budget of one line financed by
 * the partner's cash (a bare amount) the share is the change of the amount over the signed amount,
 * the rule Accord applied before budgets had lines.
 */
public record BudgetChange(BigDecimal increases, BigDecimal decreases, BigDecimal signedTotal) {

  /** The change of {@code proposed} against {@code signed}, both in the agreement's currency. */
  public static BudgetChange since(Budget signed, Budget proposed) {
    Map<String, BigDecimal> before = byLineAndSource(signed);
    Map<String, BigDecimal> after = byLineAndSource(proposed);
    Set<String> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    BigDecimal increases = BigDecimal.ZERO;
    BigDecimal decreases = BigDecimal.ZERO;
    for (String key : keys) {
      BigDecimal difference =
          after
              .getOrDefault(key, BigDecimal.ZERO)
              .subtract(before.getOrDefault(key, BigDecimal.ZERO));
      if (difference.signum() > 0) {
        increases = increases.add(difference);
      } else {
        decreases = decreases.add(difference.negate());
      }
    }
    return new BudgetChange(increases, decreases, signed.total());
  }

  /** What moved: the larger of the increases and the decreases. */
  public BigDecimal moved() {
    return increases.max(decreases);
  }

  /** The money moved over the whole budget as signed, to six decimals (0.150000 is 15%). */
  public BigDecimal share() {
    return signedTotal.signum() == 0
        ? BigDecimal.ONE
        : moved().divide(signedTotal, 6, RoundingMode.HALF_UP);
  }

  private static Map<String, BigDecimal> byLineAndSource(Budget budget) {
    Map<String, BigDecimal> amounts = new HashMap<>();
    for (BudgetLine line : budget.lines()) {
      amounts.merge(line.line() + "/" + line.source(), line.amount(), BigDecimal::add);
    }
    return amounts;
  }
}
