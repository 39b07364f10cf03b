package org.accord.document;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the documents write dates, sums and the API's constants, in English. */
final class Wording {

  /** 1 January 2027. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Wording() {}

  /** AFFORDABLE_CONNECTIVITY reads "Affordable connectivity". */
  static String words(String constant) {
    String text = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
