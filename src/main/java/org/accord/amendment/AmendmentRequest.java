package org.accord.amendment;

import java.time.LocalDate;
import java.util.List;
import org.accord.budget.ProposedFunding.InstalmentEntry;
import org.accord.budget.ProposedFunding.LineEntry;
import org.accord.results.ObjectivePlan;
import org.accord.training.TrainingTermsRequest;

/**
 * A requested change to an active agreement, as {@code POST /api/agreements/{ref}/amendments} takes
 * it: only the fields that change, and why. The amount is a decimal string in the agreement's
 * currency. The budget, its programme support rate and the payment schedule restate the money terms
 * in the shape a proposal gives them: the budget's lines replace all the current ones, the
 * schedule's instalments all the current ones, instalment {@code schedule[i]} being instalment i +
 * 1. The amount alone restates a budget of one line of other direct costs. A training cooperation's
 * {@code trainingTerms} restate its cooperation terms whole, as {@code PUT
 * /api/agreements/{ref}/training-terms} takes them. The languages restate the agreement's language,
 * second language and bilingual layout.
 */
public record AmendmentRequest(
    String justification,
    String amount,
    LocalDate endDate,
    String title,
    List<String> beneficiaryCountries,
    List<ObjectivePlan> results,
    List<LineEntry> budget,
    String programmeSupportRate,
    List<InstalmentEntry> schedule,
    TrainingTermsRequest trainingTerms,
    String language,
    String secondLanguage,
    String bilingualLayout) {

  /**
   * Asks to change the language(s) of the agreement's documents: {@code language}, {@code
   * secondLanguage} and {@code bilingualLayout} restate them whole (no second language makes the
   * MoU monolingual).
   */
  boolean changesLanguages() {
    return language != null || secondLanguage != null || bilingualLayout != null;
  }

  /** Asks to change the money terms: the amount, the budget or the payment schedule. */
  boolean changesMoney() {
    return amount != null || budget != null || programmeSupportRate != null || schedule != null;
  }
}
