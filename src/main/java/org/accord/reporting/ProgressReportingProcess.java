package org.accord.reporting;

import org.accord.shared.process.DecisionValue;
import org.accord.shared.process.Verdict;

/** The process API of {@code progress-reporting}: ids and variable names, kept stable. */
public final class ProgressReportingProcess {

  public static final String KEY = "progress-reporting";

  /** The call activity of the main process: one instance per reporting period. */
  public static final String CALL_ACTIVITY = "ProgressReporting";

  public static final String PERIOD_ENDED_TIMER = "PeriodEnded";

  public static final class Tasks {
    public static final String SUBMIT_PROGRESS_REPORT = "submitProgressReport";
    public static final String REVIEW_PROGRESS_REPORT = "reviewProgressReport";

    private Tasks() {}
  }

  public static final class Variables {
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_REVIEW_COMMENT = "reportReviewComment";

    /** The period number this instance reports on, given by the main process. */
    public static final String REPORTING_PERIOD = "reportingPeriod";

    public static final String REPORTING_PERIOD_LABEL = "reportingPeriodLabel";
    public static final String FINAL_REPORT = "finalReport";
    public static final String REPORT_NARRATIVE = "reportNarrative";

    /** One figure: the total of the lines, or, alone, other direct costs. */
    public static final String EXPENDITURE = "expenditure";

    /**
     * The expenditure per budget line, from the API and engine-rest: one Json list {@code [{"line":
     * "STAFF", "amount": "3000.00"}]}. Tasklist's form gives a field per line instead.
     */
    public static final String EXPENDITURE_BY_LINE = "expenditureByLine";

    public static final String SPENT_BEFORE = "spentBefore";

    /**
     * What another feature counts for the report, as text the officer reads and quotes (a training
     * cooperation's participants, money and evaluation, from {@link ReportFigures}); unset when
     * none.
     */
    public static final String PROGRAMME_FIGURES = "programmeFigures";

    /** One entry per indicator: code, indicator, expected, value, description, rating. */
    public static final String INDICATOR_ACTUALS = "indicatorActuals";

    private Variables() {}
  }

  /** The review of a progress report: ACCEPT closes the period, REVISE reopens it. */
  public enum ReportDecision implements DecisionValue {
    ACCEPT(Verdict.APPROVED),
    REVISE(Verdict.SENT_BACK);

    private final Verdict verdict;

    ReportDecision(Verdict verdict) {
      this.verdict = verdict;
    }

    @Override
    public Verdict verdict() {
      return verdict;
    }
  }

  private ProgressReportingProcess() {}
}
