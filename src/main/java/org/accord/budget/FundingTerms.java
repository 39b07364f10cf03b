package org.accord.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.accord.budget.ProposedFunding.InstalmentEntry;
import org.accord.budget.ProposedFunding.LineEntry;

/** The money terms of an agreement: its budget and the schedule of the partner's instalments. */
public record FundingTerms(Budget budget, List<Instalment> schedule) {

  /** The terms of a bare amount: one line of other direct costs, paid in full on signature. */
  public static FundingTerms ofAmount(BigDecimal amount, String currency) {
    return new FundingTerms(
        new Budget(
            currency,
            BigDecimal.ZERO,
            List.of(
                new BudgetLine(
                    BudgetLineType.OTHER_DIRECT_COSTS, FundingSource.PARTNER_CASH, amount, null))),
        List.of(paidOnSignature(amount, currency)));
  }

  static Instalment paidOnSignature(BigDecimal amount, String currency) {
    return new Instalment(1, amount, currency, InstalmentTrigger.ON_SIGNATURE, null, null);
  }

  /**
   * The terms as a proposal would state them, to be checked again when the agreement's amount or
   * dates change: a budget given as one amount, and a schedule paid in full on signature, are left
   * out so that they follow the new amount.
   */
  public ProposedFunding restated() {
    return new ProposedFunding(
        isOneAmount() ? null : lineEntries(), isOneAmount() ? null : rate(), scheduleEntries());
  }

  /** The same instalments, in the same order, whatever the amounts' scale. */
  public boolean sameSchedule(FundingTerms other) {
    if (schedule.size() != other.schedule.size()) {
      return false;
    }
    for (int i = 0; i < schedule.size(); i++) {
      if (!schedule.get(i).sameAs(other.schedule.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The same budget and schedule. */
  public boolean sameAs(FundingTerms other) {
    return budget.sameAs(other.budget) && sameSchedule(other);
  }

  /** The instalment of that number, if the schedule has one. */
  public Optional<Instalment> instalment(int number) {
    return schedule.stream().filter(instalment -> instalment.number() == number).findFirst();
  }

  /** The budget has lines of its own, beyond the one line a bare amount gets. */
  public boolean hasLines() {
    return !isOneAmount();
  }

  private boolean isOneAmount() {
    return budget.programmeSupportRate().signum() == 0
        && budget.lines().size() == 1
        && budget.lines().get(0).line() == BudgetLineType.OTHER_DIRECT_COSTS
        && budget.lines().get(0).source() == FundingSource.PARTNER_CASH
        && budget.lines().get(0).description() == null;
  }

  /** The lines as a proposal states them: the computed programme support costs left out. */
  public List<LineEntry> lineEntries() {
    return budget.lines().stream()
        .filter(line -> line.line().isDirect())
        .map(
            line ->
                new LineEntry(
                    line.line(), line.source(), line.amount().toPlainString(), line.description()))
        .toList();
  }

  private String rate() {
    return budget.programmeSupportRate().toPlainString();
  }

  private List<InstalmentEntry> scheduleEntries() {
    boolean paidOnSignature =
        schedule.size() == 1
            && schedule.get(0).trigger() == InstalmentTrigger.ON_SIGNATURE
            && schedule.get(0).currency().equals(budget.currency());
    return paidOnSignature
        ? null
        : schedule.stream()
            .map(
                instalment ->
                    new InstalmentEntry(
                        instalment.amount().toPlainString(),
                        instalment.currency(),
                        instalment.trigger(),
                        instalment.dueDate(),
                        instalment.reportNumber()))
            .toList();
  }
}
