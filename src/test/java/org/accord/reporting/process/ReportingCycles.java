package org.accord.reporting.process;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.test.mock.Mocks;

/** A reporting schedule for process tests, registered as the {@code reportingCycle} bean. */
public final class ReportingCycles {

  public static final Date PERIOD_ENDED = Date.from(Instant.parse("2027-07-01T00:00:00Z"));
  public static final Date REPORT_DUE = Date.from(Instant.parse("2027-07-31T00:00:00Z"));

  private ReportingCycles() {}

  /** Periods with these numbers, each reportable and due on the dates above. */
  public static ReportingCycle register(Integer... periods) {
    ReportingCycle cycle = mock(ReportingCycle.class);
    when(cycle.periodNumbers(any())).thenReturn(List.of(periods));
    when(cycle.reportableFrom(any())).thenReturn(PERIOD_ENDED);
    when(cycle.submitBy(any())).thenReturn(REPORT_DUE);
    Mocks.register("reportingCycle", cycle);
    return cycle;
  }
}
