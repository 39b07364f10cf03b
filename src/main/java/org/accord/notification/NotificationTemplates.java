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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The messages' wording, kept as Mustache files under {@code notifications/<name>/}: a subject, a
 * plain-text body and an HTML body (values HTML-escaped). A value a template needs but the event
 * does not provide is an error, never an empty gap in a message.
 */
@Component
public class NotificationTemplates {

  /** A message ready to send. */
  public record Rendered(String subject, String text, String html) {}

  private record Compiled(Template subject, Template text, Template html) {}

  private final Mustache.Compiler plain = compiler(false);
  private final Mustache.Compiler escaped = compiler(true);
  private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

  public Rendered render(String name, Map<String, Object> model) {
    Compiled template = cache.computeIfAbsent(name, this::compile);
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

  private Compiled compile(String name) {
    return new Compiled(
        plain.compile(read(name + "/subject")),
        plain.compile(read(name + "/text")),
        escaped.compile(read(name + "/html")));
  }

  private static Mustache.Compiler compiler(boolean escapeHtml) {
    return Mustache.compiler().escapeHTML(escapeHtml).withLoader(partial -> read("_" + partial));
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
