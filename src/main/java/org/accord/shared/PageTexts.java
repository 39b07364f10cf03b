package org.accord.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.PluralRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.util.HtmlUtils;

/**
 * The words of one of Accord's own pages (the dashboard, the portal, the language page, the public
 * training pages, the attachments page, Tasklist's header links) in one language. Each page has one
 * bundle per language, {@code static/texts/<page>/<code>.json}: English is the source, and {@code
 * TextBundlesTest} fails the build when another language lacks a key English has or has one it does
 * not. The bundles are static files, so the Tasklist scripts read theirs as the pages do.
 *
 * <p>A page's HTML names its words as {@code {{key}}} and its language as {@code {{lang}}} and
 * {@code {{dir}}}; its script gets the whole bundle where the page says {@code /*texts*}{@code /}.
 */
public final class PageTexts {

  private static final Pattern KEY = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)\\}\\}");
  private static final String SCRIPT_PLACEHOLDER = "/*texts*/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, PageTexts> LOADED = new ConcurrentHashMap<>();

  /**
   * The kinds of the constants the pages' scripts name ({@code vocabulary['region.AFRICA']}), by
   * the enum that has them; their names are the {@link Terms}' (their one home).
   */
  private static final Map<String, String> VOCABULARY =
      Map.of(
          "Priority", "priority",
          "Region", "region",
          "AgreementStatus", "status",
          "Rating", "rating",
          "OutputType", "output");

  private final String page;
  private final Language language;
  private final Map<String, String> texts;

  private PageTexts(String page, Language language, Map<String, String> texts) {
    this.page = page;
    this.language = language;
    this.texts = Collections.unmodifiableMap(texts);
  }

  /** The page's words in the language, read once. */
  public static PageTexts of(String page, Language language) {
    return LOADED.computeIfAbsent(
        page + "/" + language.code(),
        loaded -> new PageTexts(page, language, read(page, language)));
  }

  /**
   * The names of priorities, regions, agreement stages, ratings and output types for a page's
   * script, in the order the terms list them (the order a page offers them in): {@code
   * priority.<code>}, {@code region.<code>}, {@code status.<code>}, {@code rating.<code>}, {@code
   * output.<code>}.
   */
  public static PageTexts vocabulary(Language language) {
    return LOADED.computeIfAbsent(
        "vocabulary/" + language.code(),
        loaded -> {
          Map<String, String> names = new LinkedHashMap<>();
          Terms.in(language)
              .all()
              .forEach(
                  (key, name) -> {
                    String kind = VOCABULARY.get(key.substring(0, key.indexOf('.')));
                    if (kind != null) {
                      names.put(kind + key.substring(key.indexOf('.')), name);
                    }
                  });
          return new PageTexts("vocabulary", language, names);
        });
  }

  public Language language() {
    return language;
  }

  /** Every word of the page, by key. */
  public Map<String, String> all() {
    return texts;
  }

  /** The text of a key, its {name} placeholders filled; a missing key is a defect, not input. */
  public String text(String key, Map<String, ?> values) {
    String text = texts.get(key);
    if (text == null) {
      throw new IllegalStateException("No text '" + key + "' for the page " + page);
    }
    for (Map.Entry<String, ?> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
    }
    return text;
  }

  public String text(String key) {
    return text(key, Map.of());
  }

  /**
   * A counted text in the plural form the language's rules choose for {@code n} ("1 hour", "3
   * hours"; Arabic and Russian have more forms), {@code n} written as the language writes numbers:
   * the server's twin of {@code counted} in {@code texts.js}, for pages without a script.
   */
  public String counted(String key, long n, Map<String, ?> values) {
    Formats formats = Formats.of(language);
    String form = key + "#" + PluralRules.forLocale(formats.locale()).select(n);
    Map<String, Object> filled = new LinkedHashMap<>(values);
    filled.put("n", formats.number(BigDecimal.valueOf(n)));
    return text(texts.containsKey(form) ? form : key + "#other", filled);
  }

  /**
   * The page's HTML in the language: each {@code {{key}}} its text, escaped; {@code {{lang}}} and
   * {@code {{dir}}} the language's code and direction; and the bundle for the page's script.
   */
  public String fill(String html) {
    Matcher keys = KEY.matcher(html);
    StringBuilder filled = new StringBuilder();
    while (keys.find()) {
      String key = keys.group(1);
      String value =
          switch (key) {
            case "lang" -> language.code();
            case "dir" -> language.isRightToLeft() ? "rtl" : "ltr";
            default -> HtmlUtils.htmlEscape(text(key), "UTF-8");
          };
      keys.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    keys.appendTail(filled);
    return filled.toString().replace(SCRIPT_PLACEHOLDER, scriptJson());
  }

  /** The bundle as JSON to embed in a script element of the page. */
  public String scriptJson() {
    return scriptSafe(json(texts));
  }

  /** JSON inside a script element: nothing in it may close the element or start markup. */
  public static String scriptSafe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  private static String json(Map<String, String> texts) {
    try {
      return JSON.writeValueAsString(texts);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException(unwritable);
    }
  }

  private static Map<String, String> read(String page, Language language) {
    String path = "static/texts/" + page + "/" + language.code() + ".json";
    try (InputStream in = new ClassPathResource(path).getInputStream()) {
      return JSON.readValue(in, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (IOException unreadable) {
      throw new UncheckedIOException("No texts at " + path, unreadable);
    }
  }
}
