package org.accord.audit;

import java.time.OffsetDateTime;

/**
 * Which lines of the audit trail: of an agreement; by a user, for them as deputy, or about their
 * deputyship and lent memberships; in a time range.
 */
public record AuditFilter(
    String agreement, String user, OffsetDateTime from, OffsetDateTime until) {}
