/**
 * The money terms of an agreement: its budget by line and by source of funds, and the schedule of
 * the partner's instalments. Set in the proposal and changed only by amendment.
 */
package org.accord.budget;
