package org.accord.funds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * An agreement's cash in its own currency: the budget (the partner's cash), what was received (each
 * receipt converted at its value date's rate, reversed ones left out), what the progress reports
 * say was spent, what was refunded to the donor at closure, the balance in hand, and the share of
 * the budget spent.
 */
public record CashPosition(
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal received,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refunded,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal burnRatePercent) {

  /** More was spent than received: the agency pre-financed the partnership. */
  public boolean isOverspent() {
    return balance.signum() < 0;
  }
}
