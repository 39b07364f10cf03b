package org.accord.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What moved since signature, line by line and source by source, over the whole signed budget. */
class BudgetChangeTest {

  // Signed: staff 50,000.00 + travel 30,000.00 from the partner's cash, equipment 20,000.00 in
  // kind: 100,000.00 in all.
  private static final Budget SIGNED =
      budget(
          line(BudgetLineType.STAFF, FundingSource.PARTNER_CASH, "50000.00"),
          line(BudgetLineType.TRAVEL, FundingSource.PARTNER_CASH, "30000.00"),
          line(BudgetLineType.EQUIPMENT, FundingSource.IN_KIND, "20000.00"));

  @Test
  void aReallocation_countsWhatMovedOnce() {
    // 15,000.00 from staff to travel: +15,000.00 and −15,000.00, 15,000.00 / 100,000.00.
    BudgetChange change =
        BudgetChange.since(
            SIGNED,
            budget(
                line(BudgetLineType.STAFF, FundingSource.PARTNER_CASH, "35000.00"),
                line(BudgetLineType.TRAVEL, FundingSource.PARTNER_CASH, "45000.00"),
                line(BudgetLineType.EQUIPMENT, FundingSource.IN_KIND, "20000.00")));

    assertThat(change.moved()).isEqualByComparingTo("15000.00");
    assertThat(change.share()).isEqualByComparingTo("0.15");
  }

  @Test
  void aLineGoneAndANewOne_countInFull_andAnIncreaseCountsByWhatItAdds() {
    // Equipment in kind (20,000.00) gone, equipment from the partner's cash 30,000.00 new:
    // increases 30,000.00, decreases 20,000.00, moved the larger, 30,000.00 / 100,000.00.
    BudgetChange change =
        BudgetChange.since(
            SIGNED,
            budget(
                line(BudgetLineType.STAFF, FundingSource.PARTNER_CASH, "50000.00"),
                line(BudgetLineType.TRAVEL, FundingSource.PARTNER_CASH, "30000.00"),
                line(BudgetLineType.EQUIPMENT, FundingSource.PARTNER_CASH, "30000.00")));

    assertThat(change.increases()).isEqualByComparingTo("30000.00");
    assertThat(change.decreases()).isEqualByComparingTo("20000.00");
    assertThat(change.share()).isEqualByComparingTo("0.30");
  }

  @Test
  void aBudgetBackAsSigned_hasNotMoved() {
    assertThat(BudgetChange.since(SIGNED, SIGNED).share()).isEqualByComparingTo("0");
  }

  private static Budget budget(BudgetLine... lines) {
    return new Budget("USD", BigDecimal.ZERO, List.of(lines));
  }

  private static BudgetLine line(BudgetLineType type, FundingSource source, String amount) {
    return new BudgetLine(
        type, source, new BigDecimal(amount), source == FundingSource.IN_KIND ? "Laptops" : null);
  }
}
