/**
 * Fee-based capacity building with partners (issue 19): the cooperation terms of a training
 * cooperation (its courses, who delivers them, the fees, the revenue share with the partner, the
 * reserve for free seats for least developed countries and small island developing States, the
 * costs each side bears and how the partner is recognized), its courses and sessions, the
 * participants' enrolments with the fee their country's category sets, the reserve that funds the
 * free seats, and each session's closure (process {@code training-session}): its revenue shared by
 * the terms, the reserve credited and the partner's share paid.
 */
package org.accord.training;
