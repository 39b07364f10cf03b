package org.accord.identity;

/** Where a deputyship stands: only an approved one hands anything over. */
public enum DeputyshipStatus {
  REQUESTED,
  APPROVED,
  REFUSED,
  /** Nobody decided the request before its window ended. */
  LAPSED
}
