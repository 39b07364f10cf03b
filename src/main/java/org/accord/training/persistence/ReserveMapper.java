package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The reserve for free seats: a balance per agreement and currency, and its ledger. */
@Mapper
public interface ReserveMapper {

  record BalanceRow(String currency, BigDecimal balance) {}

  record EntryRow(
      long id,
      String currency,
      String kind,
      BigDecimal amount,
      BigDecimal balanceAfter,
      Long enrolmentId,
      String note,
      Instant recordedAt,
      String recordedBy) {}

  /** Makes the balance's row, at zero, unless it exists. */
  void open(@Param("agreementId") long agreementId, @Param("currency") String currency);

  /** The balance, its row locked until the transaction ends: one credit or debit at a time. */
  BigDecimal lockBalance(
      @Param("agreementId") long agreementId, @Param("currency") String currency);

  void setBalance(
      @Param("agreementId") long agreementId,
      @Param("currency") String currency,
      @Param("balance") BigDecimal balance);

  long insertEntry(@Param("agreementId") long agreementId, @Param("e") EntryRow entry);

  List<BalanceRow> balances(long agreementId);

  List<EntryRow> entries(long agreementId);
}
