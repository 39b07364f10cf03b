package org.accord.reporting;

import java.time.OffsetDateTime;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;

/** A lesson learned, as an agreement's closing evaluation recorded it, with where it comes from. */
public record Lesson(
    String reference,
    String title,
    String partnerCode,
    Priority priority,
    Region region,
    String initiative,
    String rating,
    String lessonsLearned,
    String evaluatedBy,
    OffsetDateTime evaluatedAt) {}
