package org.accord.partner;

/** A partner as registered through {@code POST /api/partners}. */
public record NewPartner(
    String code, String name, PartnerType type, String country, String contactEmail) {}
