package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import org.accord.results.Measure;

/** One indicator's way from baseline to target, period by period, and where it stands now. */
public record IndicatorProgress(
    String code,
    String name,
    String unit,
    Measure measure,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baseline,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal target,
    String targetDescription,
    List<PeriodProgress> periods,
    Rating rating) {}
