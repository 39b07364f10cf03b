package org.accord.reporting;

import org.accord.agreement.Agreement;

/** Published, in the reviewing transaction, when a manager accepts a period's report. */
public record ReportAccepted(Agreement agreement, int period) {}
