package org.accord.donor;

import java.math.BigDecimal;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;

/**
 * What a donor's fit is measured against: a proposal, or a published opportunity whether it comes
 * from a proposal or an initiative.
 *
 * @param amountUsd the US-dollar value of what is sought
 */
public record FundingNeed(
    Priority priority, Region region, List<String> countries, BigDecimal amountUsd) {

  public static FundingNeed of(Agreement agreement) {
    return new FundingNeed(
        agreement.priority(),
        agreement.region(),
        agreement.beneficiaryCountries(),
        agreement.amountUsd());
  }
}
