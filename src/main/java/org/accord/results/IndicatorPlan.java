package org.accord.results;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;

/**
 * A key performance indicator: its unit and measure, the baseline at the start and the target at
 * the end (for a qualitative indicator, a described target). The code ({@code 2.1}: objective 2,
 * indicator 1) is given by its place in the framework; progress is reported against it. It may
 * contribute to a KPI of the strategic plan ({@link KpiLink}).
 */
public record IndicatorPlan(
    String code,
    String name,
    String unit,
    Measure measure,
    BigDecimal baseline,
    BigDecimal target,
    String targetDescription,
    KpiLink kpi) {

  /** The unit of an indicator that counts countries, which its reports then name. */
  public static final String COUNTRIES = "countries";

  public IndicatorPlan(String name, String unit, BigDecimal baseline, BigDecimal target) {
    this(null, name, unit, Measure.NUMBER, baseline, target, null, null);
  }

  public IndicatorPlan(
      String code,
      String name,
      String unit,
      Measure measure,
      BigDecimal baseline,
      BigDecimal target,
      String targetDescription) {
    this(code, name, unit, measure, baseline, target, targetDescription, null);
  }

  /** Counted in countries: each report names the countries it reached, so none counts twice. */
  @JsonIgnore
  public boolean countsCountries() {
    return measureOrDefault() == Measure.NUMBER
        && unit != null
        && COUNTRIES.equalsIgnoreCase(unit.strip());
  }

  /** NUMBER when the client said nothing: the measure of the proposal format before it. */
  public Measure measureOrDefault() {
    return measure == null ? Measure.NUMBER : measure;
  }

  @JsonIgnore
  public boolean isQualitative() {
    return measureOrDefault() == Measure.QUALITATIVE;
  }

  public static String code(int objectivePosition, int indicatorPosition) {
    return (objectivePosition + 1) + "." + (indicatorPosition + 1);
  }
}
