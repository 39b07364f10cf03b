package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.shared.Formats;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No glyph is missing from any document in any language: every text of every document's bundle in
 * the language, and the language's dates, amounts and percentages, are set in regular and bold
 * type, as headings, paragraphs and table cells, and each character drawn must be in the font it is
 * drawn with (Noto Sans for Latin and Cyrillic, Noto Naskh for Arabic, Droid Sans Fallback for
 * Chinese). Each document's own test checks its rendered pages the same way.
 */
class GlyphCoverageTest {

  private static final PathMatchingResourcePatternResolver FILES =
      new PathMatchingResourcePatternResolver();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTextOfEveryDocument_hasItsGlyphsInTheFontsShipped(Language language)
      throws IOException {
    Fonts fonts = new Fonts();
    List<String> texts = texts(language);
    texts.addAll(formatted(language));
    assertThat(texts).hasSizeGreaterThan(50);
    byte[] pdf;
    try (PdfDocument document =
        new PdfDocument(
            fonts,
            language,
            "Glyphs " + language.code(),
            "Glyphs",
            Wording.of("page", language)::pageNumber)) {
      for (String text : texts) {
        document.heading(text).paragraph(text);
      }
      document.table(
          new float[] {0.5f, 0.5f},
          new String[] {texts.get(0), texts.get(1)},
          texts.stream().map(text -> new String[] {text, text}).toList());
      pdf = document.finish();
    }
    assertThat(fonts.missing()).as("characters no font has").isEmpty();
    assertThat(MissingGlyphs.in(pdf)).as("glyphs a font lacks").isEmpty();
  }

  /** The texts of every bundle under documents/ in the language. */
  private static List<String> texts(Language language) throws IOException {
    List<String> texts = new ArrayList<>();
    for (Resource file :
        FILES.getResources("classpath*:documents/*_" + language.code() + ".properties")) {
      Properties bundle = new Properties();
      try (InputStreamReader in =
          new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
        bundle.load(in);
      }
      bundle.values().forEach(text -> texts.add((String) text));
    }
    return texts;
  }

  /** The language's digits, separators, month names and percent sign. */
  private static List<String> formatted(Language language) {
    Formats formats = Formats.of(language);
    List<String> texts = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      texts.add(formats.date(LocalDate.of(2027, month, 28)));
    }
    texts.add(formats.amount(new BigDecimal("1234567.89"), "USD"));
    texts.add(formats.amount(new BigDecimal("-1234567.89"), "EUR"));
    texts.add(formats.number(new BigDecimal("9876543210.5")));
    texts.add(formats.percent(new BigDecimal("12.5")));
    texts.add(formats.country("CI"));
    return texts;
  }
}
