package org.accord.notification;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.samskivert.mustache.Mustache;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.accord.shared.Language;
import org.accord.shared.Money;

/**
 * How a message writes dates and amounts in one language, as the language's CLDR data (ICU4J) wants
 * them. The model carries the values themselves, so each recipient reads them in their language;
 * anything else is written as it is (ids and counts stay as the records have them).
 */
final class MessageFormats implements Mustache.Formatter {

  private final ULocale locale;

  MessageFormats(Language language) {
    // English as the agency writes it: 7 December 2026, not December 7, 2026.
    this.locale = language == Language.EN ? ULocale.UK : ULocale.forLocale(language.locale());
  }

  @Override
  public String format(Object value) {
    if (value instanceof Amount amount) {
      return amount(amount);
    }
    if (value instanceof LocalDate date) {
      return date(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }
    if (value instanceof Date date) {
      return date(date);
    }
    return String.valueOf(value);
  }

  // The code where the language puts it (USD 12,345.67; 12 345,67 USD), with Accord's decimals.
  private String amount(Amount amount) {
    NumberFormat format = NumberFormat.getInstance(locale, NumberFormat.ISOCURRENCYSTYLE);
    format.setCurrency(Currency.getInstance(amount.currency()));
    int digits = Money.minorUnits(amount.currency());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    // A plain space where CLDR has a no-break one: what mail clients and readers expect to find.
    return format.format(amount.value()).replace('\u00A0', ' ');
  }

  // Dates are days in UTC, as the processes compute them.
  private String date(Date date) {
    DateFormat format = DateFormat.getDateInstance(DateFormat.LONG, locale);
    format.setTimeZone(TimeZone.GMT_ZONE);
    return format.format(date);
  }
}
