package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.shared.ConflictException;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.persistence.ClosureMapper;
import org.accord.training.persistence.ClosureMapper.ClosureRow;
import org.accord.training.persistence.ClosureMapper.CostRow;
import org.accord.training.persistence.TrainingMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a training session once it has ended: its revenue (the fees its confirmed participants
 * paid) is split by the cooperation terms (the reserve's share first, credited to the reserve for
 * free seats; the rest shared agency/partner), its costs allotted to the parties as the terms say,
 * all kept, every participant who earned a certificate gets it and every one who attended is asked
 * to evaluate the session ({@link ParticipantSurveys}); then finance records the payment of the
 * partner's share. Each step is one transaction: a wrong entry is refused with the field named and
 * nothing is written.
 */
@Service
public class SessionClosures {

  /** A cost of the session as the officer states it: an item of the terms and its amount. */
  public record NewCost(String item, String amount) {}

  /** Finance's payment of the partner's share. */
  public record NewPartnerPayment(
      String amount, String currency, LocalDate paidOn, String bankReference) {}

  /** What closing would give, shown to the officer before they close. */
  public record Preview(
      TrainingSession session,
      TrainingTerms terms,
      BigDecimal revenue,
      TrainingTerms.Split split) {}

  private final ClosureMapper closures;
  private final TrainingMapper training;
  private final TrainingCatalogue catalogue;
  private final TrainingTermsService terms;
  private final TrainingReserve reserve;
  private final AgreementService agreements;
  private final Certificates certificates;
  private final ParticipantSurveys surveys;
  private final Clock clock;

