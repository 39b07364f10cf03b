package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.currency.CurrencyService;
import org.accord.security.CurrentUser;
import org.accord.shared.Violations;
import org.accord.training.persistence.ReserveMapper;
import org.accord.training.persistence.ReserveMapper.EntryRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reserve for free seats of a training cooperation: a running balance per currency, credited
 * from the revenue's reserve share (by the session's closure) and debited by free seats at the fee
 * the participant would otherwise have paid. Every credit and debit takes the balance's row lock,
 * so two free seats can never both take the last of it, and the balance never goes negative (the
 * table holds that too).
 */
@Service
public class TrainingReserve {

  static final String CREDIT = "CREDIT";
  static final String DEBIT = "DEBIT";

  private final ReserveMapper reserve;
  private final AgreementService agreements;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;
  private final Clock clock;

  TrainingReserve(
      ReserveMapper reserve,
      AgreementService agreements,
      CurrencyService currencies,
      CurrentUser currentUser,
      Clock clock) {
    this.reserve = reserve;
    this.agreements = agreements;
    this.currencies = currencies;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Credits the agreement's reserve in the currency (the revenue's reserve share of a closed
   * session, for one): 400 naming {@code amount} or {@code currency} when they are not a positive
   * amount in a known currency, {@code agreement} when it is not a training cooperation.
   */
  @Transactional
  public Reserve.Entry credit(
      String agreementReference, String amount, String currency, String note, String by) {
    Violations violations = new Violations();
    Agreement agreement = agreements.find(agreementReference).orElse(null);
    if (agreement == null || agreement.type() != AgreementType.TRAINING_COOPERATION) {
      violations.add("agreement", "no training cooperation " + agreementReference);
    }
    BigDecimal credited =
        currencies.requireMoney(violations, "amount", amount, "currency", currency);
    String why = violations.requireText("note", note, 500);
    violations.throwIfAny();
    return entry(agreement.id(), currency.strip(), CREDIT, credited, null, why, by);
  }

  /**
   * A free seat for the enrolment, debited at {@code value} when the balance covers it; false, and
   * nothing written, when it does not.
   */
  boolean debitFreeSeat(
      long agreementId, String currency, BigDecimal value, long enrolmentId, String by) {
    reserve.open(agreementId, currency);
    BigDecimal balance = reserve.lockBalance(agreementId, currency);
    if (balance.compareTo(value) < 0) {
      return false;
    }
    write(
        agreementId, currency, DEBIT, value, balance.subtract(value), enrolmentId, "Free seat", by);
    return true;
  }

  /** Whether the balance covers {@code value} now: what a free seat would find, taking nothing. */
  boolean covers(long agreementId, String currency, BigDecimal value) {
    return reserve.balances(agreementId).stream()
        .anyMatch(row -> row.currency().equals(currency) && row.balance().compareTo(value) >= 0);
  }

  /** A free seat given up goes back to the reserve. */
  void release(long agreementId, String currency, BigDecimal value, long enrolmentId, String by) {
    entry(agreementId, currency, CREDIT, value, enrolmentId, "Free seat given up", by);
  }

  /** The balances and every entry, for the agency's staff and the partner's representatives. */
  @Transactional(readOnly = true)
  public Reserve statement(String agreementReference) {
    Agreement agreement = agreements.requireVisible(agreementReference, currentUser::mayActFor);
    return new Reserve(
        agreement.reference(),
        reserve.balances(agreement.id()).stream()
            .map(row -> new Reserve.Balance(row.currency(), row.balance()))
            .toList(),
        reserve.entries(agreement.id()).stream()
            .map(
                row ->
                    new Reserve.Entry(
                        row.id(),
                        row.currency(),
                        row.kind(),
                        row.amount(),
                        row.balanceAfter(),
                        row.enrolmentId(),
                        row.note(),
                        row.recordedAt(),
                        row.recordedBy()))
            .toList());
  }

  private Reserve.Entry entry(
      long agreementId,
      String currency,
      String kind,
      BigDecimal amount,
      Long enrolmentId,
      String note,
      String by) {
    reserve.open(agreementId, currency);
    BigDecimal balance = reserve.lockBalance(agreementId, currency);
    return write(agreementId, currency, kind, amount, balance.add(amount), enrolmentId, note, by);
  }

  private Reserve.Entry write(
      long agreementId,
      String currency,
      String kind,
      BigDecimal amount,
      BigDecimal after,
      Long enrolmentId,
      String note,
      String by) {
    reserve.setBalance(agreementId, currency, after);
    EntryRow row =
        new EntryRow(0, currency, kind, amount, after, enrolmentId, note, clock.instant(), by);
    long id = reserve.insertEntry(agreementId, row);
    return new Reserve.Entry(
        id, currency, kind, amount, after, enrolmentId, note, row.recordedAt(), by);
  }
}
