package org.accord.initiative;

/** A member's committed input: cash, in kind (valued), or expertise (person-days on a topic). */
public enum CommitmentKind {
  CASH,
  IN_KIND,
  EXPERTISE
}
