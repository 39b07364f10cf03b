package org.accord.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
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

  ProposalRules(PartnerService partners, CurrencyService currencies, AgreementLimits limits) {
    this.partners = partners;
    this.currencies = currencies;
    this.limits = limits;
  }

  void check(Proposal proposal) {
    Violations violations = new Violations();
    checkCommon(
        violations,
        proposal.title(),
        proposal.amount(),
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
    ResultsFrameworkService.validate(proposal.results(), "results", violations);
    violations.throwIfAny();
  }

  void check(Revision revision) {
    Violations violations = new Violations();
    checkCommon(
        violations,
        revision.title(),
        revision.amount(),
        revision.currency(),
        revision.startDate(),
        revision.endDate(),
        revision.beneficiaryCountries());
    violations.requirePresent("agreementType", revision.type());
    violations.requirePresent("priority", revision.priority());
    violations.requirePresent("region", revision.region());
    violations.requirePresent("reportingFrequency", revision.reportingFrequency());
    violations.throwIfAny();
  }

  private void checkCommon(
      Violations violations,
      String title,
      String amount,
      String currency,
      LocalDate startDate,
      LocalDate endDate,
      List<String> countries) {
    violations.requireText("title", title, 300);
    BigDecimal value = violations.requireMoney("amount", amount, false);
    if (currency == null || currency.isBlank()) {
      violations.add("currency", "is required");
    } else if (!currencies.isKnown(currency)) {
      violations.add("currency", "'" + currency + "' is not a known ISO 4217 currency");
    } else if (value != null && currencies.toUsd(value, currency).signum() <= 0) {
      violations.add("amount", "is worth less than one US cent");
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
  }
}
