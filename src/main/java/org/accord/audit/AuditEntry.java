package org.accord.audit;

import java.time.OffsetDateTime;

/**
 * One line of the audit trail: who did what to which subject, when, acting for whom (as a deputy),
 * and the subject before and after, as JSON.
 */
public record AuditEntry(
    OffsetDateTime occurredAt,
    String actor,
    String actingFor,
    String subjectType,
    String subjectId,
    String agreement,
    String action,
    String before,
    String after) {}
