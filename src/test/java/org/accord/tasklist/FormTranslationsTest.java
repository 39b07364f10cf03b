package org.accord.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.shared.Language;
import org.accord.testing.Translations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every form speaks every language, the bundles hold exactly the forms' words, and a form in
 * another language differs from its English only in words: the build fails otherwise, naming the
 * key. After an edit to a form, this test lists the keys each bundle lacks or no longer needs.
 */
class FormTranslationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a translation keeps of the English as it is: a link's target and code in backticks. */
  private static final Pattern KEPT =
      Pattern.compile("\\]\\([^)]*\\)|`[^`]*`|^#+ ", Pattern.MULTILINE);

  private static final Map<String, JsonNode> FORMS = forms();

  private static Map<String, JsonNode> forms() {
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      Map<String, JsonNode> forms = new LinkedHashMap<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
        forms.put(file.getFileName().toString(), JSON.readTree(file.toFile()));
      }
      return forms;
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static Map<String, String> english() {
    Map<String, String> english = new LinkedHashMap<>();
    FORMS.values().forEach(form -> english.putAll(FormTexts.of(form)));
    return english;
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void eachBundle_holdsExactlyTheFormsWordsWithTheirPlaceholdersAndLinks(Language language) {
    Map<String, String> english = english();
    Map<String, String> bundle = FormBundles.of(language);

    List<String> problems = new ArrayList<>(Translations.problems(english, bundle));
    english.forEach(
        (key, text) -> {
          String translated = bundle.get(key);
          if (translated == null) {
            return;
          }
          if (translated.isBlank()) {
            problems.add(key + ": blank");
          } else if (!kept(text).equals(kept(translated))) {
            problems.add(key + ": lost " + kept(text));
          } else if (!Translations.inItsScript(text, translated, language)) {
            problems.add(key + ": not written in " + language.code() + ": " + translated);
          }
        });
    assertThat(problems).as(FormBundles.path(language)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
  void aFormInAnotherLanguage_differsFromItsEnglishInWordsOnly(Language language) {
    Map<String, String> bundle = FormBundles.of(language);
    FORMS.forEach(
        (file, english) -> {
          ObjectNode translated = FormTexts.translated(english, language, bundle);

          assertThat(translated.path("id").asText())
              .isEqualTo(english.path("id").asText() + "_" + language.code());
          assertThat(FormTexts.of(translated).values())
              .as(file + " in " + language.code())
              .doesNotContainAnyElementsOf(
                  FormTexts.of(english).values().stream()
                      .filter(text -> !bundle.containsValue(text))
                      .toList());
          assertThat(wordless(translated)).as(file).isEqualTo(wordless(english));
        });
  }

  /**
   * The form with each word replaced by its key and the id by the English one: what is left is what
   * form-js binds, checks and lays out, and must be the English form's to the byte.
   */
  static JsonNode wordless(JsonNode form) {
    ObjectNode english = form.deepCopy();
    english.put("id", form.path("id").asText().replaceFirst("_[a-z]{2}$", ""));
    Map<String, String> keys =
        FormTexts.of(english).keySet().stream().collect(Collectors.toMap(key -> key, key -> key));
    return FormTexts.translated(english, Language.EN, keys);
  }

  private static List<String> kept(String text) {
    List<String> kept = new ArrayList<>();
    Matcher matcher = KEPT.matcher(text);
    while (matcher.find()) {
      kept.add(matcher.group());
    }
    return kept;
  }
}
