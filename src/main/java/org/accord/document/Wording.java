package org.accord.document;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How the documents write dates, sums and the API's constants, in English. */
final class Wording {

  /** 1 January 2027. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Wording() {}

  /** 250000.00 USD reads "USD 250,000.00"; a currency without minor units shows none. */
  static String money(BigDecimal amount, String currency) {
    return currency + " " + amount(amount, currency);
  }

  /** The sum alone, grouped and with the currency's decimals: "250,000.00". */
  static String amount(BigDecimal amount, String currency) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    int digits = Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(amount);
  }

  /** AFFORDABLE_CONNECTIVITY reads "Affordable connectivity". */
  static String words(String constant) {
    String text = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
