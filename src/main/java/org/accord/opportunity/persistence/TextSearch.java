package org.accord.opportunity.persistence;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.shared.Language;

/**
 * PostgreSQL's text-search configurations for the six languages. An opportunity's words are stemmed
 * by the configuration of its own language; a search is stemmed by every one of them, since a
 * partner may type words of any language whatever their own, and the words as written ({@code
 * simple}) find names, and Chinese, which PostgreSQL does not split into words.
 */
public final class TextSearch {

  private static final Map<Language, String> CONFIGURATIONS = new EnumMap<>(Language.class);

  static {
    CONFIGURATIONS.put(Language.AR, "arabic");
    CONFIGURATIONS.put(Language.ZH, "simple");
    CONFIGURATIONS.put(Language.EN, "english");
    CONFIGURATIONS.put(Language.FR, "french");
    CONFIGURATIONS.put(Language.RU, "russian");
    CONFIGURATIONS.put(Language.ES, "spanish");
  }

  private TextSearch() {}

  /** The configuration that stems a text written in the language. */
  public static String of(Language language) {
    return CONFIGURATIONS.get(language);
  }

  /** Every configuration a search is stemmed by ({@code OpportunityMapper.xml}'s query). */
  public static List<String> all() {
    return CONFIGURATIONS.values().stream().distinct().sorted().toList();
  }
}
