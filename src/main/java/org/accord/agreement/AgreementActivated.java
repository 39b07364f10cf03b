package org.accord.agreement;

/**
 * Published, in the activating transaction, when both parties have signed and the agreement becomes
 * ACTIVE: monitoring and evaluation starts from here.
 */
public record AgreementActivated(Agreement agreement) {}
