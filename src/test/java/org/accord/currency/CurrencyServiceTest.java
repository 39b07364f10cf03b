package org.accord.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.accord.audit.AuditTrail;
import org.accord.currency.persistence.ExchangeRateMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** USD equivalents to the cent, at the edges of the approval threshold, in either rate form. */
class CurrencyServiceTest {

  private final ExchangeRateMapper rates = mock(ExchangeRateMapper.class);
  private final CurrencyService currencies =
      new CurrencyService(
          rates,
          mock(AuditTrail.class),
          Clock.fixed(OffsetDateTime.parse("2026-12-06T12:00Z").toInstant(), ZoneOffset.UTC));

  @ParameterizedTest(name = "{0} {1} is {2} USD")
  @CsvSource({
    "92592.58, EUR, 99999.99",
    "92592.59, EUR, 100000.00",
    "92592.60, EUR, 100000.01",
    "100000.00, USD, 100000.00",
    "14925373.13, JPY, 100000.00",
    "0.01, USD, 0.01",
    "1, KRW, 0.00"
  })
  void convertsToTheCentWithBankersRounding(String amount, String currency, String usd) {
    usdPerUnit("EUR", "1.08");
    usdPerUnit("USD", "1");
    usdPerUnit("JPY", "0.0067");
    usdPerUnit("KRW", "0.00073");

    assertThat(currencies.toUsd(new BigDecimal(amount), currency)).isEqualByComparingTo(usd);
  }

  /**
   * A UN rate is divided by, as the table is read: 1,000,000,000 / 15,800 = 63,291.1392… =
   * 63,291.14 USD, where its inverse to ten decimals (0.0000632911) would give 63,291.10.
   */
  @Test
  void unitsPerDollarAreDividedBy_notMultipliedByARoundedInverse() {
    unitsPerUsd("IDR", "15800");

    assertThat(currencies.toUsd(new BigDecimal("1000000000"), "IDR", LocalDate.of(2026, 12, 15)))
        .isEqualByComparingTo("63291.14");
  }

  /**
   * From one UN rate to another in one division: 10,000.00 CHF at 0.79 per USD into EUR at 0.926
   * per USD is 10,000.00 × 0.926 / 0.79 = 11,721.5189… = 11,721.52 EUR; from a rate given per unit,
   * 1.08 USD per EUR, to JPY at 150 per USD: 1,000.00 × 1.08 × 150 = 162,000 JPY.
   */
  @Test
  void convertsBetweenRatesOfEitherForm_roundedOnceToTheTargetsMinorUnits() {
    unitsPerUsd("CHF", "0.79");
    unitsPerUsd("EUR", "0.926");
    unitsPerUsd("JPY", "150");
    usdPerUnit("SEK", "0.095");

    assertThat(currencies.convert(new BigDecimal("10000.00"), "CHF", "EUR"))
        .isEqualByComparingTo("11721.52");
    usdPerUnit("EUR", "1.08");
    assertThat(currencies.convert(new BigDecimal("1000.00"), "EUR", "JPY"))
        .isEqualByComparingTo("162000");
    // 1,000.00 SEK × 0.095 = 95 USD; × 150 = 14,250 JPY.
    assertThat(currencies.convert(new BigDecimal("1000.00"), "SEK", "JPY"))
        .isEqualByComparingTo("14250");
  }

  private void usdPerUnit(String currency, String usdPerUnit) {
    rate(currency, new BigDecimal(usdPerUnit), null);
  }

  private void unitsPerUsd(String currency, String unitsPerUsd) {
    rate(currency, null, new BigDecimal(unitsPerUsd));
  }

  private void rate(String currency, BigDecimal usdPerUnit, BigDecimal unitsPerUsd) {
    when(rates.inForce(eq(currency), any()))
        .thenReturn(
            Optional.of(
                new ExchangeRate(
                    currency,
                    usdPerUnit,
                    unitsPerUsd,
                    LocalDate.of(2000, 1, 1),
                    RateSource.MANUAL,
                    OffsetDateTime.now(),
                    "test")));
  }
}
