package org.accord.agreement;

import java.time.OffsetDateTime;

/**
 * One decision taken on an agreement: at which task, what, by whom (and for whom, when a deputy
 * took it), when. The round groups the decisions of one pass through a stage (the approvers of one
 * internal approval).
 */
public record Decision(
    String taskKey,
    String decision,
    String decidedBy,
    OffsetDateTime decidedAt,
    String roundId,
    String actingFor) {}
