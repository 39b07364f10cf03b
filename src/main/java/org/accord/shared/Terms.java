package org.accord.shared;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The names of the API's constants in one language: priorities, regions, agreement stages, ratings,
 * members' roles, budget lines... Their one home is {@code documents/terms_<code>.properties}
 * (UTF-8), keyed {@code <enum's simple name>.<constant>} ({@code Region.ARAB_STATES}); documents,
 * Accord's pages and e-mails all read them here. English is the source, and {@code
 * DocumentBundlesTest} holds the five other languages to its keys.
 */
public final class Terms {

  private static final Map<Language, Terms> LOADED = new ConcurrentHashMap<>();

  private final Language language;
  private final Map<String, String> names;

  private Terms(Language language, Map<String, String> names) {
    this.language = language;
    this.names = Collections.unmodifiableMap(names);
  }

  /** The terms of the language, read once. */
  public static Terms in(Language language) {
    return LOADED.computeIfAbsent(language, read -> new Terms(read, read(read)));
  }

  /** A constant's name for a text written in each reader's language (an e-mail). */
  public static Translated translated(Enum<?> constant) {
    return language -> in(language).name(constant);
  }

  /** The constant's name: {@code Region.ARAB_STATES} "États arabes"; none is a defect. */
  public String name(Enum<?> constant) {
    return name(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
  }

  /** The name of a key, as the documents' patterns name it ({@code Instalment.ON_DATE}). */
  public String name(String key) {
    String name = names.get(key);
    if (name == null) {
      throw new IllegalStateException("No term '" + key + "' in " + path(language));
    }
    return name;
  }

  /**
   * The text of a key with its named arguments in place: the terms are ICU MessageFormat patterns
   * ({@code Instalment.ON_DATE} "Le {date}"), formatted as the documents write numbers ({@link
   * Formats#locale}).
   */
  public String format(String key, Map<String, ?> arguments) {
    return Formats.plain(
        new MessageFormat(name(key), Formats.of(language).locale()).format(arguments));
  }

  /** Every name, by key, in the order the bundle lists them (the order choices are offered in). */
  public Map<String, String> all() {
    return names;
  }

  static String path(Language language) {
    return "documents/terms_" + language.code() + ".properties";
  }

  private static Map<String, String> read(Language language) {
    Map<String, String> ordered = new LinkedHashMap<>();
    // Properties reads the format (escapes, continued lines); the map keeps the file's order.
    Properties inOrder =
        new Properties() {
          @Override
          public synchronized Object put(Object key, Object value) {
            return ordered.put((String) key, (String) value);
          }
        };
    try (InputStream in = new ClassPathResource(path(language)).getInputStream()) {
      inOrder.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("No terms at " + path(language), unreadable);
    }
    return ordered;
  }
}
