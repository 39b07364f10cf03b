package org.accord.opportunity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.conceptnote.ConceptNote;
import org.accord.conceptnote.ConceptNoteInput;
import org.accord.conceptnote.ConceptNotes;
import org.accord.currency.CurrencyService;
import org.accord.identity.Languages;
import org.accord.initiative.Initiative;
import org.accord.initiative.InitiativeService;
import org.accord.opportunity.Opportunity.Question;
import org.accord.opportunity.persistence.OpportunityMapper;
import org.accord.opportunity.persistence.OpportunityMapper.NewOpportunity;
import org.accord.opportunity.persistence.OpportunityMapper.NewPledge;
import org.accord.opportunity.persistence.OpportunityMapper.OpportunityRow;
import org.accord.opportunity.persistence.OpportunityMapper.PledgedIn;
import org.accord.opportunity.persistence.TextSearch;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.security.SystemAuthority;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Language;
import org.accord.shared.Money;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forum of opportunities: what the officers publish, what every registered partner reads, asks
 * about and pledges to. Nothing is an opportunity until an officer publishes it.
 */
@Service
public class Opportunities {

  public static final int MAX_PAGE_SIZE = 100;

  /** How many of its questions an opportunity shows with it; the rest are a page away. */
  public static final int QUESTIONS_SHOWN = 5;

  private static final Set<AgreementStatus> PUBLISHABLE =
      Set.of(
          AgreementStatus.SCREENING,
          AgreementStatus.IN_REVISION,
          AgreementStatus.DUE_DILIGENCE,
          AgreementStatus.INTERNAL_APPROVAL,
          AgreementStatus.DONOR_APPROVAL,
          AgreementStatus.MOU_SIGNING,
          AgreementStatus.ACTIVE);

  public record Found(long total, int page, int size, List<Opportunity> opportunities) {}

  private final OpportunityMapper opportunities;
  private final AgreementService agreements;
  private final InitiativeService initiatives;
  private final ConceptNotes conceptNotes;
  private final Languages languages;
  private final CurrencyService currencies;
  private final CurrentUser currentUser;
  private final SystemAuthority system;
  private final Clock clock;

  Opportunities(
      OpportunityMapper opportunities,
      AgreementService agreements,
      InitiativeService initiatives,
      ConceptNotes conceptNotes,
      Languages languages,
      CurrencyService currencies,
      CurrentUser currentUser,
      SystemAuthority system,
      Clock clock) {
    this.opportunities = opportunities;
    this.agreements = agreements;
    this.initiatives = initiatives;
    this.conceptNotes = conceptNotes;
    this.languages = languages;
    this.currencies = currencies;
    this.currentUser = currentUser;
    this.system = system;
    this.clock = clock;
  }

