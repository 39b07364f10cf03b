package org.accord.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Accord's languages, the six official languages of the United Nations, by their BCP 47 codes. The
 * one list: the webapps' translations, the users' preferences and, later, documents and e-mails
 * read it here.
 */
public enum Language {
  AR("ar"),
  ZH("zh"),
  EN("en"),
  FR("fr"),
  RU("ru"),
  ES("es");

  private static final String CODES =
      Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));

  private final String code;

  Language(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** Written and laid out right to left, the page as a whole. */
  public boolean isRightToLeft() {
    return this == AR;
  }

  /** The language of a code, in any case ("FR" is "fr"); empty for anything else. */
  public static Optional<Language> ofCode(String code) {
    return Arrays.stream(values())
        .filter(language -> language.code.equalsIgnoreCase(code))
        .findFirst();
  }

  /**
   * The first of Accord's languages a browser asks for in its {@code Accept-Language} header, by
   * the weights it gives ("zh-CN" is Chinese, "fr-CA" French); empty when it asks for none of them
   * or the header cannot be read.
   */
  public static Optional<Language> firstAccepted(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    try {
      return Locale.LanguageRange.parse(acceptLanguage).stream()
          .map(range -> range.getRange().split("-", 2)[0])
          .map(Language::ofCode)
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  /** The language of a code given in the field; a 400 naming the field for anything else. */
  public static Language parse(String field, String code) {
    if (code == null || code.isBlank()) {
      throw new InvalidInputException(field, "is required: one of " + CODES);
    }
    return ofCode(code.strip())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    field, "'" + code + "' is not one of Accord's languages: " + CODES));
  }
}
