package org.accord.training.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The closures of training sessions: their revenue, shares and costs, and the partner's payment.
 */
@Mapper
public interface ClosureMapper {

  record ClosureRow(
      long sessionId,
      String currency,
      BigDecimal revenue,
      BigDecimal reservePercent,
      BigDecimal agencyPercent,
      BigDecimal partnerPercent,
      BigDecimal reserveShare,
      BigDecimal agencyShare,
      BigDecimal partnerShare,
      BigDecimal agencyCosts,
      BigDecimal partnerCosts,
      Instant closedAt,
      String closedBy,
      BigDecimal paidAmount,
      LocalDate paidOn,
      String bankReference,
      Instant paidAt,
      String paidBy) {}

  record CostRow(
      String item,
      String borneBy,
      BigDecimal amount,
      BigDecimal agencyPart,
      BigDecimal partnerPart) {}

  /** The fees paid by the session's confirmed participants; zero when none paid. */
  BigDecimal feesReceived(long sessionId);

  void insert(ClosureRow closure);

  void insertCost(@Param("sessionId") long sessionId, @Param("cost") CostRow cost);

  Optional<ClosureRow> closure(long sessionId);

  /** The closure's row locked, for the payment of the partner's share. */
  Optional<ClosureRow> lockClosure(long sessionId);

  List<CostRow> costs(long sessionId);

  record Statement(String fileName, String sha256, byte[] content) {}

  /** The session's statement as sent, if it was. */
  Optional<Statement> statement(long sessionId);

  void recordStatement(
      @Param("sessionId") long sessionId,
      @Param("statement") Statement statement,
      @Param("at") Instant at);

  void recordPayment(
      @Param("sessionId") long sessionId,
      @Param("amount") BigDecimal amount,
      @Param("paidOn") LocalDate paidOn,
      @Param("bankReference") String bankReference,
      @Param("at") Instant at,
      @Param("by") String by);
}
