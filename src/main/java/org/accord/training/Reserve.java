package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The reserve for free seats of one agreement: its balance in each currency, and its ledger. */
public record Reserve(String agreement, List<Balance> balances, List<Entry> entries) {

  public record Balance(
      String currency, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {}

  /** A credit (the revenue's share, a free seat given back) or a debit (a free seat). */
  public record Entry(
      long id,
      String currency,
      String kind,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balanceAfter,
      Long enrolmentId,
      String note,
      Instant recordedAt,
      String recordedBy) {}
}
