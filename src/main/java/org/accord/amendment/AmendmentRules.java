package org.accord.amendment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementLanguages;
import org.accord.agreement.AgreementLimits;
import org.accord.budget.Budget;
import org.accord.budget.BudgetChange;
import org.accord.budget.FundingRules;
import org.accord.budget.FundingTerms;
import org.accord.budget.Instalment;
import org.accord.budget.InstalmentTrigger;
import org.accord.budget.ProposedFunding;
import org.accord.budget.ProposedFunding.LineEntry;
import org.accord.funds.InstalmentStatus;
import org.accord.results.ObjectivePlan;
import org.accord.results.ResultsFrameworkService;
import org.accord.shared.Money;
import org.accord.shared.Violations;
import org.accord.training.TrainingTermsService;
import org.springframework.stereotype.Component;

/** What an amendment may ask, and the type its change gives it, which decides who approves it. */
@Component
class AmendmentRules {

  // "A budget change of up to 20%" is minor; beyond it, the matrix decides again. The share is
  // the cumulative change since signature: see BudgetChange.
  private static final BigDecimal MINOR_BUDGET_SHARE = new BigDecimal("0.20");

  /** Money asked for or received: an instalment in one of these is what the parties acted on. */
  private static final Set<InstalmentStatus> FROZEN =
      EnumSet.of(
          InstalmentStatus.CALLED, InstalmentStatus.PARTLY_RECEIVED, InstalmentStatus.RECEIVED);

  /** What a request is checked against: the agreement's terms now, as signed, and its money. */
  record Standing(
      Agreement agreement,
      FundingTerms funding,
      Budget signedBudget,
      Map<Integer, InstalmentStatus> instalments) {}

  /** The type of a request and, when it changes the money terms, those terms complete. */
  record Checked(AmendmentType type, FundingTerms funding) {}

  private final AgreementLimits limits;
  private final FundingRules fundingRules;
  private final ResultsFrameworkService results;
  private final TrainingTermsService trainingTerms;

  AmendmentRules(
      AgreementLimits limits,
      FundingRules fundingRules,
      ResultsFrameworkService results,
      TrainingTermsService trainingTerms) {
    this.limits = limits;
    this.fundingRules = fundingRules;
    this.results = results;
    this.trainingTerms = trainingTerms;
  }

