package org.accord.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.accord.budget.FundingRules;
import org.accord.budget.FundingTerms;
import org.accord.budget.ProposedFunding;
import org.accord.currency.CurrencyService;
import org.accord.partner.PartnerService;
import org.accord.results.ResultsFrameworkService;
import org.accord.shared.Violations;
import org.springframework.stereotype.Component;

/** The rules a proposal and its revisions obey, each violation named by its field. */
@Component
class ProposalRules {

  private final PartnerService partners;
  private final CurrencyService currencies;
  private final AgreementLimits limits;
  private final FundingRules funding;
  private final ResultsFrameworkService results;
  private final InitiativeCodes initiatives;

  ProposalRules(
      PartnerService partners,
      CurrencyService currencies,
      AgreementLimits limits,
      FundingRules funding,
      ResultsFrameworkService results,
      InitiativeCodes initiatives) {
    this.partners = partners;
    this.currencies = currencies;
    this.limits = limits;
    this.funding = funding;
    this.results = results;
    this.initiatives = initiatives;
  }

  /** The proposal's money terms, complete, when nothing in the proposal is wrong. */
  FundingTerms check(Proposal proposal) {
    Violations violations = new Violations();
    boolean amountFromBudget =
        proposal.funding().hasLines() && (proposal.amount() == null || proposal.amount().isBlank());
    BigDecimal amount =
        checkCommon(
            violations,
            proposal.title(),
            proposal.amount(),
            amountFromBudget,
            proposal.currency(),
            proposal.startDate(),
            proposal.endDate(),
            proposal.beneficiaryCountries());
    String partnerCode = violations.requireText("partnerCode", proposal.partnerCode(), 12);
    if (partnerCode != null && !partnerCode.isBlank() && partners.find(partnerCode).isEmpty()) {
      violations.add("partnerCode", "no partner with code " + partnerCode);
    }
    violations.requirePresent("type", proposal.type());
    violations.requirePresent("priority", proposal.priority());
    violations.requirePresent("region", proposal.region());
    if (proposal.reportingFrequency() == null) {
      violations.add(
          "reportingFrequency", "is required: the partner's donor profile names no frequency");
    }
    if (proposal.outputTypes() == null || proposal.outputTypes().isEmpty()) {
      violations.add("outputTypes", "needs at least one output type");
    } else if (proposal.outputTypes().stream().anyMatch(Objects::isNull)) {
      violations.add("outputTypes", "must not contain empty entries");
    }
    results.check(proposal.results(), "results", violations);
    AgreementLanguages.check(
        proposal.language(), proposal.secondLanguage(), proposal.bilingualLayout(), violations);
    checkCoPartners(proposal, violations);
    violations.optionalText("contribution", proposal.contribution(), Proposal.MAX_WORDS);
    violations.optionalText("sought", proposal.sought(), Proposal.MAX_WORDS);
    String initiative = proposal.initiative();
    if (initiative != null && !initiative.isBlank() && !initiatives.exists(initiative.strip())) {
      violations.add("initiative", "no initiative with code " + initiative.strip());
    }
    FundingTerms terms =
        funding.check(
            proposal.funding(),
            new FundingRules.Frame(
                proposal.currency(),
                amount,
                proposal.startDate(),
                proposal.endDate(),
                periods(proposal.reportingFrequency(), proposal.startDate(), proposal.endDate())),
            violations);
    violations.throwIfAny();
    return terms;
  }

  /** Each co-partner a known partner, named once, and not the lead partner itself. */
  private void checkCoPartners(Proposal proposal, Violations violations) {
    List<String> codes = proposal.coPartnerCodes();
    Set<String> named = new HashSet<>();
    for (int i = 0; i < codes.size(); i++) {
      String field = "coPartners[" + i + "]";
      String code = violations.requireText(field, codes.get(i), 12);
      if (code == null || code.isBlank()) {
        continue;
      }
      if (partners.find(code).isEmpty()) {
        violations.add(field, "no partner with code " + code);
      } else if (code.equals(
          proposal.partnerCode() == null ? null : proposal.partnerCode().strip())) {
        violations.add(field, "is the lead partner already");
      } else if (!named.add(code)) {
        violations.add(field, "is named twice");
      }
    }
  }

