package org.accord.duediligence;

import java.util.List;

/**
 * Published, in the recording transaction, when the due diligence of an agreement's partner has an
 * outcome: what each review found, for the summary the agency keeps.
 */
public record DueDiligenceCompleted(
    String agreementReference,
    String partnerCode,
    String outcome,
    String riskRating,
    String sanctionsScreen,
    List<Finding> findings) {

  /** One review: its key (legalReview), what it found and the reviewer's comment. */
  public record Finding(String review, String finding, String comment) {}
}
