package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.TrainingInput.NewPayment;
import org.accord.training.persistence.PaymentMapper;
import org.accord.training.persistence.PaymentMapper.PaymentRow;
import org.accord.training.persistence.TrainingMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments of participants' fees, recorded by finance in the session's currency. An enrolment is
 * unpaid, partly paid or paid from what was recorded against its fee; a free seat owes nothing, so
 * a payment for it, or beyond what is owed, is refused with the field named.
 */
@Service
public class TrainingPayments {

  private final PaymentMapper payments;
  private final TrainingMapper training;
  private final Enrolments enrolments;
  private final CurrentUser currentUser;
  private final Clock clock;

  TrainingPayments(
      PaymentMapper payments,
      TrainingMapper training,
      Enrolments enrolments,
      CurrentUser currentUser,
      Clock clock) {
    this.payments = payments;
    this.training = training;
    this.enrolments = enrolments;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  public Payment record(long enrolmentId, NewPayment input) {
    if (!currentUser.isMemberOf(Roles.FINANCE)) {
      throw new ForbiddenException("Finance records payments");
    }
    if (training.lockEnrolment(enrolmentId).isEmpty()) {
      throw new NotFoundException("No enrolment " + enrolmentId);
    }
    Enrolment enrolment = enrolments.require(enrolmentId);
    Violations violations = new Violations();
    if (enrolment.status() == EnrolmentStatus.CANCELLED) {
      violations.add("enrolment", "was cancelled: nothing is owed");
    }
    String currency = input.currency() == null ? "" : input.currency().strip();
    BigDecimal amount;
    if (!currency.equals(enrolment.currency())) {
      violations.add(
          "currency",
          currency.isEmpty()
              ? "is required"
              : "must be the session's currency, " + enrolment.currency());
      amount = violations.requireMoney("amount", input.amount(), false);
    } else {
      amount = violations.requireMoney("amount", input.amount(), currency, false);
    }
    if (amount != null && enrolment.freeSeat()) {
      violations.add("amount", "a free seat owes nothing");
    } else if (amount != null && amount.compareTo(enrolment.outstanding()) > 0) {
      violations.add(
          "amount",
          "is more than the "
              + Money.of(enrolment.outstanding(), enrolment.currency())
              + " outstanding");
    }
    LocalDate today = LocalDate.now(clock);
    if (input.paidOn() == null) {
      violations.add("paidOn", "is required");
    } else if (input.paidOn().isAfter(today)) {
      violations.add("paidOn", "must not be after today (" + today + ")");
    }
    String reference = violations.requireText("reference", input.reference(), 100);
    // The enrolment's row is locked: no other payment of it can be recorded in between.
    if (reference != null
        && payments.payments(enrolmentId).stream().anyMatch(p -> p.reference().equals(reference))) {
      violations.add("reference", "a payment " + reference + " is recorded already");
    }
    violations.throwIfAny();
    PaymentRow row =
        new PaymentRow(
            0,
            enrolmentId,
            amount,
            currency,
            input.paidOn(),
            reference,
            clock.instant(),
            currentUser.actor());
    long id = payments.insert(row);
    return payment(
        new PaymentRow(
            id,
            enrolmentId,
            amount,
            currency,
            row.paidOn(),
            reference,
            row.recordedAt(),
            row.recordedBy()));
  }

  /** The enrolment's payments, for whoever may see its session. */
  @Transactional(readOnly = true)
  public List<Payment> of(long enrolmentId) {
    enrolments.visible(enrolmentId);
    return payments.payments(enrolmentId).stream().map(TrainingPayments::payment).toList();
  }

  private static Payment payment(PaymentRow row) {
    return new Payment(
        row.id(),
        row.enrolmentId(),
        Money.round(row.amount(), row.currency()),
        row.currency(),
        row.paidOn(),
        row.reference(),
        row.recordedAt(),
        row.recordedBy());
  }
}
