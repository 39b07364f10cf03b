package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.accord.testing.Translations;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No language of Accord's own pages left half done: every page's bundle ({@code
 * static/texts/<page>/<code>.json}) exists in the six languages, each with exactly English's keys,
 * its placeholders, and the plural forms its language has; and every word a page's HTML names is in
 * its bundle.
 */
class TextBundlesTest {

  /** Each page's HTML and the bundle it is written from. */
  private static final Map<String, String> PAGES =
      Map.ofEntries(
          Map.entry("org/accord/metrics/web/dashboard.html", "dashboard"),
          Map.entry("org/accord/metrics/web/forbidden.html", "dashboard"),
          Map.entry("org/accord/portal/web/portal.html", "portal"),
          Map.entry("org/accord/portal/web/staff.html", "portal"),
          Map.entry("org/accord/portal/web/attachments.html", "attachments"),
          Map.entry("org/accord/portal/web/visibility-staff.html", "attachments"),
          Map.entry("org/accord/portal/web/visibility-partner.html", "attachments"),
          Map.entry("org/accord/portal/web/not-found.html", "attachments"),
          Map.entry("org/accord/identity/web/language.html", "language"),
          Map.entry("org/accord/plan/web/plan.html", "plan"),
          Map.entry("org/accord/plan/web/forbidden.html", "plan"),
          Map.entry("org/accord/training/web/register.mustache", "training"),
          Map.entry("org/accord/training/web/survey.mustache", "training"),
          Map.entry("org/accord/training/web/message.mustache", "training"));

  @Test
  void everyBundle_hasTheSixLanguages_eachWithEnglishsKeysPlaceholdersAndTheirPluralForms()
      throws IOException {
    Set<String> bundles = bundles();
    assertThat(bundles)
        .contains("dashboard", "portal", "attachments", "language", "tasklist", "training");
    Set<String> sixFiles =
        Arrays.stream(Language.values())
            .map(language -> language.code() + ".json")
            .collect(Collectors.toCollection(TreeSet::new));
    for (String bundle : bundles) {
      Resource[] files = resolver().getResources("classpath*:static/texts/" + bundle + "/*");
      assertThat(Arrays.stream(files).map(Resource::getFilename).collect(Collectors.toSet()))
          .as("the files of the bundle %s", bundle)
          .containsExactlyInAnyOrderElementsOf(sixFiles);
      Map<String, String> english = Translations.ofJson(url(bundle, Language.EN));
      for (Language language : Language.values()) {
        assertThat(
                Translations.problems(
                    english, Translations.ofJson(url(bundle, language)), language.code()))
            .as("%s in %s", bundle, language.code())
            .isEmpty();
      }
    }
  }

  @Test
  void everyWordAPageNames_isInItsBundle_inEveryLanguage() throws IOException {
    for (Map.Entry<String, String> page : PAGES.entrySet()) {
      String html = new ClassPathResource(page.getKey()).getContentAsString(StandardCharsets.UTF_8);
      for (Language language : Language.values()) {
        assertThatCode(() -> PageTexts.of(page.getValue(), language).fill(html))
            .as("%s in %s", page.getKey(), language.code())
            .doesNotThrowAnyException();
      }
    }
  }

  private static Set<String> bundles() throws IOException {
    Set<String> bundles = new TreeSet<>();
    for (Resource english : resolver().getResources("classpath*:static/texts/*/en.json")) {
      String path = english.getURL().getPath();
      String folder = path.substring(0, path.lastIndexOf('/'));
      bundles.add(folder.substring(folder.lastIndexOf('/') + 1));
    }
    return bundles;
  }

  private static java.net.URL url(String bundle, Language language) throws IOException {
    return new ClassPathResource("static/texts/" + bundle + "/" + language.code() + ".json")
        .getURL();
  }

  private static PathMatchingResourcePatternResolver resolver() {
    return new PathMatchingResourcePatternResolver();
  }
}
