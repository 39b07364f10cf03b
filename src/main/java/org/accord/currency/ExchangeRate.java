package org.accord.currency;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** How many US dollars one unit of a currency is worth, for the delegation-of-authority matrix. */
public record ExchangeRate(
    String currency, BigDecimal usdPerUnit, OffsetDateTime updatedAt, String updatedBy) {}
