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
 * plain-text body and an HTML body (values HTML-escaped). English is {@code <part>.mustache};
 * another language is {@code <part>_<code>.mustache} beside it, and its partials {@code
 * _<name>_<code>} where written (the English partial otherwise). A value a template needs but the
 * event does not provide is an error, never an empty gap in a message.
 */
@Component
public class NotificationTemplates {

  /** A message ready to send. */
  public record Rendered(String subject, String text, String html) {}

  private record Compiled(Template subject, Template text, Template html) {}

  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  public Rendered render(String name, Map<String, Object> model) {
    return render(name, null, model);
  }

  /** The message in the language; null or English reads the English templates. */
  public Rendered render(String name, Language language, Map<String, Object> model) {
    String suffix = language == null || language == Language.EN ? "" : "_" + language.code();
    Compiled template = cache.computeIfAbsent(name + suffix, key -> compile(name, suffix));
    try {
      return new Rendered(
          template.subject().execute(model).strip().replaceAll("\\s+", " "),
          template.text().execute(model),
          template.html().execute(model));
    } catch (MustacheException missing) {
      throw new NotificationTemplateException(
          "Template '" + name + "' cannot be rendered: " + missing.getMessage(), missing);
    }
  }

  private static Compiled compile(String name, String suffix) {
    return new Compiled(
        compiler(false, suffix).compile(read(name + "/subject" + suffix)),
        compiler(false, suffix).compile(read(name + "/text" + suffix)),
        compiler(true, suffix).compile(read(name + "/html" + suffix)));
  }

  private static Mustache.Compiler compiler(boolean escapeHtml, String suffix) {
    return Mustache.compiler()
        .escapeHTML(escapeHtml)
        .withLoader(
            partial ->
                new ClassPathResource("notifications/_" + partial + suffix + ".mustache").exists()
                    ? read("_" + partial + suffix)
                    : read("_" + partial));
  }

  private static Reader read(String path) {
    ClassPathResource resource = new ClassPathResource("notifications/" + path + ".mustache");
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
