package org.accord.funds;

/** Where an instalment stands; overdue is read from its call's pay-by date, not kept. */
public enum InstalmentStatus {
  SCHEDULED,
  CALLED,
  PARTLY_RECEIVED,
  RECEIVED,
  CANCELLED
}
