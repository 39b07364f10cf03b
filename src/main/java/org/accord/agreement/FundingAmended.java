package org.accord.agreement;

import org.accord.budget.FundingTerms;

/**
 * Published, in the amending transaction, when an approved amendment changed an active agreement's
 * budget or payment schedule: the collection of its instalments follows the new schedule.
 */
public record FundingAmended(Agreement agreement, FundingTerms before, FundingTerms after) {}
