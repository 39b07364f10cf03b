package org.accord.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.shared.Language;

/**
 * The words of every form in one language, {@code forms/i18n/<code>.json}: one object per form id,
 * holding its words by {@code <component id>.<property>} (see {@link FormTexts}). English has no
 * bundle: it is the forms themselves.
 */
final class FormBundles {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormBundles() {}

  static String path(Language language) {
    return "forms/i18n/" + language.code() + ".json";
  }

  /** The bundle's words by their full keys ({@code recordReceipt.Field_title.label}). */
  static Map<String, String> of(Language language) {
    String path = path(language);
    try (InputStream in = FormBundles.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("No bundle of the forms' words on the classpath: " + path);
      }
      Map<String, String> words = new LinkedHashMap<>();
      JsonNode forms = JSON.readTree(in);
      forms
          .fields()
          .forEachRemaining(
              form ->
                  form.getValue()
                      .fields()
                      .forEachRemaining(
                          word ->
                              words.put(
                                  form.getKey() + "." + word.getKey(), word.getValue().asText())));
      return words;
    } catch (IOException unreadable) {
      throw new UncheckedIOException("Not readable as JSON: " + path, unreadable);
    }
  }
}
