package org.accord.attachment;

/**
 * What an attachment is attached to: a member's concept note, or one agreement or a subject of it;
 * those that an agreement has several of are told apart by their number within it (a progress
 * report by its reporting period, an amendment by its number). A new kind is a constant here, a
 * line in {@link Subjects} and the table's check.
 */
public enum SubjectKind {
  AGREEMENT(false),
  PROGRESS_REPORT(true),
  AMENDMENT(true),
  DUE_DILIGENCE(false),
  CONCEPT_NOTE(false);

  private final boolean numbered;

  SubjectKind(boolean numbered) {
    this.numbered = numbered;
  }

  /** Whether the subject needs a number to say which of the agreement's it is. */
  public boolean numbered() {
    return numbered;
  }
}
