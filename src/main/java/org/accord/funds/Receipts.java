package org.accord.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.audit.AuditTrail;
import org.accord.currency.CurrencyService;
import org.accord.currency.ExchangeRate;
import org.accord.duties.Act;
import org.accord.duties.DutiesGuard;
import org.accord.funds.persistence.FundsMapper;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.security.Roles;
import org.accord.shared.ConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The money received against instalments. A receipt counts once: a bank reference is recorded once,
 * and receipts for one instalment are weighed against what is outstanding one at a time.
 */
@Service
public class Receipts {

  private final AgreementService agreements;
  private final FundsMapper funds;
  private final CurrencyService currencies;
  private final NotificationService notifications;
  private final Audience audience;
  private final AuditTrail audit;
  private final DutiesGuard duties;
  private final Clock clock;

  Receipts(
      AgreementService agreements,
      FundsMapper funds,
      CurrencyService currencies,
      NotificationService notifications,
      Audience audience,
      AuditTrail audit,
      DutiesGuard duties,
      Clock clock) {
    this.agreements = agreements;
    this.funds = funds;
    this.currencies = currencies;
    this.notifications = notifications;
    this.audience = audience;
    this.audit = audit;
    this.duties = duties;
    this.clock = clock;
  }

  /**
   * Records the receipt, converted at the rate in force at its value date. An over-payment is kept
   * as such, and managers are told in the same transaction: the message goes out once, whatever
   * happens after.
   */
  @Transactional
  public Receipt record(String reference, ReceiptRequest request, String recordedBy) {
    Agreement agreement = agreements.require(reference);
    Violations violations = new Violations();
    String currency = request.currency() == null ? null : request.currency().strip();
    BigDecimal amount = null;
    if (currency == null || currency.isEmpty()) {
      violations.add("currency", "is required");
    } else if (!currencies.isKnown(currency)) {
      violations.add("currency", "'" + currency + "' is not a known ISO 4217 currency");
    } else {
      amount = violations.requireMoney("amount", request.amount(), currency, false);
    }
    LocalDate valueDate = violations.requirePresent("valueDate", request.valueDate());
    if (valueDate != null && valueDate.isAfter(LocalDate.now(clock))) {
      violations.add("valueDate", "must not be in the future: money is recorded once received");
    }
    String bankReference = violations.requireText("bankReference", request.bankReference(), 100);
    int number = instalment(agreement, request.instalment(), violations);
    violations.throwIfAny();
    if (funds.bankReferenceRecorded(bankReference)) {
      throw new ConflictException(
          "The bank reference " + bankReference + " is already recorded: a receipt counts once");
    }
    Collection collection = funds.lock(agreement.id(), number).orElseThrow();
    ExchangeRate rate = currencies.rateOn(currency, valueDate);
    BigDecimal amountUsd = currencies.toUsd(amount, currency, valueDate);
    BigDecimal toward = currencies.convert(amount, currency, collection.currency(), valueDate);
    boolean overpayment = Boolean.TRUE.equals(request.overpayment());
    if (toward.compareTo(collection.outstanding()) > 0 && !overpayment) {
      throw new InvalidInputException(
          "amount",
          "is "
              + Money.of(toward, collection.currency())
              + " towards instalment "
              + number
              + ", which has "
              + Money.of(collection.outstanding(), collection.currency())
              + " outstanding: record it with overpayment true if the donor paid more");
    }
    // What this part of the instalment was expected to be worth, at the rate of the commitment.
    BigDecimal expectedUsd =
        collection
            .expectedUsd()
            .multiply(toward)
            .divide(collection.amount(), 2, RoundingMode.HALF_EVEN);
    long id;
    try {
      id =
          funds.insertReceipt(
              agreement.id(),
              number,
              amount,
              currency,
              valueDate,
              bankReference,
              rate,
              amountUsd,
              toward,
              amountUsd.subtract(expectedUsd),
              overpayment,
              recordedBy,
              OffsetDateTime.now(clock));
    } catch (DuplicateKeyException twoClerksAtOnce) {
      throw new ConflictException(
          "The bank reference " + bankReference + " is already recorded: a receipt counts once");
    }
    funds.addReceived(agreement.id(), number, toward);
    Receipt receipt = find(agreement, id);
    audit.recordAs(recordedBy, "RECEIPT", String.valueOf(id), reference, "RECORDED", null, receipt);
    if (overpayment) {
      tellManagersOfOverpayment(agreement, receipt, collection);
    }
    return receipt;
  }

