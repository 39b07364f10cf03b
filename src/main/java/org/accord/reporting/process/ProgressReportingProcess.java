package org.accord.reporting.process;

/** The process API of {@code progress-reporting}: ids and variable names, kept stable. */
public final class ProgressReportingProcess {

  public static final String KEY = "progress-reporting";

  public static final class Tasks {
    public static final String SUBMIT_PROGRESS_REPORT = "submitProgressReport";
    public static final String REVIEW_PROGRESS_REPORT = "reviewProgressReport";

    private Tasks() {}
  }

  public static final class Variables {
    public static final String REPORT_DECISION = "reportDecision";
    public static final String REPORT_REVIEW_COMMENT = "reportReviewComment";

    private Variables() {}
  }

  private ProgressReportingProcess() {}
}
