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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

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
    MouDocument.Contents contents =
        MouDocumentTest.contents(
            "GSM Association", "1000.00", "USD", MouDocumentTest.framework(1, "Connect"));
    OffsetDateTime at = OffsetDateTime.parse("2027-01-10T10:00:00Z");

    byte[] pdf =
        summary.render(
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
                    FINANCIAL_REVIEW, "CLEAR", "compliance", at, "r1", "finance", "c", "y")));
    Files.write(Path.of("target/due-diligence-summary.pdf"), pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
          .contains("Legal CONCERNS Statutes reviewed Sofia Rossi")
          .contains("Financial CLEAR Accounts reviewed Elena Petrova, for Kwame Mensah")
          .doesNotContain(" legal ")
          .doesNotContain(" finance ");
    }
  }
}
