package org.accord.reporting;

public enum PeriodStatus {
  NOT_YET_DUE,
  DUE,
  OVERDUE,
  SUBMITTED,
  SENT_BACK,
  ACCEPTED
}
