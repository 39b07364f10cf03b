package org.accord.budget;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
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

  private BigDecimal sum(Predicate<BudgetLine> which) {
    return lines.stream()
        .filter(which)
        .map(BudgetLine::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
