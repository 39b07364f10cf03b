package org.accord.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.Decisions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The delegation-of-authority matrix, at its edges. */
class ApprovalAuthorityDecisionTest {

  private final Decisions approvalAuthority = Decisions.of("approval-authority");

  @ParameterizedTest(name = "{0} USD at {1} risk is approved by {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "0.01;LOW;head-of-partnerships",
        "99999.99;LOW;head-of-partnerships",
        "99999.99;MEDIUM;head-of-partnerships",
        "99999.99;HIGH;head-of-partnerships,director",
        "100000.00;LOW;head-of-partnerships,director",
        "100000.00;MEDIUM;head-of-partnerships,director",
        "100000.00;HIGH;head-of-partnerships,director",
        "25000000.00;LOW;head-of-partnerships,director"
      })
  void approversFollowTheAmountAndTheRisk(String amountUsd, String riskRating, String approvers) {
    List<Object> groups =
        approvalAuthority
            .evaluate(Map.of("amountUsd", amountUsd, "riskRating", riskRating))
            .collectEntries("approverGroup");

    assertThat(groups).containsExactly((Object[]) approvers.split(","));
  }
}
