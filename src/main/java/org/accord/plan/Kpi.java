package org.accord.plan;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * A key performance indicator of the plan: what it counts, in which unit, from which baseline, the
 * outcome it measures, how agreements contribute to it, and its target for each year of the plan
 * that has one. A placeholder is "to be filled in later".
 */
public record Kpi(
    String code,
    String name,
    String unit,
    BigDecimal baseline,
    String outcome,
    ContributionRule rule,
    boolean placeholder,
    SortedMap<Integer, BigDecimal> targets) {}
