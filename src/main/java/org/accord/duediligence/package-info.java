/**
 * Due diligence of partners: the sanctions screen, the due-diligence process with its reviews, and
 * the partner-risk-rating decision.
 */
package org.accord.duediligence;
