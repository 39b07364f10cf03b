package org.accord.results;

import java.util.List;

/**
 * An activity of an objective: what is done, when, by whom, and what it produces, of which of the
 * six ITU-D output types.
 */
public record ActivityPlan(
    String description,
    String timeFrame,
    String responsible,
    List<String> outputs,
    OutputType outputType) {

  public ActivityPlan(
      String description, String timeFrame, String responsible, List<String> outputs) {
    this(description, timeFrame, responsible, outputs, null);
  }
}
