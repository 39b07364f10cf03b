package org.accord.agreement;

import java.time.LocalDate;
import java.time.Period;
import org.accord.shared.Violations;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The dates an agreement may have. Its reporting periods, their timers and rows follow from its
 * dates, so bounding them bounds the work one proposal or amendment can cause (a proposal from 1900
 * to 2900 once kept a job-executor thread busy for minutes).
 */
@ConfigurationProperties("accord.agreements")
public record AgreementLimits(
    @DefaultValue("2000-01-01") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate earliestStart,
    @DefaultValue("P10Y") Period maxDuration) {

  /** The last end date an agreement starting then may have. */
  public LocalDate latestEnd(LocalDate startDate) {
    return startDate.plus(maxDuration);
  }

  /** An end date beyond the maximum duration is named as a violation of {@code endDate}. */
  public void checkEnd(Violations violations, LocalDate startDate, LocalDate endDate) {
    if (endDate.isAfter(latestEnd(startDate))) {
      violations.add(
          "endDate",
          "must be on or before "
              + latestEnd(startDate)
              + ": an agreement runs at most "
              + maxDuration
              + " from its startDate");
    }
  }
}
