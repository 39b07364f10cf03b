package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator at the end of one period: what the plan expected by then, what the latest report
 * says it reached, and the rating that follows.
 */
public record PeriodProgress(
    int period,
    LocalDate endsOn,
    PeriodStatus status,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal actual,
    String description,
    Rating rating) {}
