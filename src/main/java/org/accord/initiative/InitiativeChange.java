package org.accord.initiative;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** A change of an initiative: the initiative when created, or its workplan, before and after. */
public record InitiativeChange(
    long id,
    Instant changedAt,
    String changedBy,
    String subject,
    JsonNode before,
    JsonNode after) {}
