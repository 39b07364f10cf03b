package org.accord.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void accordSpeaksTheSixOfficialLanguagesOfTheUnitedNations_byTheirBcp47Codes() {
    assertThat(Arrays.stream(Language.values()).map(Language::code))
        .containsExactly("ar", "zh", "en", "fr", "ru", "es");
    assertThat(Language.AR.locale().getLanguage()).isEqualTo("ar");
  }

  @Test
  void onlyArabicIsWrittenRightToLeft() {
    assertThat(Arrays.stream(Language.values()).filter(Language::isRightToLeft))
        .containsExactly(Language.AR);
  }

  @Test
  void aCodeIsParsedInAnyCase_andAnythingElseNamesTheField() {
    assertThat(Language.parse("language", " Ru ")).isEqualTo(Language.RU);
    assertThatThrownBy(() -> Language.parse("language", "pt"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly("language"))
        .hasMessageContaining("'pt' is not one of Accord's languages: ar, zh, en, fr, ru, es");
    assertThatThrownBy(() -> Language.parse("secondLanguage", null))
        .hasMessageContaining("secondLanguage");
  }

  @Test
  void aBrowsersFirstAcceptedLanguage_isTheFirstOfTheSixByWeight_whateverItsRegion() {
    assertThat(Language.firstAccepted("zh-CN,zh;q=0.9,en;q=0.8")).contains(Language.ZH);
    assertThat(Language.firstAccepted("de-DE,de;q=0.9,fr-CA;q=0.8,en;q=0.7")).contains(Language.FR);
    assertThat(Language.firstAccepted("en;q=0.5,ar;q=0.9")).contains(Language.AR);
    assertThat(Language.firstAccepted("de,pt")).isEmpty();
    assertThat(Language.firstAccepted(null)).isEmpty();
    assertThat(Language.firstAccepted("not a header;;q=x")).isEmpty();
  }
}
