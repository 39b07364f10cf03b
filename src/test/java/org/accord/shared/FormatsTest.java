package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates, amounts and rates as a reader of each language writes them, from CLDR. */
class FormatsTest {

  private static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
  private static final BigDecimal SUM = new BigDecimal("12345.67");

  @Test
  void datesAreCldrLongDates_theDayFirstInEnglishAsTheUnitedNationsWriteIt() {
    assertThat(Formats.of(Language.EN).date(NEW_YEAR)).isEqualTo("1 January 2027");
    assertThat(Formats.of(Language.FR).date(NEW_YEAR)).isEqualTo("1 janvier 2027");
    assertThat(Formats.of(Language.ES).date(NEW_YEAR)).isEqualTo("1 de enero de 2027");
    assertThat(Formats.of(Language.RU).date(NEW_YEAR)).isEqualTo("1 января 2027\u202Fг.");
    assertThat(Formats.of(Language.ZH).date(NEW_YEAR)).isEqualTo("2027年1月1日");
    assertThat(Formats.of(Language.AR).date(NEW_YEAR)).isEqualTo("١ يناير ٢٠٢٧");
  }

  @Test
  void amountsCarryTheirIsoCode_neverASymbol_groupedAsTheLanguageGroupsThem() {
    assertThat(Formats.of(Language.EN).amount(SUM, "USD")).isEqualTo("USD\u00A012,345.67");
    assertThat(Formats.of(Language.ZH).amount(SUM, "USD")).isEqualTo("USD\u00A012,345.67");
    assertThat(Formats.of(Language.FR).amount(SUM, "EUR")).isEqualTo("12\u202F345,67\u00A0EUR");
    assertThat(Formats.of(Language.RU).amount(SUM, "RUB")).isEqualTo("12\u00A0345,67\u00A0RUB");
    assertThat(Formats.of(Language.ES).amount(SUM, "USD")).isEqualTo("12.345,67\u00A0USD");
    // Arabic-Indic digits with the Arabic separators, and no invisible direction mark left.
    assertThat(Formats.of(Language.AR).amount(SUM, "USD")).isEqualTo("١٢٬٣٤٥٫٦٧\u00A0USD");
  }

  @Test
  void anAmountHasItsCurrencysMinorUnits() {
    assertThat(Formats.of(Language.EN).amount(new BigDecimal("1250000"), "JPY"))
        .isEqualTo("JPY\u00A01,250,000");
    assertThat(Formats.of(Language.FR).sum(new BigDecimal("250000"), "USD"))
        .isEqualTo("250\u202F000,00");
  }

  @Test
  void numbersKeepTheirDecimals_andPercentagesAreWrittenAsTheLanguageWritesThem() {
    assertThat(Formats.of(Language.EN).number(new BigDecimal("1200.50"))).isEqualTo("1,200.5");
    assertThat(Formats.of(Language.EN).percent(new BigDecimal("12.50"))).isEqualTo("12.5%");
    assertThat(Formats.of(Language.FR).percent(new BigDecimal("12.5"))).isEqualTo("12,5\u00A0%");
    assertThat(Formats.of(Language.AR).percent(new BigDecimal("10"))).isEqualTo("١٠٪");
  }

  @Test
  void countriesAreNamedInTheLanguage_withTheirCode() {
    assertThat(Formats.of(Language.FR).country("GB")).isEqualTo("Royaume-Uni (GB)");
    assertThat(Formats.of(Language.ES).country("DE")).isEqualTo("Alemania (DE)");
  }
}
