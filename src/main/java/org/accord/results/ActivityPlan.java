package org.accord.results;

import java.util.List;

/** An activity of an objective: what is done, when, by whom, and what it produces. */
public record ActivityPlan(
    String description, String timeFrame, String responsible, List<String> outputs) {}
