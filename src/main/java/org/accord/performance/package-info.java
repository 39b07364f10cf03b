/**
 * The annual performance report of the strategic plan (issue 18): for a plan year, each priority's
 * outcomes and KPIs (target in force, actual, the agreements that contributed), the funds
 * mobilized, the outputs delivered and the lessons learned in the year's evaluations; as JSON and
 * as a PDF.
 */
package org.accord.performance;
