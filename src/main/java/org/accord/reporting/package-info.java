/**
 * Monitoring and evaluation of active agreements: the progress-reporting process, one reporting
 * period at a time.
 */
package org.accord.reporting;
