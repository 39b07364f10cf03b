/**
 * The audit trail a manager can export: every decision and status change of an agreement, and every
 * change of a partner, a donor profile, a results framework, an exchange rate, a deputyship, a
 * group membership or an authorization, with who, when, for whom, and before and after.
 */
package org.accord.audit;
