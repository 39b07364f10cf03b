package org.accord.training;

/** How far an enrolment's fee is paid; a free seat owes nothing and is PAID from the start. */
public enum PaymentStatus {
  UNPAID,
  PARTLY_PAID,
  PAID
}
