package org.accord.notification;

import com.samskivert.mustache.Mustache;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.shared.Translated;

/**
 * How a message writes dates, amounts and names in one language: dates and amounts as the documents
 * do ({@link Formats}), names known in the six languages ({@link Translated}) in this one. The
 * model carries the values themselves, so each recipient reads them in their language; anything
 * else is written as it is (ids and counts stay as the records have them).
 */
final class MessageFormats implements Mustache.Formatter {

  private final Language language;
  private final Formats formats;

  MessageFormats(Language language) {
    this.language = language;
    this.formats = Formats.of(language);
  }

  @Override
  public String format(Object value) {
    if (value instanceof Amount amount) {
      // A plain space where CLDR has a no-break one: what mail clients and readers expect to find.
      return formats.amount(amount.value(), amount.currency()).replace('\u00A0', ' ');
    }
    if (value instanceof Translated text) {
      return text.in(language);
    }
    if (value instanceof LocalDate date) {
      return formats.date(date);
    }
    if (value instanceof Date date) {
      // Dates are days in UTC, as the processes compute them.
      return formats.date(LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC));
    }
    return String.valueOf(value);
  }
}
