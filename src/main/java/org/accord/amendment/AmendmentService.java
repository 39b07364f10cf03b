package org.accord.amendment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementLanguages;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AmendedTerms;
import org.accord.amendment.persistence.AmendmentMapper;
import org.accord.amendment.persistence.AmendmentMapper.AmendmentRow;
import org.accord.budget.BudgetChange;
import org.accord.budget.BudgetService;
import org.accord.budget.FundingTerms;
import org.accord.currency.CurrencyService;
import org.accord.funds.FundsCollections;
import org.accord.funds.InstalmentStatus;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingPeriods;
import org.accord.results.ResultsFrameworkService;
import org.accord.shared.ConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;
import org.accord.shared.Violations;
import org.accord.training.TrainingTerms;
import org.accord.training.TrainingTermsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments of active agreements: checked and typed when requested, applied when approved, with
 * the terms before and after kept. One amendment at a time per agreement.
 */
@Service
public class AmendmentService {

  private final AgreementService agreements;
  private final ResultsFrameworkService results;
  private final BudgetService budgets;
  private final FundsCollections collections;
  private final ReportingPeriods reporting;
  private final TrainingTermsService trainingTerms;
  private final CurrencyService currencies;
  private final AmendmentMapper amendments;
  private final AmendmentRules rules;
  private final ObjectMapper json;
  private final Clock clock;

  AmendmentService(
      AgreementService agreements,
      ResultsFrameworkService results,
      BudgetService budgets,
      FundsCollections collections,
      ReportingPeriods reporting,
      TrainingTermsService trainingTerms,
      CurrencyService currencies,
      AmendmentMapper amendments,
      AmendmentRules rules,
      ObjectMapper json,
      Clock clock) {
    this.agreements = agreements;
    this.results = results;
    this.budgets = budgets;
    this.collections = collections;
    this.reporting = reporting;
    this.trainingTerms = trainingTerms;
    this.currencies = currencies;
    this.amendments = amendments;
    this.rules = rules;
    this.json = json;
    this.clock = clock;
  }

  /** Records a requested amendment of an active agreement, typed by what it changes. */
  @Transactional
  public Amendment request(String reference, AmendmentRequest request, String by) {
    Agreement agreement = agreements.require(reference);
    if (agreement.status() != AgreementStatus.ACTIVE) {
      throw new ConflictException(
          reference + " is " + agreement.status() + ": only an ACTIVE agreement can be amended");
    }
    amendments
        .findOpen(agreement.id())
        .ifPresent(
            open -> {
              throw new ConflictException(
                  "Amendment "
                      + open.number()
                      + " of "
                      + reference
                      + " is still under way; one amendment at a time");
            });
    List<ReportingPeriod> periods = reporting.periodsOf(agreement.id());
    if (!periods.isEmpty() && periods.get(periods.size() - 1).status() == PeriodStatus.ACCEPTED) {
      throw new ConflictException(
          reference + " has its final report accepted: it is being evaluated and closed");
    }
    AmendmentRules.Checked checked = rules.check(standing(agreement), request);
    int number =
        amendments.insert(
            agreement.id(),
            checked.type(),
            request.justification().strip(),
            write(request),
            checked.funding() == null ? null : write(checked.funding()),
            write(terms(agreement)),
            by,
            OffsetDateTime.now(clock));
    return require(reference, number);
  }

  @Transactional
  public void attachProcess(String reference, int number, String processInstanceId) {
    amendments.attachProcess(agreements.require(reference).id(), number, processInstanceId);
  }

  /**
   * Applies an approved amendment to the agreement and keeps the terms it led to. Its money terms
   * are checked again: an instalment the amendment changes or removes may have been called since it
   * was requested (409, and the amendment stays as it is).
   */
  @Transactional
  public Amendment approve(String reference, int number) {
    Amendment amendment = requireOpen(reference, number);
    AmendmentRequest change = amendment.change();
    Agreement agreement = agreements.require(reference);
    FundingTerms funding = null;
    if (change.changesMoney()) {
      try {
        funding =
            rules.funding(
                standing(agreement),
                change,
                change.endDate() == null ? agreement.endDate() : change.endDate());
      } catch (InvalidInputException changedSince) {
        throw new ConflictException(
            "Amendment "
                + number
                + " of "
                + reference
                + " no longer fits the agreement's money terms ("
                + changedSince.violations().stream()
                    .map(Object::toString)
                    .collect(Collectors.joining("; "))
                + "): decline it and request another");
      }
    }
    if (change.trainingTerms() != null) {
      // Before the agreement's amendment: the MoU's new version, generated then, prints them.
      trainingTerms.amend(agreement, trainingTerms(agreement, number, change));
    }
    Agreement after =
        agreements.amend(
            reference,
            new AmendedTerms(
                change.title() == null ? null : change.title().strip(),
                change.beneficiaryCountries(),
                funding == null ? null : funding.budget().partnerCash(),
                change.endDate(),
                change.results(),
                funding,
                change.changesLanguages() ? languages(change) : null));
    decide(after, number, AmendmentStatus.APPROVED, terms(after));
    return require(reference, number);
  }

