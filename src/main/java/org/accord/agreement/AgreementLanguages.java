package org.accord.agreement;

import org.accord.shared.Language;
import org.accord.shared.Violations;

/**
 * The language(s) an agreement's documents are written in: its language, and a second one when the
 * MoU is bilingual, with the layout of its two texts (side by side unless the parties chose one
 * after the other). Without a second language there is no layout.
 */
public record AgreementLanguages(
    Language language, Language secondLanguage, BilingualLayout bilingualLayout) {

  public static final AgreementLanguages ENGLISH = new AgreementLanguages(Language.EN, null, null);

  public boolean isBilingual() {
    return secondLanguage != null;
  }

  /**
   * The languages as a proposal or an amendment gives them, each field named in what is wrong:
   * English when no language is given, side by side when a second one comes without a layout.
   */
  public static AgreementLanguages check(
      String language, String secondLanguage, String bilingualLayout, Violations violations) {
    Language first = Language.EN;
    if (language != null && !language.isBlank()) {
      first = orEnglish(violations.requireLanguage("language", language));
    }
    Language second = null;
    if (secondLanguage != null && !secondLanguage.isBlank()) {
      second = violations.requireLanguage("secondLanguage", secondLanguage);
      if (second == first) {
        violations.add("secondLanguage", "must differ from the language (" + first.code() + ")");
      }
    }
    BilingualLayout layout = null;
    if (bilingualLayout != null && !bilingualLayout.isBlank()) {
      layout =
          violations.requireOneOf(
              "bilingualLayout", bilingualLayout.strip(), BilingualLayout.class);
      if (second == null) {
        violations.add("bilingualLayout", "applies only with a secondLanguage");
      }
    }
    if (second == null) {
      return new AgreementLanguages(first, null, null);
    }
    return new AgreementLanguages(
        first, second, layout == null ? BilingualLayout.SIDE_BY_SIDE : layout);
  }

  private static Language orEnglish(Language language) {
    return language == null ? Language.EN : language;
  }
}
