package org.accord.amendment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.accord.agreement.AgreementLanguages;
import org.accord.budget.BudgetChange;
import org.accord.budget.FundingTerms;
import org.accord.shared.Money;
import org.accord.shared.Violations;

/** An amendment's change, line by line, before and after. */
public final class AmendmentSummary {

  private AmendmentSummary() {}

  /** How the change reads to the people who approve it. */
  public static String of(Amendment amendment) {
    return of(amendment, null);
  }

  /**
   * How the change reads, with how far the budget has moved since signature when it changes the
   * budget's lines (what decides between a minor and a major budget change).
   */
  public static String of(Amendment amendment, BudgetChange sinceSignature) {
    AmendmentRequest change = amendment.change();
    AgreementTerms before = amendment.before();
    StringBuilder summary = new StringBuilder();
    FundingTerms funding = amendment.funding();
    if (funding != null && funding.budget().partnerCash().compareTo(before.amount()) != 0) {
      BigDecimal amount = funding.budget().partnerCash();
      summary
          .append("Budget (the partner's cash): ")
          .append(before.amount().toPlainString())
          .append(" -> ")
          .append(amount.toPlainString())
          .append(' ')
          .append(before.currency())
          .append(" (")
          .append(amount.subtract(before.amount()).signum() >= 0 ? "+" : "")
          .append(
              amount
                  .subtract(before.amount())
                  .multiply(BigDecimal.valueOf(100))
                  .divide(before.amount(), 1, RoundingMode.HALF_UP))
          .append("%)\n");
    }
    if (change.budget() != null || change.programmeSupportRate() != null) {
      summary.append("Budget lines: restated (the proposed budget beside the current one)\n");
    }
    if (sinceSignature != null) {
      String currency = before.currency();
      summary
          .append("Changed since signature: ")
          .append(Money.of(sinceSignature.moved(), currency))
          .append(" moved of the ")
          .append(Money.of(sinceSignature.signedTotal(), currency))
          .append(" signed (")
          .append(
              sinceSignature
                  .share()
                  .multiply(BigDecimal.valueOf(100))
                  .setScale(1, RoundingMode.HALF_UP)
                  .toPlainString())
          .append("%, the larger of what the lines gained and lost)\n");
    }
    if (change.schedule() != null
        || (funding != null
            && before.funding() != null
            && !funding.sameSchedule(before.funding()))) {
      summary
          .append("Payment schedule: restated, ")
          .append(funding == null ? 0 : funding.schedule().size())
          .append(" instalment(s)\n");
    }
    if (change.endDate() != null) {
      summary
          .append("End date: ")
          .append(before.endDate())
          .append(" -> ")
          .append(change.endDate())
          .append('\n');
    }
    if (change.title() != null) {
      summary
          .append("Title: ")
          .append(before.title())
          .append(" -> ")
          .append(change.title().strip())
          .append('\n');
    }
    if (change.beneficiaryCountries() != null) {
      summary
          .append("Beneficiary countries: ")
          .append(String.join(", ", before.beneficiaryCountries()))
          .append(" -> ")
          .append(String.join(", ", change.beneficiaryCountries()))
          .append('\n');
    }
    if (change.results() != null) {
      summary
          .append("Results framework: replaced by ")
          .append(change.results().size())
          .append(" objective(s) with ")
          .append(
              change.results().stream().mapToInt(objective -> objective.indicators().size()).sum())
          .append(" indicator(s)\n");
    }
    if (change.trainingTerms() != null) {
      summary.append("Training terms: restated (the proposed terms beside the current ones)\n");
    }
    if (change.changesLanguages()) {
      summary
          .append("Languages: ")
          .append(languages(before.languages()))
          .append(" -> ")
          .append(languages(AmendmentRules.languages(change, new Violations())))
          .append('\n');
    }
    return summary.toString().strip();
  }

  /** "fr + en, side by side"; "en". */
  private static String languages(AgreementLanguages languages) {
    if (languages == null) {
      return "en";
    }
    return languages.language().code()
        + (languages.isBilingual()
            ? " + "
                + languages.secondLanguage().code()
                + ", "
                + languages.bilingualLayout().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            : "");
  }
}
