package org.accord.agreement;

import java.time.OffsetDateTime;

/** One step of an agreement's status history: what it became, when, and who made it so. */
public record StatusChange(AgreementStatus status, OffsetDateTime changedAt, String changedBy) {

  /** As the partner sees it: who in the agency moved it is the agency's to know. */
  public StatusChange anonymous() {
    return new StatusChange(status, changedAt, null);
  }
}
