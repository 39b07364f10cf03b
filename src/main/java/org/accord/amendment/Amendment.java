package org.accord.amendment;

import java.time.OffsetDateTime;

/** An amendment of an agreement: what was asked, why, by whom, and what it changed. */
public record Amendment(
    int number,
    AmendmentType type,
    AmendmentStatus status,
    String justification,
    AmendmentRequest change,
    AgreementTerms before,
    AgreementTerms after,
    String requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime decidedAt) {}
