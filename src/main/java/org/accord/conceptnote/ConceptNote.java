package org.accord.conceptnote;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;

/** A member's concept note as it stands, with the questions and answers about it. */
public record ConceptNote(
    long id,
    String partnerCode,
    String title,
    Priority priority,
    Region region,
    List<String> countries,
    String summary,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal estimatedBudget,
    String currency,
    String contribution,
    String sought,
    ConceptNoteStatus status,
    String submittedBy,
    OffsetDateTime submittedAt,
    String decidedBy,
    OffsetDateTime decidedAt,
    String declineReason,
    String agreementReference,
    List<Exchange> exchanges) {}
