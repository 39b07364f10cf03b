package org.accord.conceptnote;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.CONCEPT_NOTE_ID;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Variables.LEAD_PARTNER_CODE;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Proposal;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.conceptnote.persistence.ConceptNoteMapper;
import org.accord.conceptnote.persistence.ConceptNoteMapper.ConceptNoteRow;
import org.accord.conceptnote.persistence.ConceptNoteMapper.NewConceptNote;
import org.accord.currency.CurrencyService;
import org.accord.notification.Amount;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationService;
import org.accord.partner.PartnerService;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;
import org.accord.security.CurrentUser;
import org.accord.security.PartnerGroups;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' concept notes: submitted by a partner's representatives (or an officer on its behalf),
 * read by the agency's staff and by the partner's own representatives only, and decided in the
 * {@code concept-note-intake} process. Every change is written with the member's e-mail in the
 * outbox, in one transaction.
 */
@Service
public class ConceptNotes {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_TEXT = 5000;

  /**
   * What a proposal needs that a concept note does not say: the officer gives it on accepting (the
   * reporting frequency may come from the member's donor profile), with a first objective and its
   * indicator, which screening may revise like any proposal's; and as whom the member joins it (its
   * partner when {@code acceptedAs} is left out, or co-partner beside the lead partner named).
   */
  public record ProposalTerms(
      ConceptNoteIntakeProcess.AcceptedAs acceptedAs,
      String leadPartnerCode,
      AgreementType type,
      LocalDate startDate,
      LocalDate endDate,
      OutputType outputType,
      ReportingFrequency reportingFrequency,
      ObjectivePlan firstObjective) {}

  public record Found(long total, int page, int size, List<ConceptNote> conceptNotes) {}

  private final ConceptNoteMapper notes;
  private final PartnerService partners;
  private final CurrencyService currencies;
  private final AgreementService agreements;
  private final NotificationService notifications;
  private final Audience audience;
  private final CurrentUser currentUser;
  private final SystemAuthority system;
  private final RuntimeService runtime;
  private final Clock clock;