  /** Checked when the amendment was requested. */
  private static AgreementLanguages languages(AmendmentRequest change) {
    Violations violations = new Violations();
    AgreementLanguages languages = AmendmentRules.languages(change, violations);
    violations.throwIfAny();
    return languages;
  }

  /** The training terms the amendment restates, as they would be applied now. */
  public TrainingTerms proposedTrainingTerms(String reference, Amendment amendment) {
    return trainingTerms(agreements.require(reference), amendment.number(), amendment.change());
  }

  /** The training terms the amendment restates, checked again as when it was requested. */
  private TrainingTerms trainingTerms(Agreement agreement, int number, AmendmentRequest change) {
    Violations violations = new Violations();
    TrainingTerms terms =
        trainingTerms.checkAmended(agreement, change.trainingTerms(), "trainingTerms.", violations);
    if (terms == null) {
      throw new ConflictException(
          "Amendment "
              + number
              + " of "
              + agreement.reference()
              + " no longer fits the agreement's training terms: decline it and request another");
    }
    return terms;
  }

  /** The agreement's terms now, its money terms and the budget as signed included. */
  private AmendmentRules.Standing standing(Agreement agreement) {
    Map<Integer, InstalmentStatus> instalments = new HashMap<>();
    collections
        .collections(agreement.reference())
        .forEach(collection -> instalments.put(collection.instalment(), collection.status()));
    return new AmendmentRules.Standing(
        agreement,
        budgets.terms(agreement.id(), agreement.currency()),
        budgets.signedBudget(agreement.id(), agreement.currency()),
        instalments);
  }

  private AgreementTerms terms(Agreement agreement) {
    return AgreementTerms.of(
        agreement,
        results.find(agreement.id()),
        budgets.terms(agreement.id(), agreement.currency()),
        trainingTerms.find(agreement.id()).orElse(null));
  }

  @Transactional
  public void reject(String reference, int number) {
    requireOpen(reference, number);
    decide(agreements.require(reference), number, AmendmentStatus.REJECTED, null);
  }

  /** The agreement was terminated while the amendment was under way. */
  @Transactional
  public void withdraw(String reference, int number) {
    requireOpen(reference, number);
    decide(agreements.require(reference), number, AmendmentStatus.WITHDRAWN, null);
  }

  /** The amendment a process instance of {@code agreement-amendment} is about. */
  public Amendment byProcess(String processInstanceId) {
    return amendments
        .findByProcessInstance(processInstanceId)
        .map(this::toAmendment)
        .orElseThrow(() -> new NotFoundException("No amendment for process " + processInstanceId));
  }

  /** The budget as the amendment would leave it, in US dollars, for the approval matrix. */
  public BigDecimal amendedAmountUsd(Amendment amendment) {
    BigDecimal amount =
        amendment.funding() == null
            ? amendment.before().amount()
            : amendment.funding().budget().partnerCash();
    return currencies.toUsd(amount, amendment.before().currency());
  }

  /**
   * How far the budget the amendment proposes has moved from the budget as signed, or null when it
   * leaves the budget as it is.
   */
  public BudgetChange budgetChange(String reference, Amendment amendment) {
    Agreement agreement = agreements.require(reference);
    if (amendment.funding() == null
        || amendment
            .funding()
            .budget()
            .sameAs(budgets.budget(agreement.id(), agreement.currency()))) {
      return null;
    }
    return BudgetChange.since(
        budgets.signedBudget(agreement.id(), agreement.currency()), amendment.funding().budget());
  }

  public List<Amendment> list(String reference) {
    return amendments.findByAgreement(agreements.require(reference).id()).stream()
        .map(this::toAmendment)
        .toList();
  }

  public Amendment require(String reference, int number) {
    return amendments
        .find(agreements.require(reference).id(), number)
        .map(this::toAmendment)
        .orElseThrow(() -> new NotFoundException(reference + " has no amendment " + number));
  }

  private Amendment requireOpen(String reference, int number) {
    Amendment amendment = require(reference, number);
    if (amendment.status() != AmendmentStatus.REQUESTED) {
      throw new ConflictException(
          "Amendment " + number + " of " + reference + " is already " + amendment.status());
    }
    return amendment;
  }

  private void decide(
      Agreement agreement, int number, AmendmentStatus status, AgreementTerms after) {
    amendments.decide(
        agreement.id(),
        number,
        status,
        after == null ? null : write(after),
        OffsetDateTime.now(clock));
  }

  private Amendment toAmendment(AmendmentRow row) {
    return new Amendment(
        row.number(),
        row.type(),
        row.status(),
        row.justification(),
        read(row.change(), AmendmentRequest.class),
        row.funding() == null ? null : read(row.funding(), FundingTerms.class),
        read(row.before(), AgreementTerms.class),
        row.after() == null ? null : read(row.after(), AgreementTerms.class),
        row.requestedBy(),
        row.requestedAt(),
        row.decidedAt());
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException corrupt) {
      throw new IllegalStateException("Unreadable amendment record", corrupt);
    }
  }
}
