package org.accord.agreement;

import java.time.OffsetDateTime;

/**
 * One decision taken on an agreement: at which task, what, by whom (and for whom, when a deputy
 * took it), when. The case is the process instance it was taken in (the agreement's own process,
 * one amendment, one reporting period); the round groups the decisions of one pass through a stage
 * (the approvers of one internal approval). The comment is the one the decision came with.
 */
public record Decision(
    String taskKey,
    String decision,
    String decidedBy,
    OffsetDateTime decidedAt,
    String roundId,
    String actingFor,
    String caseId,
    String comment) {}
