package org.accord.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private Translations() {}

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
