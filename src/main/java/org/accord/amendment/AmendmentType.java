package org.accord.amendment;

/** What an amendment changes; the type decides who must approve it. */
public enum AmendmentType {
  /** Title or beneficiary countries: the officer and the donor. */
  ADMINISTRATIVE,
  /** A budget change of up to 20%: the officer and the donor. */
  BUDGET_MINOR,
  /** A budget change of more than 20%: the approvers of the matrix, then the donor. */
  BUDGET_MAJOR,
  /** A changed results framework: the approvers of the matrix, then the donor. */
  RESULTS_CHANGE,
  /** A later end date at the same budget: the officer and the donor. */
  NO_COST_EXTENSION,
  /**
   * A training cooperation's terms restated (fees, revenue share, costs, ...): the money the
   * parties share changes, so the approvers of the matrix, then the donor.
   */
  TRAINING_TERMS,
  /**
   * The language(s) of the agreement's documents: the words the parties signed do not change, so
   * the officer and the donor, as for an administrative change.
   */
  LANGUAGE;

  /** Needs the delegation-of-authority matrix, as a new agreement would. */
  public boolean isMajor() {
    return this == BUDGET_MAJOR || this == RESULTS_CHANGE || this == TRAINING_TERMS;
  }
}