  /** Every field checked, every problem named; the type follows from what changes. */
  Checked check(Standing standing, AmendmentRequest request) {
    Agreement agreement = standing.agreement();
    Violations violations = new Violations();
    violations.requireText("justification", request.justification(), 2000);
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
    FundingTerms funding =
        funding(
            standing,
            request,
            endDate != null && endDate.isAfter(agreement.endDate()) ? endDate : agreement.endDate(),
            violations);
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
      results.check(framework, "results", violations);
    }
    if (request.trainingTerms() != null) {
      trainingTerms.checkAmended(agreement, request.trainingTerms(), "trainingTerms.", violations);
    }
    if (request.changesLanguages()) {
      int before = violations.size();
      AgreementLanguages languages = languages(request, violations);
      if (violations.size() == before && languages.equals(agreement.languages())) {
        violations.add("language", "the agreement's documents are in these languages already");
      }
    }
    if (!request.changesMoney()
        && !request.changesLanguages()
        && request.trainingTerms() == null
        && endDate == null
        && request.title() == null
        && request.beneficiaryCountries() == null
        && framework == null) {
      violations.add(
          "amount",
          "nothing to change: give amount, budget, schedule, endDate, title,"
              + " beneficiaryCountries, results, trainingTerms or language");
    }
    violations.throwIfAny();
    return new Checked(type(standing, funding, request), funding);
  }

  /**
   * The money terms the request leads to, complete, checked again when the amendment is applied: an
   * instalment may have been called meanwhile. Null when the request leaves them as they are.
   */
  FundingTerms funding(Standing standing, AmendmentRequest request, LocalDate endDate) {
    Violations violations = new Violations();
    FundingTerms funding = funding(standing, request, endDate, violations);
    violations.throwIfAny();
    return funding;
  }

  private AmendmentType type(Standing standing, FundingTerms funding, AmendmentRequest request) {
    if (request.results() != null) {
      return AmendmentType.RESULTS_CHANGE;
    }
    if (request.trainingTerms() != null) {
      return AmendmentType.TRAINING_TERMS;
    }
    if (funding != null && !funding.budget().sameAs(standing.funding().budget())) {
      // Against the budget as signed, not as the last amendment left it: two reallocations of
      // 15% in a row are 30% since signature, and the second one is major.
      BigDecimal share = BudgetChange.since(standing.signedBudget(), funding.budget()).share();
      return share.compareTo(MINOR_BUDGET_SHARE) > 0
          ? AmendmentType.BUDGET_MAJOR
          : AmendmentType.BUDGET_MINOR;
    }
    if (funding != null) {
      // The payment schedule alone: the money terms change, the budget does not.
      return AmendmentType.BUDGET_MINOR;
    }
    if (request.endDate() != null) {
      return AmendmentType.NO_COST_EXTENSION;
    }
    return request.changesLanguages() && request.title() == null
        ? AmendmentType.LANGUAGE
        : AmendmentType.ADMINISTRATIVE;
  }

  /** The languages the request restates, English unless it names one. */
  static AgreementLanguages languages(AmendmentRequest request, Violations violations) {
    return AgreementLanguages.check(
        request.language(), request.secondLanguage(), request.bilingualLayout(), violations);
  }

  private FundingTerms funding(
      Standing standing, AmendmentRequest request, LocalDate endDate, Violations violations) {
    if (!request.changesMoney()) {
      return null;
    }
    Agreement agreement = standing.agreement();
    FundingTerms current = standing.funding();
    int before = violations.size();
    BigDecimal amount =
        request.amount() == null
            ? null
            : violations.requireMoney("amount", request.amount(), agreement.currency(), false);
    if (request.budget() != null && request.budget().isEmpty()) {
      violations.add("budget", "needs its lines, or leave it out to keep the current ones");
    }
    if (request.schedule() != null && request.schedule().isEmpty()) {
      violations.add("schedule", "needs its instalments, or leave it out to keep the current ones");
    }
    boolean restatesLines = request.budget() != null || request.programmeSupportRate() != null;
    if (amount != null && !restatesLines && current.hasLines()) {
      violations.add(
          "amount",
          "cannot change alone: the budget has lines; restate them in budget, the amount is the"
              + " partner's cash they add up to");
    }
    if (violations.size() > before) {
      return null;
    }
    List<LineEntry> lines =
        request.budget() != null
            ? request.budget()
            : restatesLines
                ? current.lineEntries()
                : amount != null ? null : current.restated().budget();
    String rate =
        request.programmeSupportRate() != null
            ? request.programmeSupportRate()
            : current.budget().programmeSupportRate().toPlainString();
    boolean scheduleGiven = request.schedule() != null;
    boolean paidOnSignature = !scheduleGiven && paidOnSignature(current, agreement.currency());
    ProposedFunding proposed =
        new ProposedFunding(
            lines,
            rate,
            scheduleGiven
                ? request.schedule()
                : paidOnSignature ? null : current.restated().schedule());
    BigDecimal frameAmount = amount != null ? amount : restatesLines ? null : agreement.amount();
    FundingTerms funding =
        fundingRules.check(
            proposed,
            new FundingRules.Frame(
                agreement.currency(),
                frameAmount,
                agreement.startDate(),
                endDate,
                agreement.reportingFrequency().periodsBetween(agreement.startDate(), endDate)),
            violations);
    if (funding == null) {
      return null;
    }
    if (paidOnSignature) {
      funding = followOnSignature(standing, funding, violations);
      if (funding == null) {
        return null;
      }
    }
    requireFrozenKept(standing, funding, scheduleGiven, violations);
    if (violations.size() > before) {
      return null;
    }
    if (funding.sameAs(current)) {
      if (request.amount() != null && request.budget() == null) {
        violations.add("amount", "is the current budget: leave it out if it does not change");
      } else {
        violations.add(
            request.budget() != null
                ? "budget"
                : request.programmeSupportRate() != null ? "programmeSupportRate" : "schedule",
            "restates the current budget and schedule: leave them out if they do not change");
      }
      return null;
    }
    return funding;
  }

  /** Every instalment falls due on signature, in the agreement's currency. */
  private static boolean paidOnSignature(FundingTerms current, String currency) {
    return current.schedule().stream()
        .allMatch(
            instalment ->
                instalment.trigger() == InstalmentTrigger.ON_SIGNATURE
                    && instalment.currency().equals(currency));
  }

  /**
   * A contribution paid on signature follows the partner's cash, as it did before schedules: the
   * instalments called or received stay as they are, and what the partner's cash adds beyond them
   * is one instalment on signature (the amendment's, for an active agreement), called at once.
   */
  private static FundingTerms followOnSignature(
      Standing standing, FundingTerms funding, Violations violations) {
    List<Instalment> kept = new ArrayList<>();
    for (Instalment instalment : standing.funding().schedule()) {
      if (!FROZEN.contains(standing.instalments().get(instalment.number()))) {
        break;
      }
      kept.add(instalment);
    }
    if (kept.isEmpty()) {
      return funding;
    }
    String currency = standing.agreement().currency();
    BigDecimal called =
        kept.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal rest = funding.budget().partnerCash().subtract(called);
    if (rest.signum() < 0) {
      violations.add(
          "amount",
          "would make the partner's cash "
              + Money.of(funding.budget().partnerCash(), currency)
              + ", less than the "
              + Money.of(called, currency)
              + " already called on signature");
      return null;
    }
    if (rest.signum() > 0) {
      kept.add(
          new Instalment(
              kept.size() + 1, rest, currency, InstalmentTrigger.ON_SIGNATURE, null, null));
    }
    return new FundingTerms(funding.budget(), List.copyOf(kept));
  }

  /** An instalment called or received stays as it is, where it is in the schedule. */
  private static void requireFrozenKept(
      Standing standing, FundingTerms funding, boolean scheduleGiven, Violations violations) {
    List<Integer> numbers = new ArrayList<>(standing.instalments().keySet());
    numbers.sort(null);
    for (int number : numbers) {
      InstalmentStatus status = standing.instalments().get(number);
      Instalment current = standing.funding().instalment(number).orElse(null);
      if (!FROZEN.contains(status) || current == null) {
        continue;
      }
      Instalment proposed = funding.instalment(number).orElse(null);
      if (proposed != null && proposed.sameAs(current)) {
        continue;
      }
      violations.add(
          scheduleGiven ? "schedule[" + (number - 1) + "]" : "schedule",
          "instalment "
              + number
              + " ("
              + Money.of(current.amount(), current.currency())
              + ", "
              + current.when().toLowerCase(Locale.ENGLISH)
              + ") is "
              + status
              + ": it cannot be "
              + (proposed == null ? "removed" : "changed")
              + (scheduleGiven ? "" : "; give the schedule, keeping it as it is"));
    }
  }
}