  ConceptNotes(
      ConceptNoteMapper notes,
      PartnerService partners,
      CurrencyService currencies,
      AgreementService agreements,
      NotificationService notifications,
      Audience audience,
      CurrentUser currentUser,
      SystemAuthority system,
      RuntimeService runtime,
      Clock clock) {
    this.notes = notes;
    this.partners = partners;
    this.currencies = currencies;
    this.agreements = agreements;
    this.notifications = notifications;
    this.audience = audience;
    this.currentUser = currentUser;
    this.system = system;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Checks and writes the note, starts its review and tells the member it arrived. */
  @Transactional
  public ConceptNote submit(ConceptNoteInput input) {
    String partnerCode = submittingPartner(input.partnerCode());
    Violations violations = new Violations();
    String title = violations.requireText("title", input.title(), 300);
    Priority priority = oneOf(violations, "priority", input.priority(), Priority.class);
    Region region = oneOf(violations, "region", input.region(), Region.class);
    List<String> countries = input.countries() == null ? List.of() : input.countries();
    if (countries.isEmpty()) {
      violations.add("countries", "needs at least one country");
    }
    for (int i = 0; i < countries.size(); i++) {
      violations.requireCountry("countries[" + i + "]", countries.get(i));
    }
    String summary = violations.requireText("summary", input.summary(), 4000);
    BigDecimal budget =
        currencies.requireMoney(
            violations, "estimatedBudget", input.estimatedBudget(), "currency", input.currency());
    String contribution = violations.requireText("contribution", input.contribution(), 2000);
    String sought = violations.requireText("sought", input.sought(), 2000);
    violations.throwIfAny();
    long id =
        notes.insert(
            new NewConceptNote(
                partnerCode,
                title,
                priority,
                region,
                countries,
                summary,
                budget,
                input.currency().strip(),
                contribution,
                sought,
                currentUser.id(),
                clock.instant()));
    String processInstanceId =
        system.run(
            () ->
                runtime
                    .startProcessInstanceByKey(
                        ConceptNoteIntakeProcess.KEY,
                        ConceptNoteIntakeProcess.businessKey(id),
                        Map.of(CONCEPT_NOTE_ID, id))
                    .getId());
    notes.attachProcess(id, processInstanceId);
    ConceptNote note = require(id);
    tell(note, "concept-note-received", "received", null);
    return note;
  }

  /** One page of the notes the user may read, newest first. */
  @Transactional(readOnly = true)
  public Found page(int page, int size) {
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    List<String> partnersOf = currentUser.isInternal() ? null : currentUser.partnerCodes();
    if (partnersOf != null && partnersOf.isEmpty()) {
      return new Found(0, page, size, List.of());
    }
    return new Found(
        notes.count(partnersOf),
        page,
        size,
        notes.findPage(partnersOf, (long) page * size, size).stream()
            .map(row -> row.with(notes.exchanges(row.id())))
            .toList());
  }

  /** The note, for whoever may read it; another partner's is not found. */
  @Transactional(readOnly = true)
  public ConceptNote visible(long id) {
    ConceptNote note = require(id);
    if (!currentUser.mayActFor(note.partnerCode())) {
      throw notFound(id);
    }
    return note;
  }

  public ConceptNote require(long id) {
    return notes.find(id).orElseThrow(() -> notFound(id)).with(notes.exchanges(id));
  }

  /** The officers ask the member a question; the member is told and its answer is awaited. */
  @Transactional
  public void ask(long id, String question, String askedBy) {
    ConceptNoteRow row = lockIn(id, ConceptNoteStatus.IN_REVIEW);
    notes.insertExchange(id, Exchange.Kind.QUESTION, question, askedBy, clock.instant());
    notes.changeStatus(id, ConceptNoteStatus.QUESTION_ASKED, null, null, null, null);
    tell(require(row.id()), "concept-note-question", "question-" + exchangeCount(id), question);
  }

  /**
   * The member answers the officers' question, by its representative: the note goes back to review.
   */
  @Transactional
  public ConceptNote answer(long id, String answer) {
    ConceptNote note = visible(id);
    if (currentUser.isInternal()) {
      throw new ForbiddenException("The member answers the officers' questions itself");
    }
    Violations violations = new Violations();
    String text = violations.requireText("answer", answer, MAX_TEXT);
    violations.throwIfAny();
    lockIn(note.id(), ConceptNoteStatus.QUESTION_ASKED);
    notes.insertExchange(id, Exchange.Kind.ANSWER, text, currentUser.id(), clock.instant());
    notes.changeStatus(id, ConceptNoteStatus.IN_REVIEW, null, null, null, null);
    system.run(
        () ->
            runtime
                .createMessageCorrelation(ConceptNoteIntakeProcess.Messages.CONCEPT_NOTE_ANSWERED)
                .processInstanceBusinessKey(ConceptNoteIntakeProcess.businessKey(id))
                .correlateWithResult());
    return require(id);
  }

  /** No answer came in time: the note is back with the officers, who decide without it. */
  @Transactional
  public void unanswered(long id) {
    lockIn(id, ConceptNoteStatus.QUESTION_ASKED);
    notes.changeStatus(id, ConceptNoteStatus.IN_REVIEW, null, null, null, null);
  }

  /**
   * The officers accept the note: it becomes a proposal pre-filled from it (what the member would
   * contribute and what it seeks included), screened like any other, proposed by the officer who
   * accepted it; the member is its partner, or its co-partner beside the lead partner named.
   */
  @Transactional
  public Agreement accept(long id, ProposalTerms terms, String acceptedBy) {
    lockIn(id, ConceptNoteStatus.IN_REVIEW);
    ConceptNote note = require(id);
    boolean coPartner = terms.acceptedAs() == ConceptNoteIntakeProcess.AcceptedAs.CO_PARTNER;
    String partner =
        coPartner ? leadPartner(terms.leadPartnerCode(), note.partnerCode()) : note.partnerCode();
    Agreement proposal =
        agreements.propose(
            new Proposal(
                note.title(),
                partner,
                terms.type(),
                note.priority(),
                note.region(),
                note.countries(),
                note.estimatedBudget().toPlainString(),
                note.currency(),
                terms.startDate(),
                terms.endDate(),
                terms.reportingFrequency(),
                terms.outputType() == null ? List.of() : List.of(terms.outputType()),
                List.of(terms.firstObjective()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                coPartner ? List.of(note.partnerCode()) : List.of(),
                note.contribution(),
                note.sought()),
            acceptedBy);
    notes.changeStatus(
        id, ConceptNoteStatus.ACCEPTED, acceptedBy, clock.instant(), null, proposal.reference());
    tell(require(id), "concept-note-accepted", "accepted", null);
    return proposal;
  }

  /** The partner the member joins as co-partner: a registered one, other than the member. */
  private String leadPartner(String given, String member) {
    String code = given == null ? "" : given.strip();
    Violations violations = new Violations();
    if (code.isEmpty()) {
      violations.add(LEAD_PARTNER_CODE, "is required when the member joins as co-partner");
    } else if (partners.find(code).isEmpty()) {
      violations.add(LEAD_PARTNER_CODE, "no partner with code " + code);
    } else if (code.equals(member)) {
      violations.add(LEAD_PARTNER_CODE, "is the member itself: accept it as partner instead");
    }
    violations.throwIfAny();
    return code;
  }

  /** The officers decline the note, saying why; the member is told the reason. */
  @Transactional
  public void decline(long id, String reason, String declinedBy) {
    lockIn(id, ConceptNoteStatus.IN_REVIEW);
    notes.changeStatus(id, ConceptNoteStatus.DECLINED, declinedBy, clock.instant(), reason, null);
    tell(require(id), "concept-note-declined", "declined", reason);
  }

  private ConceptNoteRow lockIn(long id, ConceptNoteStatus expected) {
    ConceptNoteRow row = notes.lock(id).orElseThrow(() -> notFound(id));
    if (row.status() != expected) {
      throw new ConflictException(
          "Concept note "
              + id
              + " is "
              + row.status()
              + ", not "
              + expected
              + ": someone acted on it already");
    }
    return row;
  }

  private int exchangeCount(long id) {
    return notes.exchanges(id).size();
  }

  /**
   * The partner the note is for: a representative submits for the organization they represent (the
   * only one, when they leave it out); an officer names the partner.
   */
  private String submittingPartner(String given) {
    String code = given == null ? null : given.strip();
    if (currentUser.isInternal()) {
      if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
        throw new ForbiddenException(
            "Concept notes come from members, or from an officer on a member's behalf");
      }
    } else if (code == null || code.isEmpty()) {
      List<String> represented = currentUser.partnerCodes();
      code = represented.size() == 1 ? represented.get(0) : null;
    } else if (!currentUser.mayActFor(code)) {
      throw new ForbiddenException("You may submit concept notes for your own organization only");
    }
    Violations violations = new Violations();
    if (code == null || code.isEmpty()) {
      violations.add("partnerCode", "is required");
    } else if (partners.find(code).isEmpty()) {
      violations.add("partnerCode", "no partner with code " + code);
    }
    violations.throwIfAny();
    return code;
  }

  private static <E extends Enum<E>> E oneOf(
      Violations violations, String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      violations.add(field, "is required");
      return null;
    }
    return violations.requireOneOf(field, value.strip(), type);
  }

  /** The member's representatives and whoever submitted the note hear of each step. */
  private void tell(ConceptNote note, String template, String step, String text) {
    Set<String> recipients =
        new LinkedHashSet<>(audience.ofGroups(List.of(PartnerGroups.of(note.partnerCode()))));
    recipients.addAll(audience.ofUser(note.submittedBy()));
    Map<String, Object> model = new HashMap<>();
    model.put("id", note.id());
    model.put("title", note.title());
    model.put("partnerName", partners.require(note.partnerCode()).name());
    model.put("estimatedBudget", new Amount(note.estimatedBudget(), note.currency()));
    model.put("text", text == null ? "" : text);
    model.put(
        "agreementReference", note.agreementReference() == null ? "" : note.agreementReference());
    notifications.queue(
        new Message(
            "concept-note-" + note.id() + "-" + step,
            template,
            note.agreementReference(),
            recipients,
            model));
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("No concept note " + id);
  }
}
