package org.accord.results;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * An indicator's link to a KPI of the strategic plan: the plan's code, the KPI's code, and for a
 * KPI averaged as a percentage the base that weighs this agreement's share (the people it trains,
 * say). How values add up is the KPI's contribution rule.
 */
public record KpiLink(
    String plan, String code, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal base) {}
