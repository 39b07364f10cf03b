package org.accord.currency;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A currency's rate against the US dollar, in force from its effective date until the next rate of
 * the same currency; {@code updatedAt} and {@code updatedBy} say when and by whom it was recorded.
 *
 * <p>A rate is kept in the form it was given: {@code unitsPerUsd} as the UN publishes it (then
 * {@code usdPerUnit} is its inverse, rounded to ten decimals, for reading only), or {@code
 * usdPerUnit} alone as administrators set it. Conversions use the given form: an amount is divided
 * by the UN's units per dollar, not multiplied by a rounded inverse, so that every figure is the
 * one a reader computes by hand from the published table. At 15,800 IDR per USD, 1,000,000,000 IDR
 * is 1,000,000,000 / 15,800 = 63,291.139… = 63,291.14 USD; the inverse to ten decimals,
 * 0.0000632911, would make it 63,291.10.
 */
public record ExchangeRate(
    String currency,
    BigDecimal usdPerUnit,
    BigDecimal unitsPerUsd,
    LocalDate effectiveDate,
    RateSource source,
    OffsetDateTime updatedAt,
    String updatedBy) {

  /** The amount's US dollars, unrounded to the precision of a 34-digit quotient. */
  BigDecimal usdOf(BigDecimal amount) {
    return amount.multiply(usdSide()).divide(unitSide(), MathContext.DECIMAL128);
  }

  /**
   * An amount of this currency in another, unrounded: amount × (USD per unit of this) / (USD per
   * unit of the other), written over one common denominator so that there is a single division.
   */
  BigDecimal convertTo(BigDecimal amount, ExchangeRate target) {
    return amount
        .multiply(usdSide())
        .multiply(target.unitSide())
        .divide(unitSide().multiply(target.usdSide()), MathContext.DECIMAL128);
  }

  /** Whether this rate is the other one's value, in the same form (the source may differ). */
  boolean sameValueAs(ExchangeRate other) {
    return unitsPerUsd == null
        ? other.unitsPerUsd == null && usdPerUnit.compareTo(other.usdPerUnit) == 0
        : other.unitsPerUsd != null && unitsPerUsd.compareTo(other.unitsPerUsd) == 0;
  }

  /** The rate as the fraction usdSide / unitSide US dollars per unit: one side is 1. */
  private BigDecimal usdSide() {
    return unitsPerUsd == null ? usdPerUnit : BigDecimal.ONE;
  }

  private BigDecimal unitSide() {
    return unitsPerUsd == null ? BigDecimal.ONE : unitsPerUsd;
  }
}
