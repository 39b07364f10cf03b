package org.accord.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/** What a currency's amounts look like: its minor units, and an amount as a reader writes it. */
public final class Money {

  private Money() {}

  /**
   * The decimals an amount of the currency may have: ISO 4217's minor units (0 for JPY), but never
   * more than two, the cents Accord's tables keep (KWD's third decimal is not kept).
   */
  public static int minorUnits(String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    return digits < 0 ? 2 : Math.min(digits, 2);
  }

  /** Rounded to the currency's minor units, half to even as for any accounting conversion. */
  public static BigDecimal round(BigDecimal amount, String currency) {
    return amount.setScale(minorUnits(currency), RoundingMode.HALF_EVEN);
  }

  /** The sum alone, grouped and with the currency's decimals: "250,000.00", "1,250,000" (JPY). */
  public static String amount(BigDecimal amount, String currency) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
    int digits = minorUnits(currency);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(amount);
  }

  /** 250000.00 USD reads "USD 250,000.00". */
  public static String of(BigDecimal amount, String currency) {
    return currency + " " + amount(amount, currency);
  }
}
