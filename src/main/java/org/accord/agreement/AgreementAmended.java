package org.accord.agreement;

/**
 * Published, in the amending transaction, when an approved amendment changed an active agreement:
 * the reporting schedule follows a new end date from here.
 */
public record AgreementAmended(Agreement before, Agreement after) {}
