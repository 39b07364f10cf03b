package org.accord.budget;

import java.time.LocalDate;
import java.util.List;

/**
 * The money terms as a proposal states them, unchecked: amounts are text so that a wrong one is
 * named by its field rather than refused as unreadable JSON.
 */
public record ProposedFunding(
    List<LineEntry> budget, String programmeSupportRate, List<InstalmentEntry> schedule) {

  public record LineEntry(
      BudgetLineType line, FundingSource source, String amount, String description) {}

  public record InstalmentEntry(
      String amount,
      String currency,
      InstalmentTrigger trigger,
      LocalDate dueDate,
      Integer reportNumber) {}

  public boolean hasLines() {
    return budget != null && !budget.isEmpty();
  }
}
