package org.accord.duediligence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.testing.Decisions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnerRiskRatingDecisionTest {

  private final Decisions riskRating = Decisions.of("partner-risk-rating");

  @ParameterizedTest(name = "sanctions match {0}, legal {1}, finance {2}, {3}: {4}")
  @CsvSource({
    "true,  CLEAR,    CLEAR,    UN_AGENCY,      HIGH",
    "false, BLOCKING, CLEAR,    NGO,            HIGH",
    "false, CLEAR,    BLOCKING, NGO,            HIGH",
    "false, CONCERNS, CONCERNS, NGO,            HIGH",
    "false, CONCERNS, CLEAR,    NGO,            MEDIUM",
    "false, CLEAR,    CONCERNS, MEMBER_STATE,   MEDIUM",
    "false, CLEAR,    CLEAR,    PRIVATE_SECTOR, MEDIUM",
    "false, CLEAR,    CLEAR,    FOUNDATION,     MEDIUM",
    "false, CLEAR,    CLEAR,    NGO,            LOW",
    "false, CLEAR,    CLEAR,    MEMBER_STATE,   LOW",
    "false, CLEAR,    CLEAR,    UN_AGENCY,      LOW"
  })
  void riskFollowsTheScreenAndTheFindings(
      boolean sanctionsMatch, String legal, String financial, String partnerType, String expected) {
    Object rating =
        riskRating
            .evaluate(
                Map.of(
                    "sanctionsMatch", sanctionsMatch,
                    "legalFindings", legal,
                    "financialFindings", financial,
                    "partnerType", partnerType))
            .getSingleEntry();

    assertThat(rating).isEqualTo(expected);
  }
}
