package org.accord.conceptnote;

/** Where a concept note is in its review. */
public enum ConceptNoteStatus {
  /** With the partnership officers. */
  IN_REVIEW,
  /** The officers asked the member a question and wait for its answer. */
  QUESTION_ASKED,
  /** Accepted: it became a proposal, screened like any other. */
  ACCEPTED,
  /** Declined, with the reason the member was told. */
  DECLINED
}
