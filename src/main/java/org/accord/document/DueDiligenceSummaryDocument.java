package org.accord.document;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.agreement.Agreement;
import org.accord.agreement.Decision;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.duediligence.DueDiligenceCompleted;
import org.accord.duediligence.DueDiligenceCompleted.Finding;
import org.accord.duediligence.DueDiligenceProcess;
import org.accord.identity.People;
import org.accord.partner.Partner;
import org.springframework.stereotype.Component;

/** The due diligence of a partner, as the agency keeps it: findings, risk, who reviewed, when. */
@Component
class DueDiligenceSummaryDocument {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

  private final Fonts fonts;
  private final People people;

  DueDiligenceSummaryDocument(Fonts fonts, People people) {
    this.fonts = fonts;
    this.people = people;
  }

  byte[] render(
      Agreement agreement,
      Partner partner,
      DueDiligenceCompleted completed,
      List<Decision> decisions) {
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            "Due diligence " + partner.name(),
            agreement.reference() + " · Due-diligence summary · internal")) {
      pdf.title("Due-diligence summary")
          .facts(
              List.of(
                  new String[] {
                    "Partner",
                    partner.name() + " (" + partner.code() + ", " + partner.country() + ")"
                  },
                  new String[] {
                    "For the agreement", agreement.reference() + " · " + agreement.title()
                  },
                  new String[] {"Outcome", completed.outcome()},
                  new String[] {
                    "Risk rating", completed.riskRating() == null ? "" : completed.riskRating()
                  },
                  new String[] {"Sanctions screen", completed.sanctionsScreen()}))
          .heading("Reviews")
          .table(
              new float[] {0.14f, 0.13f, 0.33f, 0.22f, 0.18f},
              new String[] {"Review", "Finding", "Comment", "Reviewer", "When (UTC)"},
              rows(completed.findings(), decisions))
          .paragraph(
              "Internal to the agency: the partner sees the outcome through its agreement, not the"
                  + " reviewers' findings.");
      return pdf.finish();
    }
  }

  private List<String[]> rows(List<Finding> findings, List<Decision> decisions) {
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
              case DueDiligenceProcess.Tasks.LEGAL_REVIEW -> "Legal";
              case DueDiligenceProcess.Tasks.FINANCIAL_REVIEW -> "Financial";
              case DueDiligenceProcess.Tasks.COMPLIANCE_REVIEW -> "Compliance";
              default -> finding.review();
            },
            finding.finding(),
            finding.comment(),
            decision == null ? "" : reviewer(decision),
            decision == null
                ? ""
                : WHEN.format(decision.decidedAt().atZoneSameInstant(ZoneOffset.UTC))
          });
    }
    return rows;
  }

  /** "Sofia Rossi", or "Carlos Mendoza, for Sofia Rossi" when a deputy reviewed. */
  private String reviewer(Decision decision) {
    String name = people.nameOf(decision.decidedBy());
    return decision.actingFor() == null
        ? name
        : name + ", for " + people.nameOf(decision.actingFor());
  }
}
