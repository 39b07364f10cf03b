package org.accord.reporting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long after a reporting period ends its progress report is due. */
@ConfigurationProperties("accord.reporting")
record ReportingProperties(@DefaultValue("P30D") Period dueAfterPeriodEnd) {}
