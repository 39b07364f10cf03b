package org.accord.document;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.budget.Instalment;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.shared.Terms;

/**
 * A document's words in one language: its message bundle {@code documents/<document>_<code>
 * .properties} (UTF-8), the terms every document shares ({@code documents/terms_<code>
 * .properties}: the names of priorities, regions, budget lines...) and the language's {@link
 * Formats}. Texts are ICU MessageFormat patterns with named arguments, so that a translation places
 * them and chooses its plural forms ({@code {months, plural, one {# month} other {# months}}}). A
 * key a bundle lacks is a fault of the build, never English in its place: {@code
 * DocumentBundlesTest} holds every bundle to its English.
 */
public final class Wording {

  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  private final String document;
  private final Formats formats;
  private final Properties texts;
  private final Properties terms;

  private Wording(String document, Language language) {
    this.document = document;
    this.formats = Formats.of(language);
    this.texts = bundle(document, language);
    this.terms = bundle("terms", language);
  }

  /** The words of the document ("mou", "call-for-funds") in the language. */
  public static Wording of(String document, Language language) {
    return new Wording(document, language);
  }

  /** The shared terms alone, for a document that has no words of its own yet. */
  public static Wording terms(Language language) {
    return new Wording("terms", language);
  }

  public Language language() {
    return formats.language();
  }

  public Formats formats() {
    return formats;
  }

  /** The text of the key as it stands. */
  public String text(String key) {
    return text(key, Map.of());
  }

  /** The text of the key with its arguments in place. */
  public String text(String key, Map<String, ?> arguments) {
    return Formats.plain(
        new MessageFormat(pattern(texts, document, key), formats.locale()).format(arguments));
  }

  /** A constant of the API as the documents name it: {@code Region.ARAB_STATES} "États arabes". */
  public String term(Enum<?> constant) {
    return Terms.in(language()).name(constant);
  }

  /** What makes an instalment fall due, as the MoU and the call for funds word it. */
  public String fallsDue(Instalment instalment) {
    String key = "Instalment." + instalment.trigger();
    String pattern = pattern(terms, "terms", key);
    return Formats.plain(
        new MessageFormat(pattern, formats.locale())
            .format(
                Map.of(
                    "date",
                    instalment.dueDate() == null ? "" : formats.date(instalment.dueDate()),
                    "report",
                    instalment.reportNumber() == null ? 0 : instalment.reportNumber())));
  }

  /** The footer's "Page 2 of 5", the same in every document ({@code documents/page_<code>}). */
  public String pageNumber(int page, int pages) {
    return Formats.plain(
        new MessageFormat(pattern(bundle("page", language()), "page", "number"), formats.locale())
            .format(Map.of("page", page, "pages", pages)));
  }

  /** A page of headings, paragraphs and tables in the language, laid out in its direction. */
  public PdfDocument pdf(Fonts fonts, String title, String footer) {
    return new PdfDocument(fonts, language(), title, footer, this::pageNumber);
  }

  public String date(LocalDate date) {
    return formats.date(date);
  }

  public String amount(BigDecimal amount, String currency) {
    return formats.amount(amount, currency);
  }

  public String sum(BigDecimal amount, String currency) {
    return formats.sum(amount, currency);
  }

  public String number(BigDecimal number) {
    return formats.number(number);
  }

  public String percent(BigDecimal percent) {
    return formats.percent(percent);
  }

  public String country(String code) {
    return formats.country(code);
  }

  private static String pattern(Properties bundle, String name, String key) {
    String pattern = bundle.getProperty(key);
    if (pattern == null) {
      throw new IllegalStateException("documents/" + name + " has no text " + key);
    }
    return pattern;
  }

  private static Properties bundle(String document, Language language) {
    return BUNDLES.computeIfAbsent(
        document + "_" + language.code(),
        name -> {
          String path = "/documents/" + name + ".properties";
          try (InputStream in = Wording.class.getResourceAsStream(path)) {
            if (in == null) {
              throw new IllegalStateException("No message bundle " + path);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        });
  }
}
