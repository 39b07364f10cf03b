package org.accord.initiative;

/** A request to join, then the membership it became. */
public enum MembershipStatus {
  /** Waiting for the lead group's review. */
  REQUESTED,
  ACTIVE,
  REFUSED,
  LEFT
}
