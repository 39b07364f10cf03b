package org.accord.shared.process;

import java.util.List;
import java.util.stream.Stream;
import org.accord.shared.Language;
import org.accord.shared.PageTexts;

/**
 * The variables Tasklist shows under each task in the list, so that twenty "Screen proposal" tasks
 * can be told apart: the filters name them, and tasks whose readers may not read their process's
 * variables (a partner's) carry them as their own.
 */
public final class TasklistColumns {

  public record Column(String variable, String label) {}

  /**
   * Their labels are the Tasklist bundle's English ({@code column.<variable>}), translated there.
   */
  public static final List<Column> COLUMNS =
      Stream.of(
              "agreementReference",
              "title",
              "partnerName",
              "reportingPeriodLabel",
              "amendmentNumber")
          .map(variable -> new Column(variable, label(variable, Language.EN)))
          .toList();

  /** A column's label in the language. */
  public static String label(String variable, Language language) {
    return PageTexts.of("tasklist", language).text("column." + variable);
  }

  private TasklistColumns() {}
}
