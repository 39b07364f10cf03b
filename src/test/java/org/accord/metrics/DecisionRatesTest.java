package org.accord.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.amendment.AgreementAmendmentProcess;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.metrics.DecisionRates.Rates;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.DecisionCount;
import org.accord.shared.process.DecisionRule;
import org.junit.jupiter.api.Test;

/** Decision rates count each stage's decisions by the verdict its rule gives them. */
class DecisionRatesTest {

  private final MetricsMapper metrics = mock(MetricsMapper.class);

  private final DecisionRates rates =
      new DecisionRates(
          metrics,
          List.of(
              DecisionRule.of(
                  PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL,
                  "screeningDecision",
                  PartnershipAgreementProcess.ScreeningDecision.class,
                  "screeningComment"),
              DecisionRule.of(
                  AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT,
                  "amendmentReview",
                  AgreementAmendmentProcess.ReviewDecision.class,
                  "amendmentReviewComment"),
              DecisionRule.of(
                  DueDiligenceProcess.Tasks.LEGAL_REVIEW,
                  "legalFindings",
                  DueDiligenceProcess.Findings.class,
                  "legalComment")),
          Clock.fixed(Instant.parse("2026-06-30T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void anEndorsementIsAYesAndARejectionANo() {
    when(metrics.decisions(any()))
        .thenReturn(
            List.of(
                new DecisionCount("reviewAmendment", "ENDORSE", 3),
                new DecisionCount("reviewAmendment", "REJECT", 1)));

    Rates review = rates.view(MetricsFilter.ALL).get("reviewAmendment");

    // 3 endorsed + 1 rejected = 4 decisions; 3/4 = 75.0%, 1/4 = 25.0%.
    assertThat(review.decisions()).isEqualTo(4);
    assertThat(review.approved()).isEqualTo(3);
    assertThat(review.rejected()).isEqualTo(1);
    assertThat(review.approvalRate()).isEqualByComparingTo(new BigDecimal("75.0"));
    assertThat(review.rejectionRate()).isEqualByComparingTo(new BigDecimal("25.0"));
  }

  @Test
  void findingsAndActsOutsideTheRulesAreNoDecisions() {
    when(metrics.decisions(any()))
        .thenReturn(
            List.of(
                new DecisionCount("legalReview", "BLOCKING", 2),
                new DecisionCount("proposeAgreement", "PROPOSED", 5),
                new DecisionCount("screenProposal", "REVISE", 1),
                new DecisionCount("screenProposal", "ACCEPT", 1)));

    Map<String, Rates> byStage = rates.view(MetricsFilter.ALL);

    assertThat(byStage).containsOnlyKeys("screenProposal");
    // 1 sent back of 2 decisions = 50.0%.
    assertThat(byStage.get("screenProposal").sendBackRate())
        .isEqualByComparingTo(new BigDecimal("50.0"));
  }
}
