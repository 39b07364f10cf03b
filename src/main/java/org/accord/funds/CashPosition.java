package org.accord.funds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.accord.reporting.LineSpending;

/**
 * An agreement's cash in its own currency: the budget (the partner's cash), what was received (each
 * receipt converted at its value date's rate, reversed ones left out), what the progress reports
 * say was spent, what was refunded to the donor at closure, the balance in hand, and the share of
 * the budget spent; and, per line of the budget, the partner's cash it was given beside what was
 * spent on it, the lines adding up to the budget and to what was spent.
 */
public record CashPosition(
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal burnRatePercent,
    List<LineSpending> lines) {

  /** More was spent than received: the agency pre-financed the partnership. */
  public boolean isOverspent() {
    return balance.signum() < 0;
  }
}