  /**
   * Reverses a receipt recorded by mistake: it stays in the ledger, marked, and counts no more.
   * Whoever recorded it does not reverse it.
   */
  @Transactional
  public Receipt reverse(String reference, long id, String reason, String reversedBy) {
    Agreement agreement = agreements.require(reference);
    Receipt receipt =
        funds
            .findReceipt(agreement.id(), id)
            .orElseThrow(() -> new NotFoundException(reference + " has no receipt " + id));
    Violations violations = new Violations();
    String why = violations.requireText("reason", reason, 2000);
    violations.throwIfAny();
    duties.require(
        new Act(FundsCollectionProcess.Duties.REVERSE_RECEIPT, reversedBy, null, caseOf(id), null),
        reference);
    funds.lock(agreement.id(), receipt.instalment()).orElseThrow();
    if (funds.reverse(id, reversedBy, OffsetDateTime.now(clock), why) == 0) {
      throw new ConflictException("Receipt " + id + " is already reversed");
    }
    funds.addReceived(agreement.id(), receipt.instalment(), receipt.towardInstalment().negate());
    Receipt reversed = find(agreement, id);
    audit.recordAs(
        reversedBy, "RECEIPT", String.valueOf(id), reference, "REVERSED", receipt, reversed);
    return reversed;
  }

  /** The case a receipt's acts share: its recording and its reversal. */
  static String caseOf(long receiptId) {
    return "receipt:" + receiptId;
  }

  public List<Receipt> list(String reference) {
    return funds.findReceipts(agreements.require(reference).id());
  }

  private Receipt find(Agreement agreement, long id) {
    return funds.findReceipt(agreement.id(), id).orElseThrow();
  }

  /** The instalment named, or the first with anything outstanding; refused if none is open. */
  private int instalment(Agreement agreement, Integer requested, Violations violations) {
    if (agreement.status() == AgreementStatus.CLOSED) {
      violations.add("instalment", agreement.reference() + " is CLOSED: it receives no money");
      return 0;
    }
    List<Collection> collections = funds.findByAgreement(agreement.id());
    if (collections.isEmpty()) {
      violations.add(
          "instalment",
          agreement.reference()
              + " is "
              + agreement.status()
              + ": its instalments are collected once it is ACTIVE");
      return 0;
    }
    if (requested != null) {
      Collection named =
          collections.stream()
              .filter(collection -> collection.instalment() == requested)
              .findFirst()
              .orElse(null);
      if (named == null) {
        violations.add(
            "instalment",
            agreement.reference() + " has instalments 1 to " + collections.size() + " only");
      } else if (named.status() == InstalmentStatus.CANCELLED) {
        violations.add("instalment", "instalment " + requested + " was cancelled by amendment");
      }
      return requested;
    }
    return collections.stream()
        .filter(collection -> collection.status() != InstalmentStatus.CANCELLED)
        .filter(collection -> collection.outstanding().signum() > 0)
        .findFirst()
        .or(() -> collections.stream().reduce((first, last) -> last))
        .map(Collection::instalment)
        .orElseThrow();
  }

  private void tellManagersOfOverpayment(
      Agreement agreement, Receipt receipt, Collection collection) {
    Map<String, Object> model = new HashMap<>();
    model.put("reference", agreement.reference());
    model.put("title", agreement.title());
    model.put("instalment", String.valueOf(receipt.instalment()));
    model.put("received", new Amount(receipt.amount(), receipt.currency()));
    model.put("outstanding", new Amount(collection.outstanding(), collection.currency()));
    model.put("bankReference", receipt.bankReference());
    notifications.queue(
        new Message(
            "overpayment:" + receipt.id(),
            "funds-overpaid",
            agreement.reference(),
            audience.ofGroups(List.of(Roles.MANAGERS)),
            model));
  }
}
