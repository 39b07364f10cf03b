package org.accord.donor;

/** The form in which a donor wants progress reported. */
public enum ReportingFormat {
  /** The agency's own progress report (narrative, indicator actuals, expenditure). */
  AGENCY_STANDARD,
  /** The donor's own template, filled in from the agency's report. */
  DONOR_TEMPLATE,
  /** Published to the IATI registry as well. */
  IATI
}
