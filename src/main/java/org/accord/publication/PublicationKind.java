package org.accord.publication;

/** Which of the agency's reports a publication is. */
public enum PublicationKind {
  /** The portfolio by priority, region or donor over a period ({@code document}'s report). */
  CONSOLIDATED,
  /** A strategic-plan year ({@code performance}'s report), without any agreement named. */
  ANNUAL_PERFORMANCE
}
