package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.shared.Language;
import org.accord.testing.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No webapp speaks a language half: every translation Accord ships for Camunda's webapps has each
 * text of the webjar's English, and only those, with their placeholders and markup; each webapp
 * offers exactly the languages it ships; and every one of them speaks the six.
 */
class WebappTranslationsTest {

  private static final String APPS = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> WEBAPPS = List.of("tasklist", "welcome", "cockpit", "admin");
  // camunda-webapp-webjar, or operaton-webapp-webjar in the Operaton build (ADR 0011).
  private static final String WEBJAR = "-webapp-webjar";

  private static final Pattern AVAILABLE_LOCALES =
      Pattern.compile("availableLocales:\\s*\\[([^]]*)]");
  private static final Pattern FALLBACK_LOCALE = Pattern.compile("fallbackLocale:\\s*'([a-z]+)'");

  record Shipped(String webapp, String language, URL file) {
    @Override
    public String toString() {
      return webapp + "/" + language;
    }
  }

  static Stream<Shipped> shipped() throws IOException {
    List<Shipped> shipped = new ArrayList<>();
    for (Resource file :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:" + APPS + "*/locales/*.json")) {
      URL url = file.getURL();
      if (!fromWebjar(url)) {
        String[] path = url.getPath().split("/");
        String webapp = path[path.length - 3];
        String language = path[path.length - 1].replace(".json", "");
        shipped.add(new Shipped(webapp, language, url));
      }
    }
    return shipped.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shipped")
  void aShippedTranslation_hasEveryEnglishTextAndNoOther_withItsPlaceholdersAndMarkup(
      Shipped translation) {
    assertThat(
            Translations.problems(
                english(translation.webapp()), Translations.ofJson(translation.file())))
        .as("%s against the webjar's English", translation)
        .isEmpty();
  }

  @Test
  void accordShipsTranslationsOnlyInItsLanguages_andLeavesEnglishToTheWebjar() throws IOException {
    assertThat(shipped())
        .allSatisfy(
            translation -> {
              assertThat(Language.ofCode(translation.language()))
                  .as(translation.toString())
                  .isPresent();
              assertThat(translation.language()).as(translation.toString()).isNotEqualTo("en");
            });
  }

  @Test
  void eachWebappOffersTheLanguagesItShips_andEnglishAsFallback() throws IOException {
    for (String webapp : WEBAPPS) {
      String config = read(accords(APPS + webapp + "/scripts/config.js"));
      Set<String> shipped = new TreeSet<>(List.of("en"));
      shipped()
          .filter(translation -> translation.webapp().equals(webapp))
          .forEach(translation -> shipped.add(translation.language()));

      assertThat(offered(config)).as("%s's config.js offers", webapp).isEqualTo(shipped);
      Matcher fallback = FALLBACK_LOCALE.matcher(config);
      assertThat(fallback.find() ? fallback.group(1) : null).as(webapp).isEqualTo("en");
    }
  }

  @Test
  void everyWebappSpeaksTheSixLanguages() throws IOException {
    for (String webapp : WEBAPPS) {
      Set<String> missing = new TreeSet<>();
      Arrays.stream(Language.values()).map(Language::code).forEach(missing::add);
      missing.removeAll(offered(read(accords(APPS + webapp + "/scripts/config.js"))));

      assertThat(missing).as("the languages %s does not speak", webapp).isEmpty();
    }
  }

  @Test
  void theCheckFindsAMissingKey_anExtraKey_andALostPlaceholder() {
    Map<String, String> english = Map.of("A", "Hello {{name}}", "B", "<b>Bye</b>", "C", "%d days");
    Map<String, String> translated =
        Map.of("A", "Bonjour", "B", "<b>Au revoir</b>", "D", "en plus");

    assertThat(Translations.problems(english, translated))
        .containsExactlyInAnyOrder("A: lost [{{name}}]", "C: missing", "D: not in English");
  }

  private static Set<String> offered(String config) {
    Matcher available = AVAILABLE_LOCALES.matcher(config);
    assertThat(available.find()).as("availableLocales in config.js").isTrue();
    Set<String> codes = new TreeSet<>();
    for (String quoted : available.group(1).split(",")) {
      codes.add(quoted.strip().replace("'", ""));
    }
    return codes;
  }

  private static Map<String, String> english(String webapp) {
    URL webjars =
        resources(APPS + webapp + "/locales/en.json").stream()
            .filter(WebappTranslationsTest::fromWebjar)
            .findFirst()
            .orElseThrow(() -> new AssertionError("No English of " + webapp + " in the webjar"));
    return Translations.ofJson(webjars);
  }

  private static URL accords(String path) {
    return resources(path).stream()
        .filter(url -> !fromWebjar(url))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Accord ships no " + path));
  }

  private static boolean fromWebjar(URL url) {
    return url.toString().contains(WEBJAR);
  }

  private static List<URL> resources(String path) {
    try {
      return Collections.list(WebappTranslationsTest.class.getClassLoader().getResources(path));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String read(URL url) {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
