package org.accord.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.accord.agreement.persistence.AgreementMapper;
import org.accord.agreement.persistence.AgreementMapper.NewAgreement;
import org.accord.audit.AuditTrail;
import org.accord.budget.BudgetService;
import org.accord.budget.FundingTerms;
import org.accord.budget.ProposedFunding;
import org.accord.currency.CurrencyService;
import org.accord.results.ObjectivePlan;
import org.accord.results.ResultsFrameworkService;
import org.accord.security.CurrentUser;
import org.accord.shared.ConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.shared.process.EngineQueries;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The agreement's use cases: propose, revise, follow its status. */
@Service
public class AgreementService {

  private static final Set<AgreementStatus> FINAL =
      EnumSet.of(
          AgreementStatus.CLOSED,
          AgreementStatus.REJECTED,
          AgreementStatus.DECLINED,
          AgreementStatus.WITHDRAWN,
          AgreementStatus.TERMINATED);

  private static final Set<AgreementStatus> EDITABLE_TERMS =
      EnumSet.of(AgreementStatus.SCREENING, AgreementStatus.IN_REVISION);

  private final AgreementMapper agreements;
  private final ProposalRules rules;
  private final CurrencyService currencies;
  private final ResultsFrameworkService results;
  private final BudgetService budgets;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final DonorRequirements donors;
  private final AuditTrail audit;

  AgreementService(
      AgreementMapper agreements,
      ProposalRules rules,
      CurrencyService currencies,
      ResultsFrameworkService results,
      BudgetService budgets,
      RuntimeService runtimeService,
      Clock clock,
      ApplicationEventPublisher events,
      DonorRequirements donors,
      AuditTrail audit) {
    this.agreements = agreements;
    this.rules = rules;
    this.currencies = currencies;
    this.results = results;
    this.budgets = budgets;
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.events = events;
    this.donors = donors;
    this.audit = audit;
  }

  /**
   * Registers a proposal and starts its process, in one transaction: a proposal that cannot start
   * its process is not written.
   */
  @Transactional
  public Agreement propose(Proposal proposal, String initiator) {
    Agreement agreement = register(proposal, initiator);
    runtimeService.startProcessInstanceByKey(
        PartnershipAgreementProcess.KEY,
        agreement.reference(),
        Map.of(PartnershipAgreementProcess.Variables.AGREEMENT_REFERENCE, agreement.reference()));
    return require(agreement.reference());
  }

  /** Validates and stores a proposal with its results framework; the process is started apart. */
  @Transactional
  public Agreement register(Proposal submitted, String initiator) {
    Proposal proposal =
        submitted.reportingFrequency() != null || submitted.partnerCode() == null
            ? submitted
            : submitted.withReportingFrequency(
                donors.reportingFrequency(submitted.partnerCode().strip()).orElse(null));
    FundingTerms terms = rules.check(proposal);
    BigDecimal amount = terms.budget().partnerCash();
    int year = LocalDate.now(clock).getYear();
    String reference = "PA-%d-%04d".formatted(year, agreements.nextReferenceNumber(year));
    long id =
        agreements.insert(
            new NewAgreement(
                reference,
                proposal.title().strip(),
                proposal.type(),
                proposal.partnerCode().strip(),
                proposal.priority(),
                proposal.region(),
                proposal.beneficiaryCountries(),
                proposal.outputTypes().stream().map(Enum::name).toList(),
                amount,
                proposal.currency(),
                currencies.toUsd(amount, proposal.currency()),
                proposal.startDate(),
                proposal.endDate(),
                proposal.reportingFrequency(),
                AgreementStatus.SCREENING,
                initiator,
                now(),
                languages(proposal),
                words(proposal.contribution()),
                words(proposal.sought())));
    agreements.insertStatusChange(id, AgreementStatus.SCREENING, now(), by(initiator));
    proposal.coPartnerCodes().forEach(code -> agreements.insertCoPartner(id, code.strip()));
    if (proposal.initiative() != null && !proposal.initiative().isBlank()) {
      agreements.setInitiative(id, proposal.initiative().strip());
    }
    results.save(id, proposal.results());
    budgets.save(id, terms);
    return require(reference);
  }