  private static int periods(ReportingFrequency frequency, LocalDate start, LocalDate end) {
    return frequency == null || start == null || end == null || end.isBefore(start)
        ? 0
        : frequency.periodsBetween(start, end);
  }

  /** The money terms restated for the revised amount and dates, when the revision is right. */
  FundingTerms check(Revision revision, FundingTerms current) {
    Violations violations = new Violations();
    BigDecimal amount =
        checkCommon(
            violations,
            revision.title(),
            revision.amount(),
            false,
            revision.currency(),
            revision.startDate(),
            revision.endDate(),
            revision.beneficiaryCountries());
    violations.requirePresent("agreementType", revision.type());
    violations.requirePresent("priority", revision.priority());
    violations.requirePresent("region", revision.region());
    violations.requirePresent("reportingFrequency", revision.reportingFrequency());
    FundingTerms terms =
        amount == null
            ? null
            : funding.check(
                current.restated(),
                new FundingRules.Frame(
                    revision.currency(),
                    amount,
                    revision.startDate(),
                    revision.endDate(),
                    periods(
                        revision.reportingFrequency(), revision.startDate(), revision.endDate())),
                violations);
    violations.throwIfAny();
    return terms;
  }

  /** A proposal's new money terms, the amount theirs to give. */
  FundingTerms check(Agreement proposal, ProposedFunding funding) {
    Violations violations = new Violations();
    if (!funding.hasLines()) {
      violations.add("budget", "needs its lines: the amount is what the partner's cash finances");
      violations.throwIfAny();
    }
    FundingTerms terms =
        this.funding.check(
            funding,
            new FundingRules.Frame(
                proposal.currency(),
                null,
                proposal.startDate(),
                proposal.endDate(),
                periods(proposal.reportingFrequency(), proposal.startDate(), proposal.endDate())),
            violations);
    violations.throwIfAny();
    return terms;
  }

  /** The money terms restated for an amended amount or end date; the amendment was checked. */
  FundingTerms check(
      Agreement agreement, BigDecimal amount, LocalDate endDate, FundingTerms current) {
    Violations violations = new Violations();
    FundingTerms terms =
        funding.check(
            current.restated(),
            new FundingRules.Frame(
                agreement.currency(),
                amount,
                agreement.startDate(),
                endDate,
                periods(agreement.reportingFrequency(), agreement.startDate(), endDate)),
            violations);
    violations.throwIfAny();
    return terms;
  }

  /** The amount, when it is given and right, or null: none is needed when the budget gives it. */
  private BigDecimal checkCommon(
      Violations violations,
      String title,
      String amount,
      boolean amountFromBudget,
      String currency,
      LocalDate startDate,
      LocalDate endDate,
      List<String> countries) {
    violations.requireText("title", title, 300);
    BigDecimal value = null;
    if (currency == null || currency.isBlank()) {
      violations.add("currency", "is required");
      violations.requireMoney("amount", amount, false);
    } else if (!currencies.isKnown(currency)) {
      violations.add("currency", "'" + currency + "' is not a known ISO 4217 currency");
      violations.requireMoney("amount", amount, false);
    } else if (!amountFromBudget) {
      value = violations.requireMoney("amount", amount, currency, false);
      if (value != null && currencies.toUsd(value, currency).signum() <= 0) {
        violations.add("amount", "is worth less than one US cent");
      }
    }
    violations.requirePresent("startDate", startDate);
    violations.requirePresent("endDate", endDate);
    if (startDate != null && startDate.isBefore(limits.earliestStart())) {
      violations.add("startDate", "must not be before " + limits.earliestStart());
    }
    if (startDate != null && endDate != null && !endDate.isAfter(startDate)) {
      violations.add("endDate", "must be after startDate");
    } else if (startDate != null && endDate != null) {
      limits.checkEnd(violations, startDate, endDate);
    }
    if (countries == null || countries.isEmpty()) {
      violations.add("beneficiaryCountries", "needs at least one country");
    } else {
      for (int i = 0; i < countries.size(); i++) {
        violations.requireCountry("beneficiaryCountries[" + i + "]", countries.get(i));
      }
    }
    return value;
  }
}