  /** An officer publishes a proposal or an initiative to every registered partner. */
  @Transactional
  public Opportunity publish(OpportunityInput input) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("The partnership officers publish opportunities");
    }
    Violations violations = new Violations();
    Subject subject = subject(input, violations);
    String summary = violations.requireText("summary", input.summary(), 4000);
    BigDecimal sought =
        currencies.requireMoney(
            violations, "amountSought", input.amountSought(), "currency", input.currency());
    LocalDate deadline = deadline(input.deadline(), violations);
    // A subject that is not there says so alone: its priority and region are not asked for.
    boolean known = subject.title() != null;
    Priority priority =
        subject.priority() != null || !known
            ? subject.priority()
            : given(violations, "priority", input.priority(), Priority.class);
    Region region =
        subject.region() != null || !known
            ? subject.region()
            : given(violations, "region", input.region(), Region.class);
    violations.throwIfAny();
    long id =
        opportunities.insert(
            new NewOpportunity(
                subject.agreementReference(),
                subject.initiativeCode(),
                subject.title(),
                priority,
                region,
                subject.countries(),
                summary,
                sought,
                input.currency().strip(),
                deadline,
                currentUser.id(),
                clock.instant(),
                TextSearch.of(subject.language())));
    return visible(id);
  }

  /** An officer withdraws an opportunity: partners no longer see it. */
  @Transactional
  public void withdraw(long id) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("The partnership officers withdraw opportunities");
    }
    if (opportunities.withdraw(id, clock.instant()) == 0) {
      throw notFound(id);
    }
  }

  /** One page of the open opportunities, matching the words (in any order), best match first. */
  @Transactional(readOnly = true)
  public Found search(String words, String priority, String region, int page, int size) {
    requireRegistered();
    Violations violations = new Violations();
    Priority chosenPriority =
        priority == null ? null : violations.requireOneOf("priority", priority, Priority.class);
    Region chosenRegion =
        region == null ? null : violations.requireOneOf("region", region, Region.class);
    if (words != null && words.length() > 200) {
      violations.add("q", "must be at most 200 characters");
    }
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    String query = words == null || words.isBlank() ? null : words.strip();
    LocalDate today = LocalDate.now(clock);
    return new Found(
        opportunities.count(query, chosenPriority, chosenRegion, today),
        page,
        size,
        opportunities
            .search(query, chosenPriority, chosenRegion, today, (long) page * size, size)
            .stream()
            .map(this::asSeen)
            .toList());
  }

  /** A published opportunity, to a registered partner or the agency; a withdrawn one is gone. */
  @Transactional(readOnly = true)
  public Opportunity visible(long id) {
    return asSeen(published(id));
  }

  /** A page of a published opportunity's questions; partners read them without the askers. */
  @Transactional(readOnly = true)
  public Opportunity.Questions questions(long id, int page, int size) {
    published(id);
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    violations.throwIfAny();
    return new Opportunity.Questions(
        opportunities.countQuestions(id),
        page,
        size,
        questionsAsSeen(id, (long) page * size, size));
  }

  private List<Question> questionsAsSeen(long id, long offset, int limit) {
    boolean staff = currentUser.isInternal();
    return opportunities.questions(id, offset, limit).stream()
        .map(question -> staff ? question : question.anonymous())
        .toList();
  }

  private OpportunityRow published(long id) {
    requireRegistered();
    return opportunities
        .find(id)
        .filter(found -> found.withdrawnAt() == null)
        .orElseThrow(() -> notFound(id));
  }

  /** A partner asks a clarification question; every partner will read it, without its asker. */
  @Transactional
  public Opportunity ask(long id, String question) {
    OpportunityRow row = open(id);
    if (currentUser.isInternal()) {
      throw new ForbiddenException("Partners ask the questions; the officers answer them");
    }
    Violations violations = new Violations();
    String text = violations.requireText("question", question, 2000);
    violations.throwIfAny();
    opportunities.insertQuestion(row.id(), text, currentUser.id(), clock.instant());
    return visible(id);
  }

  /** An officer answers a question, once; every partner reads the answer. */
  @Transactional
  public Opportunity answer(long id, long questionId, String answer) {
    if (!currentUser.isMemberOf(Roles.PARTNERSHIP_OFFICERS)) {
      throw new ForbiddenException("The partnership officers answer the partners' questions");
    }
    published(id);
    Violations violations = new Violations();
    String text = violations.requireText("answer", answer, 4000);
    violations.throwIfAny();
    if (opportunities.answer(id, questionId, text, currentUser.id(), clock.instant()) == 0) {
      throw new ConflictException("Question " + questionId + " is answered already or not asked");
    }
    return visible(id);
  }

  /**
   * A partner pledges an amount (which starts a concept note of its own, pre-filled from the
   * opportunity, for the officers to turn into its proposal) or expresses interest without one.
   */
  @Transactional
  public Opportunity pledge(long id, PledgeInput input) {
    OpportunityRow row = open(id);
    if (currentUser.isInternal()) {
      throw new ForbiddenException("Partners pledge; the agency publishes");
    }
    List<String> represented = currentUser.partnerCodes();
    Violations violations = new Violations();
    String partnerCode = represented.size() == 1 ? represented.get(0) : null;
    if (partnerCode == null) {
      violations.add("partnerCode", "you represent several partners: pledge as one of them");
    }
    boolean interestOnly =
        (input.amount() == null || input.amount().isBlank())
            && (input.currency() == null || input.currency().isBlank());
    BigDecimal amount =
        interestOnly
            ? null
            : currencies.requireMoney(
                violations, "amount", input.amount(), "currency", input.currency());
    String note =
        input.note() == null || input.note().isBlank()
            ? null
            : violations.requireText("note", input.note(), 2000);
    violations.throwIfAny();
    String currency = interestOnly ? null : input.currency().strip();
    Long conceptNoteId =
        interestOnly ? null : startConceptNote(row, partnerCode, amount, currency, note).id();
    opportunities.insertPledge(
        new NewPledge(
            row.id(),
            partnerCode,
            amount,
            currency,
            note,
            currentUser.id(),
            clock.instant(),
            conceptNoteId));
    return visible(id);
  }

  private ConceptNote startConceptNote(
      OpportunityRow row, String partnerCode, BigDecimal amount, String currency, String note) {
    String pledged = Money.of(amount, currency);
    return conceptNotes.submit(
        new ConceptNoteInput(
            partnerCode,
            row.title(),
            row.priority().name(),
            row.region().name(),
            row.countries(),
            row.summary(),
            amount.toPlainString(),
            currency,
            "A pledge of "
                + pledged
                + " towards the published opportunity "
                + row.id()
                + (note == null ? "" : ": " + note),
            "To fund "
                + (row.agreementReference() != null
                    ? "the proposal " + row.agreementReference()
                    : "the initiative " + row.initiativeCode())
                + " with the agency"));
  }

  /** Open for questions and pledges: published, not withdrawn, its deadline not passed. */
  private OpportunityRow open(long id) {
    OpportunityRow row = published(id);
    if (row.deadline().isBefore(LocalDate.now(clock))) {
      throw new ConflictException("Opportunity " + id + " closed on " + row.deadline());
    }
    return row;
  }

  private Opportunity asSeen(OpportunityRow row) {
    BigDecimal pledged = BigDecimal.ZERO;
    for (PledgedIn in : opportunities.pledged(row.id())) {
      pledged = pledged.add(currencies.convert(in.amount(), in.currency(), row.currency()));
    }
    pledged = Money.round(pledged, row.currency());
    BigDecimal gap =
        Money.round(row.amountSought().subtract(pledged).max(BigDecimal.ZERO), row.currency());
    return new Opportunity(
        row.id(),
        row.agreementReference(),
        row.initiativeCode(),
        row.title(),
        row.priority(),
        row.region(),
        row.countries(),
        row.summary(),
        row.amountSought(),
        row.currency(),
        row.deadline(),
        pledged,
        gap,
        row.publishedAt(),
        opportunities.countQuestions(row.id()),
        questionsAsSeen(row.id(), 0, QUESTIONS_SHOWN));
  }

  /**
   * What is published: its title, countries, priority and region, from its proposal or initiative,
   * and the language they are written in (an initiative's, the agency's).
   */
  private record Subject(
      String agreementReference,
      String initiativeCode,
      String title,
      List<String> countries,
      Priority priority,
      Region region,
      Language language) {}

  private Subject subject(OpportunityInput input, Violations violations) {
    boolean proposal = input.agreementReference() != null && !input.agreementReference().isBlank();
    boolean initiative = input.initiativeCode() != null && !input.initiativeCode().isBlank();
    if (proposal == initiative) {
      violations.add("agreementReference", "name a proposal or an initiative, one of them");
      return new Subject(null, null, null, List.of(), null, null, null);
    }
    if (proposal) {
      Agreement agreement = agreements.find(input.agreementReference().strip()).orElse(null);
      if (agreement == null || !PUBLISHABLE.contains(agreement.status())) {
        violations.add(
            "agreementReference", "no proposal or active agreement " + input.agreementReference());
        return new Subject(null, null, null, List.of(), null, null, null);
      }
      return new Subject(
          agreement.reference(),
          null,
          agreement.title(),
          agreement.beneficiaryCountries(),
          agreement.priority(),
          agreement.region(),
          agreement.language());
    }
    String code = input.initiativeCode().strip();
    if (!initiatives.exists(code)) {
      violations.add("initiativeCode", "no initiative with code " + code);
      return new Subject(null, null, null, List.of(), null, null, null);
    }
    Initiative found = system.run(() -> initiatives.require(code));
    return new Subject(
        null,
        found.code(),
        found.title(),
        found.countries(),
        found.priority(),
        found.region(),
        languages.agencyDefault());
  }

  private LocalDate deadline(String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add("deadline", "is required");
      return null;
    }
    try {
      LocalDate deadline = LocalDate.parse(text.strip());
      if (!deadline.isAfter(LocalDate.now(clock))) {
        violations.add("deadline", "must be after today");
      }
      return deadline;
    } catch (DateTimeParseException notADate) {
      violations.add("deadline", "must be a date such as 2027-06-30");
      return null;
    }
  }

  private static <E extends Enum<E>> E given(
      Violations violations, String field, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      violations.add(field, "is required: the initiative has none");
      return null;
    }
    return violations.requireOneOf(field, value.strip(), type);
  }

  private void requireRegistered() {
    if (!currentUser.isInternal() && currentUser.partnerCodes().isEmpty()) {
      throw new ForbiddenException("Opportunities are for the agency and its registered partners");
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("No published opportunity " + id);
  }
}
