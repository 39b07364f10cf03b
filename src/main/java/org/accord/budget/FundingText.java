package org.accord.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.shared.Money;

/** The money terms as the Tasklist forms show them, one line of text per budget line. */
public final class FundingText {

  private FundingText() {}

  /**
   * "Staff: partner's cash 40,000.00; in kind 5,000.00 (office space)", a line per budget line,
   * then the totals by source.
   */
  public static String budget(Budget budget) {
    String currency = budget.currency();
    Map<BudgetLineType, List<String>> byLine = new LinkedHashMap<>();
    for (BudgetLine line : budget.lines()) {
      String financed =
          line.source().label().toLowerCase(Locale.ENGLISH)
              + " "
              + Money.amount(line.amount(), currency)
              + (line.description() == null ? "" : " (" + line.description() + ")");
      byLine.computeIfAbsent(line.line(), type -> new ArrayList<>()).add(financed);
    }
    StringBuilder text = new StringBuilder("In " + currency + ", by line and source of funds:\n");
    byLine.forEach(
        (type, financed) -> {
          text.append(type.label());
          if (type == BudgetLineType.PROGRAMME_SUPPORT_COSTS) {
            text.append(" (")
                .append(budget.programmeSupportRate().stripTrailingZeros().toPlainString())
                .append("% of the direct costs the partner's cash finances)");
          }
          text.append(": ").append(String.join("; ", financed)).append('\n');
        });
    List<String> totals = new ArrayList<>();
    for (FundingSource source : FundingSource.values()) {
      BigDecimal total = budget.total(source);
      if (total.signum() > 0) {
        totals.add(source.label() + " " + Money.amount(total, currency));
      }
    }
    return text.append("Totals: ")
        .append(String.join(", ", totals))
        .append("; the whole budget ")
        .append(Money.of(budget.total(), currency))
        .toString();
  }

  /** "1. EUR 26,750.00 on signature", an instalment per line. */
  public static String schedule(List<Instalment> schedule) {
    StringBuilder text = new StringBuilder();
    for (Instalment instalment : schedule) {
      if (!text.isEmpty()) {
        text.append('\n');
      }
      text.append(instalment.number())
          .append(". ")
          .append(Money.of(instalment.amount(), instalment.currency()))
          .append(' ')
          .append(Character.toLowerCase(instalment.when().charAt(0)))
          .append(instalment.when().substring(1));
    }
    return text.toString();
  }
}
