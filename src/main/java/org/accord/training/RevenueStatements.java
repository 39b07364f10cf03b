package org.accord.training;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementService;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.training.RevenueStatementDocument.CategoryLine;
import org.accord.training.persistence.ClosureMapper;
import org.accord.training.persistence.ClosureMapper.Statement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The revenue-share statement of each closed session, sent to the partner's representatives through
 * the outbox with the PDF attached, and kept as sent with its SHA-256. Written and queued once: a
 * retried step finds the statement and the outbox takes the message once.
 */
@Service
public class RevenueStatements {

  static final String TEMPLATE = "revenue-statement";

  /** The statement's PDF as sent. */
  public record Sent(String fileName, String sha256, byte[] content) {}

  private final ClosureMapper closures;
  private final SessionClosures sessionClosures;
  private final TrainingCatalogue catalogue;
  private final Enrolments enrolments;
  private final PartnerService partners;
  private final AgreementService agreements;
  private final RevenueStatementDocument document;
  private final NotificationService notifications;
  private final Audience audience;
  private final Clock clock;

  RevenueStatements(
      ClosureMapper closures,
      SessionClosures sessionClosures,
      TrainingCatalogue catalogue,
      Enrolments enrolments,
      PartnerService partners,
      AgreementService agreements,
      RevenueStatementDocument document,
      NotificationService notifications,
      Audience audience,
      Clock clock) {
    this.closures = closures;
    this.sessionClosures = sessionClosures;
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.partners = partners;
    this.agreements = agreements;
    this.document = document;
    this.notifications = notifications;
    this.audience = audience;
    this.clock = clock;
  }

  /** Writes the closed session's statement, if it is not written yet, and sends it. */
  @Transactional
  public void send(long sessionId) {
    if (closures.statement(sessionId).isPresent()) {
      return;
    }
    SessionClosure closure = sessionClosures.require(sessionId);
    TrainingSession session = catalogue.require(sessionId);
    Partner partner = partners.require(session.course().partnerCode());
    List<Enrolment> confirmed =
        enrolments.all(sessionId).stream()
            .filter(enrolment -> enrolment.status() == EnrolmentStatus.CONFIRMED)
            .toList();
    List<Enrolment> free = confirmed.stream().filter(Enrolment::freeSeat).toList();
    byte[] pdf =
        document.render(
            session,
            partner.name(),
            closure,
            LocalDate.ofInstant(closure.closedAt(), clock.getZone()),
            categories(confirmed, closure.currency()),
            free.size(),
            session.developingFee().multiply(BigDecimal.valueOf(free.size())),
            agreements.require(session.course().agreement()).language());
    Statement statement =
        new Statement("revenue-statement-session-" + sessionId + ".pdf", Sha256.of(pdf), pdf);
    closures.recordStatement(sessionId, statement, clock.instant());

    String currency = closure.currency();
    Map<String, Object> model = new HashMap<>();
    model.put("reference", session.course().agreement());
    model.put("course", session.course().title());
    model.put("session", sessionId);
    model.put("startDate", session.startDate());
    model.put("endDate", session.endDate());
    model.put("revenue", new Amount(closure.revenue(), currency));
    model.put("partnerShare", new Amount(closure.partnerShare(), currency));
    notifications.queue(
        new Message(
            TEMPLATE + ":" + TrainingSessionProcess.businessKey(sessionId),
            TEMPLATE,
            session.course().agreement(),
            audience.ofGroups(List.of(Partner.donorGroupOf(partner.code()))),
            model,
            new Message.Attachment(statement.fileName(), "application/pdf", pdf)));
  }

  /** The statement's PDF as sent, with its SHA-256; for whoever may see the session. */
  @Transactional(readOnly = true)
  public Sent statement(long sessionId) {
    catalogue.visible(sessionId);
    return closures
        .statement(sessionId)
        .map(kept -> new Sent(kept.fileName(), kept.sha256(), kept.content()))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Training session " + sessionId + " has no revenue-share statement yet"));
  }

  /** Each fee category's confirmed participants, fees due and fees received, in enum order. */
  private static List<CategoryLine> categories(List<Enrolment> confirmed, String currency) {
    List<CategoryLine> lines = new ArrayList<>();
    BigDecimal zero = Money.round(BigDecimal.ZERO, currency);
    for (FeeCategory category : FeeCategory.values()) {
      List<Enrolment> of =
          confirmed.stream().filter(enrolment -> enrolment.feeCategory() == category).toList();
      if (!of.isEmpty()) {
        lines.add(
            new CategoryLine(
                category,
                of.size(),
                of.stream().map(Enrolment::fee).reduce(zero, BigDecimal::add),
                of.stream().map(Enrolment::paid).reduce(zero, BigDecimal::add)));
      }
    }
    return lines;
  }
}
