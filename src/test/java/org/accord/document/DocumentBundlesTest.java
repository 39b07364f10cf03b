package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.shared.Language;
import org.accord.testing.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No document speaks a language half: each bundle under {@code documents/} exists in the six
 * languages, with every key of its English and no other, and keeps the English's arguments.
 */
class DocumentBundlesTest {

  private static final PathMatchingResourcePatternResolver FILES =
      new PathMatchingResourcePatternResolver();

  record Bundle(String document, Language language) {
    URL file() {
      return DocumentBundlesTest.class.getResource(
          "/documents/" + document + "_" + language.code() + ".properties");
    }

    @Override
    public String toString() {
      return document + "_" + language.code();
    }
  }

  static Stream<Bundle> translations() throws IOException {
    List<Bundle> bundles = new ArrayList<>();
    for (String document : documents()) {
      for (Language language : Language.values()) {
        if (language != Language.EN) {
          bundles.add(new Bundle(document, language));
        }
      }
    }
    return bundles.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("translations")
  void eachTranslationHasEveryTextOfItsEnglishAndNoOther(Bundle bundle) {
    assertThat(bundle.file()).as(bundle + " is missing").isNotNull();
    assertThat(
            Translations.problems(
                Translations.ofProperties(new Bundle(bundle.document(), Language.EN).file()),
                Translations.ofProperties(bundle.file())))
        .isEmpty();
  }

  @Test
  void noBundleIsInALanguageAccordDoesNotSpeak() throws IOException {
    for (Resource file : FILES.getResources("classpath*:documents/*.properties")) {
      String name = file.getFilename().replace(".properties", "");
      String code = name.substring(name.lastIndexOf('_') + 1);
      assertThat(Language.ofCode(code)).as(name).isPresent();
    }
  }

  @Test
  void theTermsTheMouAndTheTrainingTermsAreAmongTheBundles() throws IOException {
    assertThat(documents()).contains("terms", "mou", "training-terms");
  }

  private static List<String> documents() throws IOException {
    List<String> documents = new ArrayList<>();
    for (Resource file : FILES.getResources("classpath*:documents/*_en.properties")) {
      documents.add(file.getFilename().replace("_en.properties", ""));
    }
    return documents;
  }
}
