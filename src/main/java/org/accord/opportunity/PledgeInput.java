package org.accord.opportunity;

/**
 * A partner's pledge towards an opportunity (an amount as a decimal string, with its currency), or
 * its interest without an amount; with a note for the officers.
 */
public record PledgeInput(String amount, String currency, String note) {}
