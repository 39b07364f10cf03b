/**
 * The results framework (logframe) of an agreement: objectives with their activities, time-frames,
 * responsible parties, outputs and indicators.
 */
package org.accord.results;
