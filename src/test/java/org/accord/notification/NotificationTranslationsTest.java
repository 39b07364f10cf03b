package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.samskivert.mustache.Mustache;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every e-mail in every language: each English template part (and partial) has its five
 * translations, and each translation uses exactly the values, sections and partials its English
 * uses, so that no language says less, or asks for a value the event does not give.
 */
class NotificationTranslationsTest {

  private static final Pattern TRANSLATED = Pattern.compile("(.+)_([a-z]{2})\\.mustache");

  private final NotificationTemplates templates = new NotificationTemplates();

  @Test
  void everyTemplatePartExistsInTheSixLanguages() throws IOException {
    Map<String, Resource> files = files();
    List<String> problems = new ArrayList<>();
    for (String english : englishParts(files)) {
      String part = english.substring(0, english.length() - ".mustache".length());
      for (Language language : Language.values()) {
        if (!files.containsKey(NotificationTemplates.fileName(part, language))) {
          problems.add(NotificationTemplates.fileName(part, language) + ": missing");
        }
      }
    }
    for (String file : files.keySet()) {
      Matcher translated = TRANSLATED.matcher(file);
      if (translated.matches()
          && (Language.ofCode(translated.group(2)).filter(l -> l != Language.EN).isEmpty()
              || !files.containsKey(translated.group(1) + ".mustache"))) {
        problems.add(file + ": no English original, or not one of Accord's languages");
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTranslationUsesTheValuesOfItsEnglishAndNoOther() throws IOException {
    Map<String, Resource> files = files();
    List<String> problems = new ArrayList<>();
    for (String english : englishParts(files)) {
      String part = english.substring(0, english.length() - ".mustache".length());
      Set<String> expected = tags(files.get(english));
      for (Language language : Language.values()) {
        Resource translation = files.get(NotificationTemplates.fileName(part, language));
        if (translation != null && !tags(translation).equals(expected)) {
          problems.add(
              NotificationTemplates.fileName(part, language)
                  + " uses "
                  + tags(translation)
                  + ", English "
                  + expected);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyTemplateRendersInEveryLanguageAndArabicRightToLeft() throws IOException {
    Map<String, Resource> files = files();
    Set<String> names = new TreeSet<>();
    files.keySet().stream()
        .filter(file -> file.endsWith("/subject.mustache"))
        .forEach(file -> names.add(file.substring(0, file.indexOf('/'))));
    for (String name : names) {
      Map<String, Object> model = new HashMap<>();
      for (String part : List.of("subject", "text", "html")) {
        tags(files.get(name + "/" + part + ".mustache")).stream()
            .map(tag -> tag.substring(tag.indexOf(' ') + 1))
            .forEach(value -> model.put(value, "«" + value + "»"));
      }
      for (String partial : List.of("header", "footer", "agreement")) {
        tags(files.get("_" + partial + ".mustache")).stream()
            .map(tag -> tag.substring(tag.indexOf(' ') + 1))
            .forEach(value -> model.put(value, "«" + value + "»"));
      }
      for (Language language : Language.values()) {
        NotificationTemplates.Rendered rendered = templates.render(name, language, model);
        assertThat(rendered.subject()).as(name + " " + language).isNotBlank();
        String html = "<html lang=\"" + language.code() + "\"";
        assertThat(rendered.html())
            .as(name + " " + language)
            .contains(language.isRightToLeft() ? html + " dir=\"rtl\"" : html);
      }
    }
  }

  /** The values, sections and partials a template names, as "variable x", "section y"... */
  private static Set<String> tags(Resource file) throws IOException {
    Set<String> tags = new TreeSet<>();
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      Mustache.compiler()
          .withLoader(partial -> Reader.nullReader())
          .compile(reader)
          .visit(
              new Mustache.Visitor() {
                @Override
                public void visitText(String text) {}

                @Override
                public void visitVariable(String name) {
                  tags.add("variable " + name);
                }

                @Override
                public boolean visitInclude(String name) {
                  tags.add("partial " + name);
                  return false;
                }

                @Override
                public boolean visitSection(String name) {
                  tags.add("section " + name);
                  return true;
                }

                @Override
                public boolean visitInvertedSection(String name) {
                  tags.add("inverted " + name);
                  return true;
                }
              });
    }
    return tags;
  }

  /** The templates by their path under notifications/ ("daily-digest/html_ar.mustache"). */
  private static Map<String, Resource> files() throws IOException {
    Map<String, Resource> files = new TreeMap<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath:notifications/**/*.mustache")) {
      String url = resource.getURL().toString();
      files.put(
          url.substring(url.lastIndexOf("/notifications/") + "/notifications/".length()), resource);
    }
    return files;
  }

  private static List<String> englishParts(Map<String, Resource> files) {
    return files.keySet().stream().filter(file -> !TRANSLATED.matcher(file).matches()).toList();
  }
}
