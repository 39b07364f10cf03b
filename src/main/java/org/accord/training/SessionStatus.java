package org.accord.training;

public enum SessionStatus {
  OPEN,
  CANCELLED,
  /** Held and closed: no more enrolments (set by the session's closure). */
  CLOSED
}
