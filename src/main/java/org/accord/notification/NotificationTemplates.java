package org.accord.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.shared.Language;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The messages' wording, kept as Mustache files under {@code notifications/<name>/}: a subject, a
 * plain-text body and an HTML body (values HTML-escaped), in each of Accord's languages: {@code
 * subject.mustache} is English, {@code subject_fr.mustache} French, and so on, the partials too
 * ({@code _header_fr.mustache}). Dates and amounts are written as the language writes them ({@link
 * MessageFormats}). A value a template needs but the event does not provide is an error, never an
 * empty gap in a message.
 */
@Component
public class NotificationTemplates {

  /** A message ready to send. */
  public record Rendered(String subject, String text, String html) {}

  private record Compiled(Template subject, Template text, Template html) {}

  private record Key(String name, Language language) {}

  private final Map<Key, Compiled> cache = new ConcurrentHashMap<>();

  public Rendered render(String name, Language language, Map<String, Object> model) {
    Compiled template =
        cache.computeIfAbsent(new Key(name, language), NotificationTemplates::compile);
    try {
      return new Rendered(
          template.subject().execute(model).strip().replaceAll("\\s+", " "),
          template.text().execute(model),
          template.html().execute(model));
    } catch (MustacheException missing) {
      throw new NotificationTemplateException(
          "Template '"
              + name
              + "' ("
              + language.code()
              + ") cannot be rendered: "
              + missing.getMessage(),
          missing);
    }
  }

  private static Compiled compile(Key key) {
    Mustache.Compiler plain = compiler(false, key.language());
    Mustache.Compiler escaped = compiler(true, key.language());
    return new Compiled(
        plain.compile(read(key.name() + "/subject", key.language())),
        plain.compile(read(key.name() + "/text", key.language())),
        escaped.compile(read(key.name() + "/html", key.language())));
  }

  private static Mustache.Compiler compiler(boolean escapeHtml, Language language) {
    return Mustache.compiler()
        .escapeHTML(escapeHtml)
        .withFormatter(new MessageFormats(language))
        .withLoader(partial -> read("_" + partial, language));
  }

  /** The file of a part in a language: English is the part's own name, the others add the code. */
  static String fileName(String part, Language language) {
    return part + (language == Language.EN ? "" : "_" + language.code()) + ".mustache";
  }

  private static Reader read(String part, Language language) {
    return read(fileName(part, language));
  }

  private static Reader read(String file) {
    ClassPathResource resource = new ClassPathResource("notifications/" + file);
    if (!resource.exists()) {
      throw new NotificationTemplateException(
          "No notification template " + resource.getPath(), null);
    }
    try {
      return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
