package org.accord.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change to a plan: who made it, when, to what ({@code PLAN}, {@code OUTCOME} or {@code KPI}
 * and its code), and the record before (null when it was created) and after.
 */
public record PlanChange(
    long id,
    Instant changedAt,
    String changedBy,
    String subject,
    String subjectCode,
    JsonNode before,
    JsonNode after) {}
