package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * What an indicator reached by the end of a period: a value for a measured indicator, a description
 * and the officer's rating for a qualitative one. Values are cumulative, as the indicator's target
 * is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorActual(
    String code,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
    String description,
    Rating rating) {}
