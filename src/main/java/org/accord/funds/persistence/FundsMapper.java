package org.accord.funds.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.accord.currency.ExchangeRate;
import org.accord.funds.Collection;
import org.accord.funds.MobilizedFunds.ByPriority;
import org.accord.funds.Receipt;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FundsMapper {

  /** Starts an instalment's collection; a second start (a retried step) changes nothing. */
  void insertCollection(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("amount") BigDecimal amount,
      @Param("currency") String currency,
      @Param("expectedUsd") BigDecimal expectedUsd,
      @Param("startedOn") LocalDate startedOn);

  /**
   * Starts the collection of an instalment an amendment added or restated: a collection of that
   * number not yet called (restated, or cancelled by an earlier amendment) takes the new terms.
   */
  void restateCollection(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("amount") BigDecimal amount,
      @Param("currency") String currency,
      @Param("expectedUsd") BigDecimal expectedUsd,
      @Param("startedOn") LocalDate startedOn);

  void recordCall(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("calledOn") LocalDate calledOn,
      @Param("payBy") LocalDate payBy,
      @Param("documentId") long documentId);

  /** Marks the instalment CANCELLED unless it was received in full. */
  void cancel(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("cancelledOn") LocalDate cancelledOn);

  Optional<Collection> find(
      @Param("agreementId") long agreementId, @Param("instalment") int instalment);

  /**
   * The collection, locked until the transaction ends: two receipts for one instalment are weighed
   * against what is outstanding one after the other. Read in a statement after the lock's: a
   * statement that waited for a lock still sees, in its subqueries, the rows as they were when it
   * began, so what it reads must not depend on anything but the locked row.
   */
  default Optional<Collection> lock(long agreementId, int instalment) {
    return Boolean.TRUE.equals(lockRow(agreementId, instalment))
        ? find(agreementId, instalment)
        : Optional.empty();
  }

  /** Locks the collection's row until the transaction ends; null if there is none. */
  Boolean lockRow(@Param("agreementId") long agreementId, @Param("instalment") int instalment);

  List<Collection> findByAgreement(long agreementId);

  /** A new receipt; the rate is the one in force at its value date. */
  long insertReceipt(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("amount") BigDecimal amount,
      @Param("currency") String currency,
      @Param("valueDate") LocalDate valueDate,
      @Param("bankReference") String bankReference,
      @Param("rate") ExchangeRate rate,
      @Param("amountUsd") BigDecimal amountUsd,
      @Param("towardInstalment") BigDecimal towardInstalment,
      @Param("exchangeDifferenceUsd") BigDecimal exchangeDifferenceUsd,
      @Param("overpayment") boolean overpayment,
      @Param("recordedBy") String recordedBy,
      @Param("recordedAt") OffsetDateTime recordedAt);

  /**
   * Adds to what has come in towards the instalment (a reversal adds the negated amount), under the
   * lock the receipt or reversal holds on it.
   */
  void addReceived(
      @Param("agreementId") long agreementId,
      @Param("instalment") int instalment,
      @Param("amount") BigDecimal amount);

  boolean bankReferenceRecorded(String bankReference);

  /** Marks the receipt reversed unless it already is; the number of receipts reversed. */
  int reverse(
      @Param("id") long id,
      @Param("reversedBy") String reversedBy,
      @Param("reversedAt") OffsetDateTime reversedAt,
      @Param("reason") String reason);

  List<Receipt> findReceipts(long agreementId);

  /** One receipt of the agreement, reversed or not. */
  Optional<Receipt> findReceipt(@Param("agreementId") long agreementId, @Param("id") long id);

  /**
   * The agreements closed or terminated that still have an instalment neither received in full nor
   * cancelled: their collections were not stopped.
   */
  List<String> findEndedStillCollected(@Param("limit") int limit);

  /** Marks every instalment of the agreement not received in full CANCELLED. */
  void cancelAll(
      @Param("agreementId") long agreementId, @Param("cancelledOn") LocalDate cancelledOn);

  /** USD received by priority: receipts not reversed, valued in the days from and before to. */
  List<ByPriority> receivedByPriority(
      @Param("from") LocalDate from, @Param("before") LocalDate before);
}
