package org.accord.reporting;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an indicator reached by the end of a period: a value for a measured indicator, a description
 * and the officer's rating for a qualitative one. Values are cumulative, as the indicator's target
 * is. An indicator counted in countries names them, so that a country two agreements reached counts
 * once for the plan.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IndicatorActual(
    String code,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
    String description,
    Rating rating,
    List<String> countries) {

  public IndicatorActual(String code, BigDecimal value, String description, Rating rating) {
    this(code, value, description, rating, null);
  }
}
