package org.accord.agreement;

/**
 * Published when a proposal's results framework or money terms were replaced through the API, so
 * that what the open task's form shows follows.
 */
public record ProposalTermsChanged(Agreement proposal) {}
