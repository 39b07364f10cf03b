package org.accord.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.shared.Language;

/**
 * Compares a translation with its English original, key by key: what it lacks, what it adds, and
 * which placeholders or markup of an English text it lost. Any bundle that can be read as texts by
 * key (the webapps' JSON locale files, and properties files the same way) is checked here.
 */
public final class Translations {

  /**
   * What a translation must keep exactly: angular-translate's {{placeholders}}, moment's %d and %s,
   * MessageFormat's {0} and {name}, and HTML tags. Words in angle brackets that are no tags, such
   * as Cockpit's {@code <definition>}, are the translator's.
   */
  private static final Pattern KEPT =
      Pattern.compile(
          "\\{\\{[^}]*\\}\\}|%[ds]|\\{[a-zA-Z0-9_]+\\}"
              + "|</?(?:a|b|br|code|div|em|i|kbd|li|ol|p|pre|small|span|strong|u|ul)\\b[^>]*>");

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Scripts a text in these languages is written in; English copied over has none of them. */
  private static final Map<Language, Pattern> SCRIPT =
      Map.of(
          Language.AR, Pattern.compile("\\p{IsArabic}"),
          Language.ZH, Pattern.compile("\\p{IsHan}"),
          Language.RU, Pattern.compile("\\p{IsCyrillic}"));

  private Translations() {}

  /**
   * Whether a translation of an English text with words in it is written in its language's script
   * (Arabic, Chinese, Russian); any text passes in a language written in Latin letters.
   */
  public static boolean inItsScript(String english, String translated, Language language) {
    return !SCRIPT.containsKey(language)
        || english.chars().noneMatch(Character::isLetter)
        || SCRIPT.get(language).matcher(translated).find();
  }

  /** Every problem of the translation, each naming its key; empty when it is complete. */
  public static List<String> problems(Map<String, String> english, Map<String, String> translated) {
    List<String> problems = new ArrayList<>();
    for (String key : english.keySet()) {
      if (!translated.containsKey(key)) {
        problems.add(key + ": missing");
      } else {
        List<String> lost = new ArrayList<>(kept(english.get(key)));
        kept(translated.get(key)).forEach(lost::remove);
        if (!lost.isEmpty()) {
          problems.add(key + ": lost " + lost);
        }
      }
    }
    Set<String> extra = new TreeSet<>(translated.keySet());
    extra.removeAll(english.keySet());
    extra.forEach(key -> problems.add(key + ": not in English"));
    return problems;
  }

  /**
   * As {@link #problems}, for a bundle whose counted texts are written once per plural category of
   * the language ({@code count.agreements#one}, {@code #few}, {@code #other}...): English names
   * which texts are counted; the translation must have exactly its language's categories (CLDR's,
   * as ICU4J and the browser's {@code Intl.PluralRules} have them) for each, and keep the
   * placeholders of the English {@code #other}, except in a category that stands for one number
   * only (Arabic writes "اتفاقيتان" for two agreements, without the number).
   */
  public static List<String> problems(
      Map<String, String> english, Map<String, String> translated, String languageCode) {
    List<String> problems =
        new ArrayList<>(problems(withoutCounted(english), withoutCounted(translated)));
    PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(languageCode));
    Set<String> categories = new TreeSet<>(rules.getKeywords());
    Set<String> counted = new TreeSet<>();
    english.keySet().stream()
        .filter(key -> key.contains("#"))
        .forEach(key -> counted.add(base(key)));
    for (String text : counted) {
      Set<String> written = new TreeSet<>();
      translated.keySet().stream()
          .filter(key -> key.startsWith(text + "#"))
          .forEach(key -> written.add(key.substring(text.length() + 1)));
      if (!written.equals(categories)) {
        problems.add(text + ": plural forms " + written + ", the language has " + categories);
      }
      List<String> englishKept = kept(english.getOrDefault(text + "#other", ""));
      for (String category : written) {
        Collection<Double> numbers = rules.getAllKeywordValues(category);
        if (numbers != null && numbers.size() == 1) {
          continue;
        }
        List<String> lost = new ArrayList<>(englishKept);
        kept(translated.get(text + "#" + category)).forEach(lost::remove);
        if (!lost.isEmpty()) {
          problems.add(text + "#" + category + ": lost " + lost);
        }
      }
    }
    translated.keySet().stream()
        .filter(key -> key.contains("#") && !counted.contains(base(key)))
        .forEach(key -> problems.add(key + ": not counted in English"));
    return problems;
  }

  private static String base(String key) {
    return key.substring(0, key.indexOf('#'));
  }

  private static Map<String, String> withoutCounted(Map<String, String> texts) {
    Map<String, String> plain = new LinkedHashMap<>(texts);
    plain.keySet().removeIf(key -> key.contains("#"));
    return plain;
  }

  /** A JSON file's texts by their path ({@code labels.SAVE}, {@code dateLocales.months[0]}). */
  public static Map<String, String> ofJson(URL file) {
    try (InputStream in = file.openStream()) {
      // Camunda's own files begin with a byte order mark.
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
      Map<String, String> texts = new LinkedHashMap<>();
      flatten("", JSON.readTree(text), texts);
      return texts;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Not readable as JSON: " + file, unreadable);
    }
  }

  /** A properties file's texts by key, read as UTF-8 (Accord's document bundles). */
  public static Map<String, String> ofProperties(URL file) {
    try (InputStream in = file.openStream()) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> texts = new LinkedHashMap<>();
      properties.stringPropertyNames().stream()
          .sorted()
          .forEach(key -> texts.put(key, properties.getProperty(key)));
      return texts;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Not readable as properties: " + file, unreadable);
    }
  }

  private static void flatten(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              field ->
                  flatten(
                      path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                      field.getValue(),
                      texts));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), texts);
      }
    } else {
      texts.put(path, node.asText());
    }
  }

  private static List<String> kept(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = KEPT.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
