package org.accord.amendment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An amendment's change, line by line, before and after. */
public final class AmendmentSummary {

  private AmendmentSummary() {}

  /** How the change reads to the people who approve it. */
  public static String of(Amendment amendment) {
    AmendmentRequest change = amendment.change();
    AgreementTerms before = amendment.before();
    StringBuilder summary = new StringBuilder();
    if (change.amount() != null) {
      BigDecimal amount = new BigDecimal(change.amount().strip());
      summary
          .append("Budget: ")
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
    return summary.toString().strip();
  }
}
