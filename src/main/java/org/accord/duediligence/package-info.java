/**
 * Due diligence of partners: the sanctions screen, the due-diligence process with its reviews, and
 * the partner-risk-rating decision; and screening that keeps up after it: the imported UN
 * consolidated list, re-screening on import and nightly, and the sanctions-review of a new match.
 */
package org.accord.duediligence;
