package org.accord.budget;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An agreement's budget: its lines by source, in the agreement's currency, with the programme
 * support rate (a percentage) the programme support costs line was computed with.
 */
public record Budget(
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal programmeSupportRate,
    List<BudgetLine> lines) {

  /** The agreement's amount: every line the partner's cash finances. */
  @JsonProperty
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal partnerCash() {
    return total(FundingSource.PARTNER_CASH);
  }

  /** What the partnership costs, whoever finances it. */
  @JsonProperty
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public BigDecimal total() {
    return sum(line -> true);
  }

  public BigDecimal total(FundingSource source) {
    return sum(line -> line.source() == source);
  }

  public BigDecimal total(BudgetLineType type) {
    return sum(line -> line.line() == type);
  }

  /** The same lines, sources, amounts and rate, whatever the amounts' scale. */
  public boolean sameAs(Budget other) {
    if (programmeSupportRate.compareTo(other.programmeSupportRate) != 0
        || lines.size() != other.lines.size()) {
      return false;
    }
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine mine = lines.get(i);
      BudgetLine theirs = other.lines.get(i);
      if (mine.line() != theirs.line()
          || mine.source() != theirs.source()
          || mine.amount().compareTo(theirs.amount()) != 0
          || !Objects.equals(mine.description(), theirs.description())) {
        return false;
      }
    }
    return true;
  }

  private BigDecimal sum(Predicate<BudgetLine> which) {
    return lines.stream()
        .filter(which)
        .map(BudgetLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
