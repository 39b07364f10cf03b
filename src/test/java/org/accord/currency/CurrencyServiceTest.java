package org.accord.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.accord.currency.persistence.ExchangeRateMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** USD equivalents to the cent, at the edges of the approval threshold. */
class CurrencyServiceTest {

  private final ExchangeRateMapper rates = mock(ExchangeRateMapper.class);
  private final CurrencyService currencies =
      new CurrencyService(rates, mock(org.accord.audit.AuditTrail.class));

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
    rate("EUR", "1.08");
    rate("USD", "1");
    rate("JPY", "0.0067");
    rate("KRW", "0.00073");

    assertThat(currencies.toUsd(new BigDecimal(amount), currency)).isEqualByComparingTo(usd);
  }

  private void rate(String currency, String usdPerUnit) {
    when(rates.find(currency))
        .thenReturn(
            Optional.of(
                new ExchangeRate(
                    currency, new BigDecimal(usdPerUnit), OffsetDateTime.now(), "test")));
  }
}
