package org.accord.document;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.Decision;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.duediligence.DueDiligenceCompleted.Finding;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.identity.People;
import org.accord.partner.Partner;
import org.accord.shared.Language;
import org.springframework.stereotype.Component;

/** The due diligence of a partner, as the agency keeps it: findings, risk, who reviewed, when. */
@Component
class DueDiligenceSummaryDocument {

  private final Fonts fonts;
  private final People people;

  DueDiligenceSummaryDocument(Fonts fonts, People people) {
    this.fonts = fonts;
    this.people = people;
  }

  /**
   * The summary in the agency's language ({@code accord.language.default}): it is the agency's own
   * record. The outcome, the rating and the findings stay the codes the reviewers chose.
   */
  byte[] render(
      Agreement agreement,
      Partner partner,
      DueDiligenceCompleted completed,
      List<Decision> decisions,
      Language language) {
    Wording words = Wording.of("due-diligence", language);
    try (PdfDocument pdf =
        words.pdf(
            fonts,
            words.text("pdfTitle", Map.of("partner", partner.name())),
            words.text("footer", Map.of("agreement", agreement.reference())))) {
      pdf.title(words.text("title"))
          .facts(
              List.of(
                  new String[] {
                    words.text("partner"),
                    partner.name() + " (" + partner.code() + ", " + partner.country() + ")"
                  },
                  new String[] {
                    words.text("forAgreement"), agreement.reference() + " · " + agreement.title()
                  },
                  new String[] {words.text("outcome"), completed.outcome()},
                  new String[] {
                    words.text("riskRating"),
                    completed.riskRating() == null ? "" : completed.riskRating()
                  },
                  new String[] {words.text("sanctionsScreen"), completed.sanctionsScreen()}))
          .heading(words.text("reviews"))
          .table(
              new float[] {0.17f, 0.16f, 0.27f, 0.22f, 0.18f},
              new String[] {
                words.text("review"),
                words.text("finding"),
                words.text("comment"),
                words.text("reviewer"),
                words.text("when")
              },
              rows(words, completed.findings(), decisions))
          .paragraph(words.text("internal"));
      return pdf.finish();
    }
  }

  private List<String[]> rows(Wording words, List<Finding> findings, List<Decision> decisions) {
    List<String[]> rows = new ArrayList<>();
    for (Finding finding : findings) {
      Decision decision =
          decisions.stream()
              .filter(candidate -> candidate.taskKey().equals(finding.review()))
              .reduce((earlier, later) -> later)
              .orElse(null);
      rows.add(
          new String[] {
            switch (finding.review()) {
              case DueDiligenceProcess.Tasks.LEGAL_REVIEW -> words.text("review.legal");
              case DueDiligenceProcess.Tasks.FINANCIAL_REVIEW -> words.text("review.financial");
              case DueDiligenceProcess.Tasks.COMPLIANCE_REVIEW -> words.text("review.compliance");
              default -> finding.review();
            },
            finding.finding(),
            finding.comment(),
            decision == null ? "" : reviewer(words, decision),
            decision == null ? "" : when(words, decision.decidedAt())
          });
    }
    return rows;
  }

  /** "Sofia Rossi", or "Carlos Mendoza, for Sofia Rossi" when a deputy reviewed. */
  private String reviewer(Wording words, Decision decision) {
    String name = people.nameOf(decision.decidedBy());
    return decision.actingFor() == null
        ? name
        : words.text(
            "actingFor", Map.of("deputy", name, "principal", people.nameOf(decision.actingFor())));
  }

  /** "10 January 2027, 10:00" in UTC. */
  private static String when(Wording words, OffsetDateTime at) {
    OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
    return words.text(
        "at",
        Map.of(
            "date", words.date(utc.toLocalDate()),
            "hour", utc.getHour(),
            "minute", utc.getMinute()));
  }
}
