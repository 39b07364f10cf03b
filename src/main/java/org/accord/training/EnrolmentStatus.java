package org.accord.training;

public enum EnrolmentStatus {
  /** Has a seat. */
  CONFIRMED,
  /** The session was full: first come, first promoted when a seat is given up. */
  WAITLISTED,
  CANCELLED
}
