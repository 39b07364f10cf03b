package org.accord.document;

import static org.accord.document.MouDocumentTest.AGENCY;
import static org.accord.document.MouDocumentTest.PEOPLE;
import static org.accord.document.MouDocumentTest.contents;
import static org.accord.document.MouDocumentTest.framework;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.accord.agreement.Agreement;
import org.accord.agreement.BilingualLayout;
import org.accord.document.pdf.Fonts;
import org.accord.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MoU of one agreement in each of the six languages, and bilingual, read back as text: its
 * headings from the language's bundle, its amounts and dates as the language writes them. The
 * agreement gives EUR 12,345.67 from 1 January 2027 to 31 December 2028 (24 months). Each PDF is
 * kept in target/documents, to be looked at as pages (pdftoppm -png -r 60).
 */
class MouLanguagesTest {

  private static final Fonts FONTS = new Fonts();

  private final MouDocument mou = new MouDocument(FONTS, AGENCY, PEOPLE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Memorandum of Understanding|Article 2. Contribution and budget|EUR 12,345.67"
            + "|1 January 2027 to 31 December 2028 (24 months)",
        "fr|Mémorandum d’accord|Article 2. Contribution et budget|12 345,67 EUR"
            + "|du 1 janvier 2027 au 31 décembre 2028 (24 mois)",
        "es|Memorando de entendimiento|Artículo 2. Contribución y presupuesto|12.345,67 EUR"
            + "|del 1 de enero de 2027 al 31 de diciembre de 2028 (24 meses)",
        "ru|Меморандум о взаимопонимании|Статья 2. Взнос и бюджет|12 345,67 EUR"
            + "|с 1 января 2027 г. по 31 декабря 2028 г. (24 месяца)",
        "zh|谅解备忘录|第2条 捐助和预算|EUR 12,345.67|2027年1月1日至2028年12月31日（24个月）",
      })
  void theMouInEachLanguage_hasItsHeadingsAmountsAndDates(
      String code, String title, String heading, String amount, String duration) throws Exception {
    String text = render(code, code, null, null);

    assertThat(text).contains(title, heading, amount, duration);
    if (!code.equals("en")) {
      assertThat(text).doesNotContain("Budget line", "Article 1. Purpose");
    }
  }

  @Test
  void theArabicMou_isInArabic_withArabicIndicDigits() throws Exception {
    String text = fold(render("ar", "ar", null, null));

    assertThat(either(text, "مذكرة تفاهم")).isTrue();
    assertThat(either(text, "المساهمة والميزانية")).isTrue();
    // 12,345.67 with Arabic-Indic digits and separators, then the ISO code; 1 January 2027.
    assertThat(text).contains("١٢٬٣٤٥٫٦٧").contains("EUR").contains("٢٠٢٧");
    assertThat(text).doesNotContain("Budget line", "Memorandum of Understanding");
  }

  @Test
  void aFrenchAndEnglishMou_sideBySide_hasBothTexts_andSaysBothAreAuthentic() throws Exception {
    String text = render("fr-en", "fr", "en", BilingualLayout.SIDE_BY_SIDE);

    assertThat(text)
        .contains("Mémorandum d’accord", "Memorandum of Understanding")
        .contains("Article 2. Contribution et budget", "Article 2. Contribution and budget")
        .contains("12 345,67 EUR", "EUR 12,345.67")
        .contains("Rubrique budgétaire", "Budget line")
        // Side by side, the two columns' lines alternate in the text: each language's words apart.
        .contains("faisant également foi", "equally authentic");
  }

  @Test
  void aFrenchAndEnglishMou_oneAfterTheOther_putsTheWholeFrenchTextFirst() throws Exception {
    String text = render("fr-en-sequential", "fr", "en", BilingualLayout.SEQUENTIAL);

    int french = text.indexOf("Article 6. Entrée en vigueur");
    int english = text.indexOf("Article 1. Purpose");
    assertThat(french).isPositive();
    assertThat(english).as("the English text after the whole French one").isGreaterThan(french);
    assertThat(text.indexOf("Memorandum of Understanding")).isGreaterThan(french);
  }

  @Test
  void anArabicAndEnglishMou_sideBySide_hasBothTexts() throws Exception {
    String text = fold(render("ar-en", "ar", "en", BilingualLayout.SIDE_BY_SIDE));

    assertThat(either(text, "مذكرة تفاهم")).isTrue();
    assertThat(text)
        .contains("Memorandum of Understanding")
        .contains("Article 2. Contribution and budget")
        .contains("EUR 12,345.67")
        .contains("١٢٬٣٤٥٫٦٧");
  }

  /** The MoU of the agreement in its language(s), kept in target/documents, as text. */
  private String render(String name, String code, String second, BilingualLayout layout)
      throws Exception {
    MouDocument.Contents contents =
        contents("GSM Association", "12345.67", "EUR", framework(1, "Connect"));
    Agreement agreement =
        MouDocumentTest.inLanguages(
            contents.agreement(),
            Language.parse("language", code),
            second == null ? null : Language.parse("secondLanguage", second),
            layout);
    byte[] pdf =
        mou.render(
            new MouDocument.Contents(
                agreement,
                contents.partner(),
                contents.results(),
                contents.reportingPeriods(),
                contents.funding(),
                null));
    Path kept = Path.of("target", "documents", "mou-" + name + ".pdf");
    Files.createDirectories(kept.getParent());
    Files.write(kept, pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replace('\u202F', ' ')
          .replaceAll("\\s+", " ");
    }
  }

  /** Arabic as drawn, in its joined presentation forms, back to its letters. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /** In reading order, or in the visual order the PDF draws a right-to-left line in. */
  private static boolean either(String text, String arabic) {
    return text.contains(arabic) || text.contains(new StringBuilder(arabic).reverse().toString());
  }
}
