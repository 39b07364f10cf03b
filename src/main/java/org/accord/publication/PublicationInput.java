package org.accord.publication;

/**
 * What a manager publishes, as {@code POST /api/publications} takes it: a {@code CONSOLIDATED}
 * report {@code by} PRIORITY, REGION or DONOR {@code from} a day {@code to} another (to one
 * partner, {@code partnerCode}, or to all), or the {@code ANNUAL_PERFORMANCE} report of a {@code
 * plan}'s {@code year}, to all.
 */
public record PublicationInput(
    String kind, String by, String from, String to, String partnerCode, String plan, String year) {}