  private static String words(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Checked with the rest of the proposal before. */
  private static AgreementLanguages languages(Proposal proposal) {
    Violations violations = new Violations();
    AgreementLanguages languages =
        AgreementLanguages.check(
            proposal.language(), proposal.secondLanguage(), proposal.bilingualLayout(), violations);
    violations.throwIfAny();
    return languages;
  }

  @Transactional
  public Agreement revise(String reference, Revision revision) {
    Agreement agreement = require(reference);
    FundingTerms terms = rules.check(revision, budgets.terms(agreement.id(), agreement.currency()));
    BigDecimal amount = terms.budget().partnerCash();
    agreements.revise(
        agreement.id(),
        revision.title().strip(),
        amount,
        revision.currency(),
        currencies.toUsd(amount, revision.currency()),
        revision.startDate(),
        revision.endDate(),
        revision.beneficiaryCountries(),
        revision.type(),
        revision.priority(),
        revision.region(),
        revision.reportingFrequency());
    budgets.save(agreement.id(), terms);
    return require(reference);
  }

  /**
   * Ends an agreement before its time: the process and every process it called end cleanly, the
   * parties are told why, and the status becomes TERMINATED.
   */
  @Transactional
  public Agreement terminate(String reference, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("reason", "is required to terminate an agreement");
    }
    if (reason.length() > 2000) {
      throw new InvalidInputException("reason", "must be at most 2000 characters");
    }
    Agreement agreement = requireOpen(reference);
    if (agreement.status() == AgreementStatus.SUSPENDED) {
      resume(reference, null);
    }
    // The agreement's process and any amendment under way: both end on this message.
    runtimeService
        .createMessageCorrelation(PartnershipAgreementProcess.AGREEMENT_TERMINATED)
        .processInstanceBusinessKey(reference)
        .setVariable(PartnershipAgreementProcess.Variables.TERMINATION_REASON, reason.strip())
        .correlateAllWithResult();
    return require(reference);
  }

  /** Puts the agreement and every process it called on hold: no task can be completed. */
  @Transactional
  public Agreement suspend(String reference, String by) {
    Agreement agreement = requireOpen(reference);
    if (agreement.status() == AgreementStatus.SUSPENDED) {
      throw new ConflictException(reference + " is already suspended");
    }
    processesOf(reference)
        .forEach(
            id ->
                runtimeService
                    .updateProcessInstanceSuspensionState()
                    .byProcessInstanceId(id)
                    .suspend());
    changeStatus(reference, AgreementStatus.SUSPENDED, by);
    return require(reference);
  }

  /** Takes the agreement off hold, back to the stage it was suspended in. */
  @Transactional
  public Agreement resume(String reference, String by) {
    Agreement agreement = require(reference);
    if (agreement.status() != AgreementStatus.SUSPENDED) {
      throw new ConflictException(reference + " is not suspended");
    }
    List<StatusChange> history = history(reference);
    AgreementStatus before =
        history.size() >= 2 ? history.get(history.size() - 2).status() : AgreementStatus.ACTIVE;
    processesOf(reference)
        .forEach(
            id ->
                runtimeService
                    .updateProcessInstanceSuspensionState()
                    .byProcessInstanceId(id)
                    .activate());
    changeStatus(reference, before, by);
    return require(reference);
  }

  private Agreement requireOpen(String reference) {
    Agreement agreement = require(reference);
    if (FINAL.contains(agreement.status()) || agreement.processInstanceId() == null) {
      throw new ConflictException(
          reference + " is " + agreement.status() + ": it can no longer change");
    }
    return agreement;
  }

