package org.accord.agreement;

import java.util.Optional;

/**
 * What a donor asks of the agreements it funds, where Accord knows it: given by the donor feature,
 * so that agreements need not know how donors are described.
 */
public interface DonorRequirements {

  /** The reporting frequency the donor requires, if its profile names one. */
  Optional<ReportingFrequency> reportingFrequency(String partnerCode);

  /** The donor's profile as reviewers read it in their forms; empty when there is none. */
  String summary(String partnerCode);
}