  SessionClosures(
      ClosureMapper closures,
      TrainingMapper training,
      TrainingCatalogue catalogue,
      TrainingTermsService terms,
      TrainingReserve reserve,
      AgreementService agreements,
      Certificates certificates,
      ParticipantSurveys surveys,
      Clock clock) {
    this.closures = closures;
    this.training = training;
    this.catalogue = catalogue;
    this.terms = terms;
    this.reserve = reserve;
    this.agreements = agreements;
    this.certificates = certificates;
    this.surveys = surveys;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Preview preview(long sessionId) {
    TrainingSession session = catalogue.require(sessionId);
    TrainingTerms agreed = termsOf(session);
    BigDecimal revenue = feesReceived(session);
    return new Preview(
        session, agreed, revenue, agreed.revenueShare().split(revenue, session.currency()));
  }

  /**
   * Closes the open session: 400 naming {@code completionConfirmed} unless the officer confirms
   * attendance and assessment are recorded, {@code costCurrency} for another currency than the
   * session's, {@code sessionCosts} for an item the terms do not allot or an amount that is not
   * one; 409 when it is not open.
   */
  @Transactional
  public SessionClosure close(
      long sessionId,
      Boolean completionConfirmed,
      String costCurrency,
      List<NewCost> costs,
      String by) {
    if (training.lockSession(sessionId) == null) {
      throw new NotFoundException("No training session " + sessionId);
    }
    TrainingSession session = catalogue.require(sessionId);
    if (session.status() != SessionStatus.OPEN) {
      throw new ConflictException(
          "Training session " + sessionId + " is " + session.status() + ", not OPEN");
    }
    TrainingTerms agreed = termsOf(session);
    String currency = session.currency();
    Violations violations = new Violations();
    if (!Boolean.TRUE.equals(completionConfirmed)) {
      violations.add(
          "completionConfirmed",
          "confirm that every participant's attendance and assessment are recorded");
    }
    String given = costCurrency == null ? "" : costCurrency.strip();
    if (!given.equals(currency)) {
      violations.add("costCurrency", "must be the session's currency, " + currency);
    }
    List<CostRow> costRows = costRows(violations, agreed, costs, currency);
    violations.throwIfAny();

    BigDecimal revenue = feesReceived(session);
    TrainingTerms.Split split = agreed.revenueShare().split(revenue, currency);
    BigDecimal zero = Money.round(BigDecimal.ZERO, currency);
    BigDecimal agencyCosts =
        costRows.stream().map(CostRow::agencyPart).reduce(zero, BigDecimal::add);
    BigDecimal partnerCosts =
        costRows.stream().map(CostRow::partnerPart).reduce(zero, BigDecimal::add);
    closures.insert(
        new ClosureRow(
            sessionId,
            currency,
            revenue,
            agreed.revenueShare().reserve(),
            agreed.revenueShare().agency(),
            agreed.revenueShare().partner(),
            split.reserve(),
            split.agency(),
            split.partner(),
            agencyCosts,
            partnerCosts,
            clock.instant(),
            by,
            null,
            null,
            null,
            null,
            null));
    costRows.forEach(cost -> closures.insertCost(sessionId, cost));
    if (split.reserve().signum() > 0) {
      reserve.credit(
          session.course().agreement(),
          split.reserve().toPlainString(),
          currency,
          "Reserve share of the revenue of session " + sessionId,
          by);
    }
    training.changeSessionStatus(sessionId, SessionStatus.OPEN.name(), SessionStatus.CLOSED.name());
    certificates.issueAll(sessionId, by);
    surveys.inviteAll(sessionId);
    return require(sessionId);
  }

  /**
   * Records finance's payment of the partner's share: exactly the share, in the session's currency,
   * on a date from the closure to today, with the bank's reference; 400 naming the field otherwise,
   * 409 when it is recorded already.
   */
  @Transactional
  public SessionClosure settle(long sessionId, NewPartnerPayment payment, String by) {
    ClosureRow closure =
        closures
            .lockClosure(sessionId)
            .orElseThrow(
                () -> new ConflictException("Training session " + sessionId + " is not closed"));
    if (closure.paidAmount() != null) {
      throw new ConflictException(
          "The partner's share of session " + sessionId + " is paid already");
    }
    String currency = closure.currency();
    Violations violations = new Violations();
    String given = payment.currency() == null ? "" : payment.currency().strip();
    BigDecimal amount;
    if (!given.equals(currency)) {
      violations.add("paymentCurrency", "must be the session's currency, " + currency);
      amount = violations.requireMoney("paymentAmount", payment.amount(), false);
    } else {
      amount = violations.requireMoney("paymentAmount", payment.amount(), currency, false);
    }
    if (amount != null && amount.compareTo(closure.partnerShare()) != 0) {
      violations.add(
          "paymentAmount",
          "must be the partner's share, " + Money.of(closure.partnerShare(), currency));
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate closedOn = LocalDate.ofInstant(closure.closedAt(), clock.getZone());
    if (payment.paidOn() == null) {
      violations.add("paidOn", "is required");
    } else if (payment.paidOn().isAfter(today)) {
      violations.add("paidOn", "must not be after today (" + today + ")");
    } else if (payment.paidOn().isBefore(closedOn)) {
      violations.add("paidOn", "must not be before the session closed (" + closedOn + ")");
    }
    String reference = violations.requireText("bankReference", payment.bankReference(), 100);
    violations.throwIfAny();
    closures.recordPayment(sessionId, amount, payment.paidOn(), reference, clock.instant(), by);
    return require(sessionId);
  }

  /** The closure of a session the current user may see; 404 while it is not closed. */
  @Transactional(readOnly = true)
  public SessionClosure visible(long sessionId) {
    catalogue.visible(sessionId);
    return require(sessionId);
  }

  /** Who closed the session, if it is closed: the separation of duties holds the settler to it. */
  @Transactional(readOnly = true)
  public Optional<String> closedBy(long sessionId) {
    return closures.closure(sessionId).map(ClosureRow::closedBy);
  }

  @Transactional(readOnly = true)
  public SessionClosure require(long sessionId) {
    ClosureRow row =
        closures
            .closure(sessionId)
            .orElseThrow(
                () -> new NotFoundException("Training session " + sessionId + " is not closed"));
    String currency = row.currency();
    return new SessionClosure(
        row.sessionId(),
        currency,
        Money.round(row.revenue(), currency),
        new SessionClosure.Percentages(
            row.reservePercent(), row.agencyPercent(), row.partnerPercent()),
        Money.round(row.reserveShare(), currency),
        Money.round(row.agencyShare(), currency),
        Money.round(row.partnerShare(), currency),
        closures.costs(sessionId).stream()
            .map(
                cost ->
                    new SessionClosure.Cost(
                        cost.item(),
                        TrainingTerms.Bearer.valueOf(cost.borneBy()),
                        Money.round(cost.amount(), currency),
                        Money.round(cost.agencyPart(), currency),
                        Money.round(cost.partnerPart(), currency)))
            .toList(),
        Money.round(row.agencyCosts(), currency),
        Money.round(row.partnerCosts(), currency),
        row.closedAt(),
        row.closedBy(),
        row.paidAmount() == null
            ? null
            : new SessionClosure.PartnerPayment(
                Money.round(row.paidAmount(), currency),
                row.paidOn(),
                row.bankReference(),
                row.paidAt(),
                row.paidBy()));
  }

  private TrainingTerms termsOf(TrainingSession session) {
    Agreement agreement = agreements.require(session.course().agreement());
    return terms.require(agreement);
  }

  private BigDecimal feesReceived(TrainingSession session) {
    return Money.round(closures.feesReceived(session.id()), session.currency());
  }

  /** Each stated cost, allotted to the parties as the terms' item of that name says. */
  private static List<CostRow> costRows(
      Violations violations, TrainingTerms agreed, List<NewCost> costs, String currency) {
    Map<String, CostItem> items =
        agreed.costs().stream()
            .collect(Collectors.toMap(CostItem::item, Function.identity(), (a, b) -> a));
    List<CostRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (NewCost cost : costs == null ? List.<NewCost>of() : costs) {
      String item = cost.item() == null ? "" : cost.item().strip();
      CostItem allotted = items.get(item);
      if (allotted == null) {
        violations.add(
            "sessionCosts",
            "\""
                + item
                + "\" is not a cost of the terms; they are: "
                + String.join(", ", items.keySet()));
        continue;
      }
      if (!seen.add(item)) {
        violations.add("sessionCosts", "\"" + item + "\" is given twice");
        continue;
      }
      int before = violations.size();
      BigDecimal stated = violations.requireMoney("sessionCosts", cost.amount(), currency, false);
      if (violations.size() > before) {
        continue;
      }
      BigDecimal amount = Money.round(stated, currency);
      BigDecimal agencyPart = allotted.agencyPart(amount, currency);
      rows.add(
          new CostRow(
              item, allotted.borneBy().name(), amount, agencyPart, amount.subtract(agencyPart)));
    }
    return rows;
  }
}
