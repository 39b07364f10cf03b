package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One submission of a period's report, with the review it got: its expenditure is the total of its
 * lines.
 */
public record ProgressReport(
    int revision,
    String narrative,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expenditure,
    List<LineExpenditure> expenditureByLine,
    boolean finalReport,
    String submittedBy,
    OffsetDateTime submittedAt,
    List<IndicatorActual> indicatorActuals,
    String decision,
    String reviewComment,
    String reviewedBy,
    OffsetDateTime reviewedAt) {}
