package org.accord.agreement;

/**
 * Published, in the ending transaction, when an active agreement is CLOSED after its evaluation or
 * TERMINATED: what still runs for it (the collection of its instalments) stops here.
 */
public record AgreementEnded(Agreement agreement) {}
