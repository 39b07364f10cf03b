package org.accord.opportunity;

/**
 * What an officer publishes: a proposal ({@code agreementReference}) or an initiative ({@code
 * initiativeCode}), the summary partners read, the amount sought (a decimal string) and the
 * deadline. Title, countries, priority and region come from the proposal or initiative; the last
 * two may be given where an initiative has none.
 */
public record OpportunityInput(
    String agreementReference,
    String initiativeCode,
    String summary,
    String amountSought,
    String currency,
    String deadline,
    String priority,
    String region) {}