  /**
   * Every process that runs for the agreement: its own, those it called (one per reporting period),
   * and an amendment under way. All carry the agreement's reference as business key.
   */
  private List<String> processesOf(String reference) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(reference)
        .listPage(0, EngineQueries.MAX_RESULTS)
        .stream()
        .map(ProcessInstance::getId)
        .toList();
  }

  /**
   * Moves the agreement to a status and records who did it; moving to the same status is a no-op.
   */
  @Transactional
  public void changeStatus(String reference, AgreementStatus status, String changedBy) {
    Agreement agreement = require(reference);
    if (agreement.status() != status) {
      agreements.updateStatus(agreement.id(), status);
      agreements.insertStatusChange(agreement.id(), status, now(), by(changedBy));
      if (status == AgreementStatus.ACTIVE && agreement.status() != AgreementStatus.SUSPENDED) {
        events.publishEvent(new AgreementActivated(require(reference)));
      }
      if (status == AgreementStatus.CLOSED || status == AgreementStatus.TERMINATED) {
        events.publishEvent(new AgreementEnded(require(reference)));
      }
    }
  }

  @Transactional
  public void recordDecision(String reference, Decision decision) {
    agreements.insertDecision(require(reference).id(), decision);
  }

  /** The code of the initiative the agreement belongs to, or null. */
  @Transactional(readOnly = true)
  public String initiativeOf(String reference) {
    return agreements.initiativeOf(require(reference).id());
  }

  /** The agreements that belong to the initiative, the oldest first. */
  @Transactional(readOnly = true)
  public List<Agreement> ofInitiative(String initiativeCode) {
    return agreements.ofInitiative(initiativeCode);
  }

  public List<Decision> decisions(String reference) {
    return agreements.decisions(require(reference).id());
  }

  /** The agreement's process has started: its proposal is the first act it records. */
  @Transactional
  public void attachProcess(String reference, String processInstanceId) {
    Agreement agreement = require(reference);
    agreements.attachProcess(agreement.id(), processInstanceId);
    recordDecision(
        reference,
        new Decision(
            PartnershipAgreementProcess.Duties.PROPOSE_AGREEMENT,
            "PROPOSED",
            agreement.initiator(),
            agreement.createdAt(),
            processInstanceId,
            null,
            processInstanceId,
            null));
  }

  public Optional<Agreement> find(String reference) {
    return agreements.findByReference(reference);
  }

  /**
   * The agreement, if the user may see it: the agency's staff see every agreement, a partner's
   * representatives those their partner is party to. Any other agreement does not exist for them
   * (404).
   */
  public Agreement requireVisible(String reference, Predicate<String> mayActForPartner) {
    return find(reference)
        .filter(agreement -> isParty(agreement, mayActForPartner))
        .orElseThrow(() -> new NotFoundException("No agreement with reference " + reference));
  }

  /**
   * Whether the user acts for a party to the agreement: its lead partner or one of its co-partners.
   * The one home of the partner rule on agreements.
   */
  public boolean isParty(Agreement agreement, Predicate<String> mayActForPartner) {
    return mayActForPartner.test(agreement.partnerCode())
        || agreements.coPartners(agreement.id()).stream().anyMatch(mayActForPartner);
  }

  /** The partners party to the agreement beside its lead partner, by code. */
  @Transactional(readOnly = true)
  public List<String> coPartners(String reference) {
    return agreements.coPartners(require(reference).id());
  }

  public Agreement require(String reference) {
    return agreements
        .findByReference(reference)
        .orElseThrow(() -> new NotFoundException("No agreement with reference " + reference));
  }

  public List<Agreement> list(AgreementStatus status, String partnerCode) {
    return agreements.find(status, partnerCode);
  }

  /**
   * One page of the agreements these partners are party to (as lead partner or co-partner), newest
   * first: what a partner's portal lists.
   */
  public Found ofPartners(Collection<String> partnerCodes, int page, int size) {
    if (partnerCodes.isEmpty()) {
      return new Found(0, page, size, List.of());
    }
    return new Found(
        agreements.countOfPartners(partnerCodes),
        page,
        size,
        agreements.findOfPartners(partnerCodes, (long) page * size, size));
  }

  public record Found(long total, int page, int size, List<Agreement> agreements) {}

  /** The partner's agreements that have not ended (SUSPENDED ones included), newest first. */
  public List<Agreement> openAgreements(String partnerCode) {
    return agreements.findNotIn(FINAL, partnerCode);
  }

  /** The partners with an agreement that has not ended: those whose screening must keep up. */
  public List<String> partnersWithOpenAgreements() {
    return agreements.partnersWithAgreementsNotIn(FINAL);
  }

  public List<StatusChange> history(String reference) {
    return agreements.statusHistory(require(reference).id());
  }

  /**
   * A new results framework for an agreement still being prepared. Once approved, the results are
   * what the parties signed: they change by amendment only.
   */
  @Transactional
  public void replaceResults(String reference, List<ObjectivePlan> framework, String by) {
    Agreement agreement = requireEditable(reference, "results");
    Violations violations = new Violations();
    results.check(framework, "results", violations);
    violations.throwIfAny();
    List<ObjectivePlan> before = results.find(agreement.id());
    results.save(agreement.id(), framework);
    audit.recordAs(by, "RESULTS_FRAMEWORK", reference, reference, "REPLACED", before, framework);
    events.publishEvent(new ProposalTermsChanged(agreement));
  }

  /**
   * Replaces the budget and payment schedule of a proposal; the amount becomes the budget's partner
   * cash. An active agreement's money terms change only by amendment.
   */
  @Transactional
  public FundingTerms replaceFunding(String reference, ProposedFunding funding, String by) {
    Agreement agreement = requireEditable(reference, "money terms");
    FundingTerms terms = rules.check(agreement, funding);
    FundingTerms before = budgets.terms(agreement.id(), agreement.currency());
    BigDecimal amount = terms.budget().partnerCash();
    agreements.amend(
        agreement.id(),
        agreement.title(),
        amount,
        currencies.toUsd(amount, agreement.currency()),
        agreement.endDate(),
        agreement.beneficiaryCountries());
    budgets.save(agreement.id(), terms);
    audit.recordAs(by, "FUNDING_TERMS", reference, reference, "REPLACED", before, terms);
    events.publishEvent(new ProposalTermsChanged(require(reference)));
    return terms;
  }

  private Agreement requireEditable(String reference, String what) {
    Agreement agreement = require(reference);
    if (!EDITABLE_TERMS.contains(agreement.status())) {
      throw new ConflictException(
          reference
              + " is "
              + agreement.status()
              + ": its "
              + what
              + " change only by amendment (POST /api/agreements/"
              + reference
              + "/amendments)");
    }
    return agreement;
  }

  /**
   * Applies an approved amendment: the agreement's terms change, its MoU gets a new version, and
   * listeners (the reporting schedule, and the collection of the instalments when the money terms
   * changed) follow in the same transaction.
   */
  @Transactional
  public Agreement amend(String reference, AmendedTerms terms) {
    Agreement before = require(reference);
    LocalDate endDate = terms.endDate() == null ? before.endDate() : terms.endDate();
    FundingTerms current = budgets.terms(before.id(), before.currency());
    FundingTerms funding =
        terms.funding() != null
            ? terms.funding()
            : rules.check(
                before,
                terms.amount() == null ? before.amount() : terms.amount(),
                endDate,
                current);
    BigDecimal amount = funding.budget().partnerCash();
    agreements.amend(
        before.id(),
        terms.title() == null ? before.title() : terms.title(),
        amount,
        currencies.toUsd(amount, before.currency()),
        endDate,
        terms.beneficiaryCountries() == null
            ? before.beneficiaryCountries()
            : terms.beneficiaryCountries());
    budgets.amend(before.id(), funding);
    if (terms.results() != null) {
      results.save(before.id(), terms.results());
    }
    if (terms.languages() != null) {
      agreements.setLanguages(before.id(), terms.languages());
    }
    Agreement after = require(reference);
    events.publishEvent(new AgreementAmended(before, after));
    if (!funding.sameAs(current)) {
      events.publishEvent(new FundingAmended(after, current, funding));
    }
    return after;
  }

  public List<ObjectivePlan> resultsFramework(String reference) {
    return results.find(require(reference).id());
  }

  /** The budget and payment schedule the agreement was proposed, revised or amended with. */
  public FundingTerms fundingTerms(String reference) {
    Agreement agreement = require(reference);
    return budgets.terms(agreement.id(), agreement.currency());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static String by(String user) {
    return user == null ? CurrentUser.SYSTEM : user;
  }
}
