package org.accord.results;

import java.util.List;

/** One row of a workplan: an objective with its activities and the indicators that measure it. */
public record ObjectivePlan(
    String objective, List<ActivityPlan> activities, List<IndicatorPlan> indicators) {}
