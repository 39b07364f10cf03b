package org.accord.reporting;

import java.util.List;

/** A progress report as the officer submits it; expenditure is a decimal string. */
public record ReportSubmission(
    String narrative, String expenditure, List<IndicatorActual> indicatorActuals) {}
