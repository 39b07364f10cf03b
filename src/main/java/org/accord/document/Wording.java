package org.accord.document;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.accord.budget.Instalment;

/** How the documents write dates, sums and the API's constants, in English. */
final class Wording {

  /** 1 January 2027. */
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Wording() {}

  /** What makes an instalment fall due, as the MoU and the call for funds word it. */
  static String fallsDue(Instalment instalment) {
    return switch (instalment.trigger()) {
      case ON_SIGNATURE -> "On signature of the Memorandum";
      case ON_DATE -> "On " + DATE.format(instalment.dueDate());
      case ON_REPORT_ACCEPTED ->
          "When progress report " + instalment.reportNumber() + " is accepted";
    };
  }

  /** AFFORDABLE_CONNECTIVITY reads "Affordable connectivity". */
  static String words(String constant) {
    String text = constant.replace('_', ' ').toLowerCase(Locale.ENGLISH);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
