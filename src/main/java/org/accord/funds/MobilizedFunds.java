package org.accord.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.accord.agreement.Priority;
import org.accord.funds.persistence.FundsMapper;
import org.springframework.stereotype.Component;

/**
 * The money the partners actually paid in a year: every receipt not reversed whose value date falls
 * in it, in US dollars at the rate of that date, by the agreement's priority.
 */
@Component
public class MobilizedFunds {

  /** A row of the sum. */
  public record ByPriority(Priority priority, BigDecimal receivedUsd) {}

  private final FundsMapper funds;

  MobilizedFunds(FundsMapper funds) {
    this.funds = funds;
  }

  /** Every priority, those with nothing received at 0.00. */
  public Map<Priority, BigDecimal> byPriority(int year) {
    Map<Priority, BigDecimal> received = new EnumMap<>(Priority.class);
    for (Priority priority : Priority.values()) {
      received.put(priority, new BigDecimal("0.00"));
    }
    for (ByPriority row :
        funds.receivedByPriority(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
      received.put(row.priority(), row.receivedUsd());
    }
    return received;
  }
}
