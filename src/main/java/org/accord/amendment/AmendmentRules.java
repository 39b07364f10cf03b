package org.accord.amendment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementLimits;
import org.accord.budget.FundingTerms;
import org.accord.results.ObjectivePlan;
import org.accord.results.ResultsFrameworkService;
import org.accord.shared.Violations;
import org.springframework.stereotype.Component;

/** What an amendment may ask, and the type its change gives it, which decides who approves it. */
@Component
class AmendmentRules {

  // "A budget change of up to 20%" is minor; beyond it, the matrix decides again.
  private static final BigDecimal MINOR_BUDGET_SHARE = new BigDecimal("0.20");

  private final AgreementLimits limits;

  AmendmentRules(AgreementLimits limits) {
    this.limits = limits;
  }

  /** Every field checked, every problem named; the type follows from what changes. */
  AmendmentType check(Agreement agreement, FundingTerms funding, AmendmentRequest request) {
    Violations violations = new Violations();
    violations.requireText("justification", request.justification(), 2000);
    boolean budget = false;
    boolean majorBudget = false;
    if (request.amount() != null) {
      BigDecimal amount = violations.requireMoney("amount", request.amount(), false);
      if (amount != null && funding.hasLines()) {
        // Until an amendment restates the budget by line, its lines could not follow the amount.
        violations.add(
            "amount",
            "cannot change alone: the budget has lines, and an amendment does not yet restate"
                + " them");
      } else if (amount != null && amount.compareTo(agreement.amount()) == 0) {
        violations.add("amount", "is the current budget: leave it out if it does not change");
      } else if (amount != null) {
        budget = true;
        BigDecimal share =
            amount
                .subtract(agreement.amount())
                .abs()
                .divide(agreement.amount(), 6, RoundingMode.HALF_UP);
        majorBudget = share.compareTo(MINOR_BUDGET_SHARE) > 0;
      }
    }
    LocalDate endDate = request.endDate();
    if (endDate != null && !endDate.isAfter(agreement.endDate())) {
      violations.add(
          "endDate",
          "must be after the current end date "
              + agreement.endDate()
              + "; an agreement ended early is terminated, not amended");
    } else if (endDate != null) {
      limits.checkEnd(violations, agreement.startDate(), endDate);
    }
    if (request.title() != null) {
      violations.requireText("title", request.title(), 300);
    }
    if (request.beneficiaryCountries() != null) {
      if (request.beneficiaryCountries().isEmpty()) {
        violations.add("beneficiaryCountries", "needs at least one country");
      }
      for (int i = 0; i < request.beneficiaryCountries().size(); i++) {
        violations.requireCountry(
            "beneficiaryCountries[" + i + "]", request.beneficiaryCountries().get(i));
      }
    }
    List<ObjectivePlan> framework = request.results();
    if (framework != null) {
      ResultsFrameworkService.validate(framework, "results", violations);
    }
    if (request.amount() == null
        && endDate == null
        && request.title() == null
        && request.beneficiaryCountries() == null
        && framework == null) {
      violations.add(
          "amount",
          "nothing to change: give amount, endDate, title, beneficiaryCountries or results");
    }
    violations.throwIfAny();
    if (framework != null) {
      return AmendmentType.RESULTS_CHANGE;
    }
    if (budget) {
      return majorBudget ? AmendmentType.BUDGET_MAJOR : AmendmentType.BUDGET_MINOR;
    }
    return endDate != null ? AmendmentType.NO_COST_EXTENSION : AmendmentType.ADMINISTRATIVE;
  }
}
