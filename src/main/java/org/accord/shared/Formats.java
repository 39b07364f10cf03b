package org.accord.shared;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.NumberFormatter.UnitWidth;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

/**
 * How dates, numbers, amounts and percentages are written in each of Accord's languages, from
 * CLDR's data through ICU4J: "1 January 2027", "USD 12,345.67" in English; "1 janvier 2027", "12
 * 345,67 USD" in French; "١ يناير ٢٠٢٧", "١٢٬٣٤٥٫٦٧ USD" in Arabic. An amount always carries its
 * ISO 4217 code, never a symbol ("$" is the dollar of a dozen countries). ADR 17 says why each
 * choice.
 */
public final class Formats {

  private static final Map<Language, Formats> OF = new EnumMap<>(Language.class);

  static {
    for (Language language : Language.values()) {
      OF.put(language, new Formats(language));
    }
  }

  private final Language language;
  private final ULocale locale;

  // Immutable and thread-safe, built once: building one costs more than formatting with it.
  private final LocalizedNumberFormatter numbers;
  private final LocalizedNumberFormatter percents;
  private final DateFormat longDates;

  private Formats(Language language) {
    this.language = language;
    this.locale = locale(language);
    this.numbers = NumberFormatter.withLocale(locale).precision(Precision.unlimited());
    this.percents = numbers.unit(MeasureUnit.PERCENT);
    this.longDates = DateFormat.getDateInstance(DateFormat.LONG, locale);
    longDates.setTimeZone(TimeZone.GMT_ZONE);
  }

  public static Formats of(Language language) {
    return OF.get(language);
  }

  /**
   * The locale the language is written in. English as the United Nations write it: the day before
   * the month ("1 January 2027"). Arabic with Arabic-Indic digits: CLDR's plain {@code ar} has
   * written Western digits since CLDR 42, but the Arabic texts of the agency's partners in the Arab
   * States write ١٢٣ (ADR 17).
   */
  private static ULocale locale(Language language) {
    return switch (language) {
      case EN -> ULocale.forLanguageTag("en-GB");
      case AR -> ULocale.forLanguageTag("ar-u-nu-arab");
      default -> ULocale.forLanguageTag(language.code());
    };
  }

  public Language language() {
    return language;
  }

  /** The locale numbers, dates and plural rules of the language are taken from. */
  public ULocale locale() {
    return locale;
  }

  /** CLDR's long date: "1 January 2027", "1 janvier 2027", "2027年1月1日", "1 января 2027 г.". */
  public String date(LocalDate date) {
    // A DateFormat is not thread-safe: each date formats with a copy.
    DateFormat format = (DateFormat) longDates.clone();
    return plain(format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC))));
  }

  /**
   * An amount with its ISO code where the language puts it, and the currency's minor units (see
   * {@link Money#minorUnits}): "USD 250,000.00", "250 000,00 USD", "JPY 1,250,000".
   */
  public String amount(BigDecimal amount, String currency) {
    return plain(
        numbers
            .unit(Currency.getInstance(currency))
            .unitWidth(UnitWidth.ISO_CODE)
            .precision(Precision.fixedFraction(Money.minorUnits(currency)))
            .format(amount)
            .toString());
  }

  /**
   * The sum alone, with the currency's minor units, for a table whose heading names the currency:
   * "250,000.00", "250 000,00".
   */
  public String sum(BigDecimal amount, String currency) {
    return plain(
        numbers
            .precision(Precision.fixedFraction(Money.minorUnits(currency)))
            .format(amount)
            .toString());
  }

  /** A count or measure with the decimals it has and no more: "1,200", "12.5", "12,5". */
  public String number(BigDecimal number) {
    return plain(numbers.format(number.stripTrailingZeros()).toString());
  }

  /** A rate given in percent (12.5 is 12.5%): "12.5%", "12,5 %", "١٢٫٥٪". */
  public String percent(BigDecimal percent) {
    return plain(percents.format(percent.stripTrailingZeros()).toString());
  }

  /** The name of a language in this one: "anglais" in French, "الإنجليزية" in Arabic. */
  public String languageName(Language other) {
    return ULocale.forLanguageTag(other.code()).getDisplayLanguage(locale);
  }

  /** A country's name in the language, its ISO code after it: "Royaume-Uni (GB)". */
  public String country(String code) {
    return countryName(code) + " (" + code + ")";
  }

  /** A country's name in the language alone, for a list to choose from: "Royaume-Uni". */
  public String countryName(String code) {
    return new ULocale("", code).getDisplayCountry(locale);
  }

  /**
   * Without the invisible direction marks CLDR puts around Arabic numbers and percent signs: they
   * are for plain-text displays, the documents order each line themselves, and their fonts have no
   * glyph for them.
   */
  public static String plain(String formatted) {
    return formatted.replaceAll("[\u200E\u200F\u061C]", "");
  }
}
