package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * Indicator progress and spending of an agreement, in total and per line of its budget, with the
 * rule that rated it.
 */
public record AgreementProgress(
    String reference,
    String ratingRule,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budget,
    String currency,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal spent,
    List<LineSpending> lines,
    List<IndicatorProgress> indicators) {}
