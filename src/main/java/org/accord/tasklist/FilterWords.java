package org.accord.tasklist;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.shared.Language;
import org.accord.shared.PageTexts;
import org.accord.shared.process.TasklistColumns;

/**
 * The words of Accord's Tasklist filters, in the Tasklist bundle ({@code static/texts/tasklist}):
 * the filters are saved with the English, which is what the engine answers; each reader gets them
 * in their language (the webapps' engine API is rewritten for them). A filter an administrator
 * renamed keeps the name they gave.
 */
public final class FilterWords {

  // The shared filters, by their keys in the bundle.
  static final String GROUP_TASKS = "groupTasks";
  static final String MY_TASKS = "myTasks";
  static final String DUE_SOON = "dueSoon";

  private static final List<String> SHARED = List.of(GROUP_TASKS, MY_TASKS, DUE_SOON);

  private FilterWords() {}

  static String name(String filter, Language language) {
    return texts(language).text("filter." + filter + ".name");
  }

  static String description(String filter, Language language) {
    return texts(language).text("filter." + filter + ".description");
  }

  /** A group's own filter is named after the group, which stays as its administrators named it. */
  static String groupDescription(String group, Language language) {
    return texts(language).text("filter.group.description", Map.of("group", group));
  }

  /** The shared filter's name in the language, if the English one is a shared filter's. */
  public static Optional<String> translatedName(String english, Language language) {
    return SHARED.stream()
        .filter(filter -> name(filter, Language.EN).equals(english))
        .findFirst()
        .map(filter -> name(filter, language));
  }

  /** The description in the language, if it is one Accord gave a filter of this name. */
  public static Optional<String> translatedDescription(
      String filterName, String english, Language language) {
    Optional<String> shared =
        SHARED.stream()
            .filter(filter -> description(filter, Language.EN).equals(english))
            .findFirst()
            .map(filter -> description(filter, language));
    if (shared.isPresent()) {
      return shared;
    }
    return groupDescription(filterName, Language.EN).equals(english)
        ? Optional.of(groupDescription(filterName, language))
        : Optional.empty();
  }

  /** A list column's label in the language, if it is Accord's column of that variable. */
  public static Optional<String> translatedColumn(
      String variable, String english, Language language) {
    return TasklistColumns.COLUMNS.stream()
        .filter(column -> column.variable().equals(variable) && column.label().equals(english))
        .findFirst()
        .map(column -> TasklistColumns.label(variable, language));
  }

  private static PageTexts texts(Language language) {
    return PageTexts.of("tasklist", language);
  }
}
