package org.accord.agreement;

import java.time.OffsetDateTime;

/** One step of an agreement's status history: what it became, when, and who made it so. */
public record StatusChange(AgreementStatus status, OffsetDateTime changedAt, String changedBy) {}
