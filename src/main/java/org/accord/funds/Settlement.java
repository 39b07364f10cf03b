package org.accord.funds;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.accord.agreement.PartnershipAgreementProcess.SettlementDecision;

/**
 * How an agreement's cash balance was settled at closure: the balance (received less spent, in the
 * agreement's currency), the decision, and what it rests on — the refund's bank payment, or the
 * donor's written agreement to reprogramme it.
 */
public record Settlement(
    SettlementDecision decision,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
    String currency,
    LocalDate refundValueDate,
    String refundBankReference,
    String donorConsentReference,
    LocalDate donorConsentDate,
    String note,
    String settledBy,
    OffsetDateTime settledAt) {

  /** What left the agency's account for the donor: the balance when refunded, else nothing. */
  public BigDecimal refunded() {
    return decision == SettlementDecision.REFUND ? balance : BigDecimal.ZERO;
  }
}
