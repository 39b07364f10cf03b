package org.accord.reporting;

import java.time.OffsetDateTime;

/** The closing evaluation of an agreement, by a manager, after its final report. */
public record Evaluation(
    String rating, String lessonsLearned, String evaluatedBy, OffsetDateTime evaluatedAt) {}
