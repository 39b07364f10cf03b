package org.accord.reporting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long after a reporting period ends its progress report is due, and how long an officer has to
 * resubmit a report a manager sent back.
 */
@ConfigurationProperties("accord.reporting")
public record ReportingProperties(
    @DefaultValue("P30D") Period dueAfterPeriodEnd,
    @DefaultValue("P14D") Period revisionAllowance) {}
