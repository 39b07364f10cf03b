package org.accord.document;

import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Decision;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.duediligence.DueDiligenceCompleted.Finding;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The agency's due-diligence summary, read back: reviewers by their names. */
class DueDiligenceSummaryDocumentTest {

  private final DueDiligenceSummaryDocument summary =
      new DueDiligenceSummaryDocument(
          MouDocumentTest.fonts(),
          MouDocumentTest.people(
              Map.of(
                  "legal", "Sofia Rossi",
                  "finance", "Kwame Mensah",
                  "compliance", "Elena Petrova")));

  @Test
  void reviewersAreNamed_notByTheirUserIds_andADeputyForWhomTheyReviewed() throws Exception {
    byte[] pdf = render(Language.EN);
    Files.write(Path.of("target/due-diligence-summary.pdf"), pdf);

    assertThat(PdfText.of(pdf))
        .contains("Legal CONCERNS Statutes reviewed Sofia Rossi")
        .contains("Financial CLEAR Accounts reviewed Elena Petrova, for Kwame Mensah")
        .contains("10 January 2027, 10:00")
        .doesNotContain(" legal ")
        .doesNotContain(" finance ");
  }

  /** The summary in the agency's language: its headings, the reviews and their time (UTC). */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Synthèse de la diligence raisonnable|Juridique|Elena Petrova, pour Kwame Mensah"
            + "|10 janvier 2027, 10 h 30",
        "es|Resumen de la diligencia debida|Jurídico|Elena Petrova, en nombre de Kwame Mensah"
            + "|10 de enero de 2027, 10:30",
        "ru|Сводка комплексной проверки|Юридическая|Elena Petrova, за Kwame Mensah"
            + "|10 января 2027 г., 10:30",
        "zh|尽职调查摘要|法律|（代|2027年1月10日 10:30",
        "ar|ملخص العناية الواجبة|قانوني|نيابة|١٠ يناير ٢٠٢٧",
      })
  void theSummaryIsWrittenInTheAgencysLanguage(
      String code, String title, String legal, String deputy, String when) throws Exception {
    byte[] pdf = render(Language.parse("language", code));
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/due-diligence-summary-" + code + ".pdf"), pdf);

    assertThat(PdfText.of(pdf))
        .contains(title)
        .contains(legal)
        .contains("Sofia Rossi")
        .contains(deputy)
        .contains(when)
        .contains("Statutes reviewed");
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
  }

  private byte[] render(Language language) {
    MouDocument.Contents contents =
        MouDocumentTest.contents(
            "GSM Association", "1000.00", "USD", MouDocumentTest.framework(1, "Connect"));
    OffsetDateTime at = OffsetDateTime.parse("2027-01-10T10:00:00Z");
    // Half past eleven in Geneva in winter is half past ten UTC, the time the summary gives.
    OffsetDateTime later = OffsetDateTime.parse("2027-01-10T11:30:00+01:00");
    return summary.render(
        contents.agreement(),
        contents.partner(),
        new DueDiligenceCompleted(
            "PA-2026-0042",
            "GSMA",
            "CLEARED",
            "MEDIUM",
            "No match",
            List.of(
                new Finding(LEGAL_REVIEW, "CONCERNS", "Statutes reviewed"),
                new Finding(FINANCIAL_REVIEW, "CLEAR", "Accounts reviewed"))),
        List.of(
            new Decision(LEGAL_REVIEW, "CONCERNS", "legal", at, "r1", null, "c", "x"),
            new Decision(
                FINANCIAL_REVIEW, "CLEAR", "compliance", later, "r1", "finance", "c", "y")),
        language);
  }
}
