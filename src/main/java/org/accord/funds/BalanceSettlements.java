package org.accord.funds;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.PartnershipAgreementProcess.SettlementDecision;
import org.accord.audit.AuditTrail;
import org.accord.funds.persistence.SettlementMapper;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.Partner;
import org.accord.shared.ConflictException;
import org.accord.shared.Money;
import org.accord.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cash balance settled before an agreement closes: nothing closes with an unexplained balance.
 * Money left over is refunded to the donor or, with the donor's written agreement, reprogrammed;
 * money spent beyond what was received is covered by the agency. The donor is told of a refund and
 * of a reprogramming.
 */
@Service
public class BalanceSettlements {

  private final AgreementService agreements;
  private final CashPositions cash;
  private final SettlementMapper settlements;
  private final NotificationService notifications;
  private final Audience audience;
  private final AuditTrail audit;
  private final Clock clock;

  BalanceSettlements(
      AgreementService agreements,
      CashPositions cash,
      SettlementMapper settlements,
      NotificationService notifications,
      Audience audience,
      AuditTrail audit,
      Clock clock) {
    this.agreements = agreements;
    this.cash = cash;
    this.settlements = settlements;
    this.notifications = notifications;
    this.audience = audience;
    this.audit = audit;
    this.clock = clock;
  }

  /** Whether finance has a balance to settle: any cash in hand, or any spent beyond it. */
  public boolean isNeeded(String reference) {
    return find(reference).isEmpty() && cash.of(reference).balance().signum() != 0;
  }

  public Optional<Settlement> find(String reference) {
    return settlements.find(agreements.require(reference).id());
  }

  /**
   * Settles the balance as it stands now (a receipt may have come in since the task opened): every
   * field checked against the decision, 400 naming it, nothing written when one is wrong.
   */
  @Transactional
  public Settlement settle(String reference, SettlementRequest request, String settledBy) {
    Agreement agreement = agreements.require(reference);
    CashPosition position = cash.of(reference);
    BigDecimal balance = position.balance();
    Violations violations = new Violations();
    SettlementDecision decision =
        violations.requireOneOf(SETTLEMENT_DECISION, request.decision(), SettlementDecision.class);
    LocalDate today = LocalDate.now(clock);
    String note = request.note() == null || request.note().isBlank() ? null : request.note();
    if (note != null) {
      violations.requireText(SETTLEMENT_NOTE, note, 2000);
    }
    String bankReference = null;
    String consentReference = null;
    LocalDate refundDate = null;
    LocalDate consentDate = null;
    if (decision == SettlementDecision.REFUND || decision == SettlementDecision.REPROGRAMME) {
      if (balance.signum() <= 0) {
        violations.add(
            SETTLEMENT_DECISION,
            "the balance is "
                + Money.of(balance, position.currency())
                + ": there is nothing unspent to "
                + (decision == SettlementDecision.REFUND ? "refund" : "reprogramme")
                + "; choose COVERED_BY_AGENCY");
      }
    } else if (decision == SettlementDecision.COVERED_BY_AGENCY && balance.signum() > 0) {
      violations.add(
          SETTLEMENT_DECISION,
          Money.of(balance, position.currency())
              + " is left unspent: refund it or reprogramme it with the donor's agreement");
    }
    if (decision == SettlementDecision.REFUND) {
      refundDate = pastDate(violations, REFUND_VALUE_DATE, request.refundValueDate(), today);
      bankReference =
          violations.requireText(REFUND_BANK_REFERENCE, request.refundBankReference(), 100);
    }
    if (decision == SettlementDecision.REPROGRAMME) {
      consentReference =
          violations.requireText(DONOR_CONSENT_REFERENCE, request.donorConsentReference(), 200);
      consentDate = pastDate(violations, DONOR_CONSENT_DATE, request.donorConsentDate(), today);
    }
    violations.throwIfAny();
    if (bankReference != null && settlements.refundBankReferenceRecorded(bankReference)) {
      throw new ConflictException(
          "The bank reference " + bankReference + " is already recorded for another refund");
    }
    Settlement settlement =
        new Settlement(
            decision,
            balance,
            position.currency(),
            refundDate,
            bankReference,
            consentReference,
            consentDate,
            note,
            settledBy,
            OffsetDateTime.now(clock));
    try {
      settlements.insert(agreement.id(), settlement);
    } catch (DuplicateKeyException settledAlready) {
      throw new ConflictException(reference + " is already settled");
    }
    audit.recordAs(settledBy, "SETTLEMENT", reference, reference, "SETTLED", null, settlement);
    if (decision != SettlementDecision.COVERED_BY_AGENCY) {
      tellDonor(agreement, settlement);
    }
    return settlement;
  }

  private static LocalDate pastDate(
      Violations violations, String field, LocalDate date, LocalDate today) {
    LocalDate given = violations.requirePresent(field, date);
    if (given != null && given.isAfter(today)) {
      violations.add(field, "must not be in the future: it is recorded once it happened");
    }
    return given;
  }

  private void tellDonor(Agreement agreement, Settlement settlement) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", agreement.reference());
    model.put("title", agreement.title());
    model.put("balance", new Amount(settlement.balance(), settlement.currency()));
    model.put("refund", settlement.decision() == SettlementDecision.REFUND);
    if (settlement.decision() == SettlementDecision.REFUND) {
      model.put("bankReference", settlement.refundBankReference());
      model.put("valueDate", settlement.refundValueDate());
    } else {
      model.put("consentReference", settlement.donorConsentReference());
      model.put("note", settlement.note());
    }
    notifications.queue(
        new Message(
            "settled:" + agreement.reference(),
            "funds-settled",
            agreement.reference(),
            audience.ofGroups(List.of(Partner.donorGroupOf(agreement.partnerCode()))),
            model));
  }
}
