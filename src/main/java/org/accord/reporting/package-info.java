/**
 * Monitoring and evaluation of active agreements: the progress-reporting process, one reporting
 * period at a time, each report with its indicator actuals and its expenditure per line of the
 * budget.
 */
package org.accord.reporting;
