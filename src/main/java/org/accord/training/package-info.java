/**
 * Fee-based capacity building with partners (issue 19): the cooperation terms of a training
 * cooperation (its courses, who delivers them, the fees, the revenue share with the partner, the
 * reserve for free seats for least developed countries and small island developing States, the
 * costs each side bears and how the partner is recognized), its courses and sessions, the
 * participants' enrolments with the fee their country's category sets, and the reserve that funds
 * the free seats.
 */
package org.accord.training;
