package org.accord.results;

import java.math.BigDecimal;

/** A key performance indicator: unit, the baseline at the start and the target at the end. */
public record IndicatorPlan(String name, String unit, BigDecimal baseline, BigDecimal target) {}
