package org.accord.conceptnote;

import java.util.List;

/**
 * A concept note as a member submits it through {@code POST /api/concept-notes} or the portal. The
 * estimated budget is a decimal string: amounts never pass through floating point. Without a
 * partner code, the partner the submitter represents (when they represent one only).
 */
public record ConceptNoteInput(
    String partnerCode,
    String title,
    String priority,
    String region,
    List<String> countries,
    String summary,
    String estimatedBudget,
    String currency,
    String contribution,
    String sought) {}
