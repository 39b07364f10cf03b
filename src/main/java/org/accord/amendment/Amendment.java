package org.accord.amendment;

import java.time.OffsetDateTime;
import org.accord.budget.FundingTerms;

/**
 * An amendment of an agreement: what was asked, why, by whom, and what it changed. The funding is
 * the budget and payment schedule it proposes, complete, when it changes the money terms (null
 * otherwise).
 */
public record Amendment(
    int number,
    AmendmentType type,
    AmendmentStatus status,
    String justification,
    AmendmentRequest change,
    FundingTerms funding,
    AgreementTerms before,
    AgreementTerms after,
    String requestedBy,
    OffsetDateTime requestedAt,
    OffsetDateTime decidedAt) {}
