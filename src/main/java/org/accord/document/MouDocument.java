package org.accord.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.budget.FundingTerms;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.identity.People;
import org.accord.partner.Partner;
import org.accord.reporting.ReportingPeriod;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.accord.results.OutputType;
import org.accord.shared.Language;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The Memorandum of Understanding as the parties sign it: who they are, what for, what is given,
 * for how long, the results framework as the workplan table, the reporting duties and the signature
 * block.
 */
@Component
public class MouDocument {

  private static final Wording ENGLISH = Wording.terms(Language.EN);

  private final Fonts fonts;
  private final AgencyProperties agency;
  private final People people;

  MouDocument(Fonts fonts, AgencyProperties agency, People people) {
    this.fonts = fonts;
    this.agency = agency;
    this.people = people;
  }

  /** Everything the MoU states. */
  record Contents(
      Agreement agreement,
      Partner partner,
      List<ObjectivePlan> results,
      List<ReportingPeriod> reportingPeriods,
      FundingTerms funding,
      Signatures signatures,
      List<MouArticle> articles) {

    /** The MoU's own articles only. */
    Contents(
        Agreement agreement,
        Partner partner,
        List<ObjectivePlan> results,
        List<ReportingPeriod> reportingPeriods,
        FundingTerms funding,
        Signatures signatures) {
      this(agreement, partner, results, reportingPeriods, funding, signatures, List.of());
    }
  }

  /** Who signed for each party, and when; the MoU for signing has none yet. */
  public record Signatures(Signature agency, Signature partner) {}

  /**
   * One party's signature as the task recorded it: the user who signed, the user they stood in for
   * when a deputy signed (else null), the name and title they typed on the form (either may be
   * null), and when. The MoU names people by their names, never by their user ids.
   */
  public record Signature(
      String signedBy,
      String actingFor,
      String nameGiven,
      String titleGiven,
      OffsetDateTime signedAt) {}

  byte[] render(Contents contents) {
    Agreement agreement = contents.agreement();
    Partner partner = contents.partner();
    // Other features' articles follow the results framework (Article 3); the MoU's own last three
    // articles are numbered after them.
    int reportingArticle = 4 + contents.articles().size();
    int amendmentArticle = reportingArticle + 1;
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            "Memorandum of Understanding " + agreement.reference(),
            agreement.reference()
                + " · Memorandum of Understanding · version "
                + agreement.mouVersion())) {
      pdf.title("Memorandum of Understanding")
          .paragraph(
              "on \""
                  + agreement.title()
                  + "\", reference "
                  + agreement.reference()
                  + ", version "
                  + agreement.mouVersion()
                  + ", between:")
          .facts(
              List.of(
                  new String[] {"The Agency", agency.name() + "\n" + agency.address()},
                  new String[] {
                    "The Partner",
                    partner.name()
                        + "\n"
                        + ENGLISH.term(partner.type())
                        + ", "
                        + country(partner.country())
                        + (partner.contactEmail() == null ? "" : " · " + partner.contactEmail())
                  }))
          .paragraph(
              "hereinafter the Agency and the Partner, together the Parties, who agree as follows.")
          .facts(
              List.of(
                  new String[] {"Agreement type", agreement.type().label()},
                  new String[] {"ITU-D priority", agreement.priority().label()},
                  new String[] {"Region", agreement.region().label()},
                  new String[] {
                    "Beneficiary countries", countries(agreement.beneficiaryCountries())
                  },
                  new String[] {
                    "Contribution",
                    Money.of(agreement.amount(), agreement.currency())
                        + (agreement.currency().equals("USD")
                            ? ""
                            : " (" + Money.of(agreement.amountUsd(), "USD") + " at signature)")
                  },
                  new String[] {
                    "Duration",
                    ENGLISH.date(agreement.startDate())
                        + " to "
                        + ENGLISH.date(agreement.endDate())
                        + " ("
                        + months(agreement.startDate(), agreement.endDate())
                        + " months)"
                  },
                  new String[] {
                    "Output types",
                    agreement.outputTypes().stream()
                        .map(type -> ENGLISH.term(OutputType.valueOf(type)))
                        .collect(Collectors.joining(", "))
                  }))
          .heading("Article 1. Purpose")
          .paragraph(
              "The Parties work together on \""
                  + agreement.title()
                  + "\" under the ITU-D priority "
                  + agreement.priority().label()
                  + ", for the benefit of "
                  + countries(agreement.beneficiaryCountries())
                  + ", towards the results set out in Article 3.")
          .heading("Article 2. Contribution and budget")
          .paragraph(
              "The Partner contributes "
                  + Money.of(agreement.amount(), agreement.currency())
                  + " to the activities of Article 3. The budget of the partnership, by line and"
                  + " source of funds, in "
                  + agreement.currency()
                  + ":")
          .table(
              BudgetTable.widths(contents.funding().budget()),
              BudgetTable.header(contents.funding().budget()),
              BudgetTable.rows(contents.funding().budget()))
          .note(BudgetTable.notes(contents.funding().budget()))
          .paragraph(
              "The Partner pays its contribution in the instalments below, each on the Agency's"
                  + " call for funds when it falls due. The Agency accounts for the"
                  + " contribution's use in each progress report, as expenditure against this"
                  + " budget.")
          .table(
              new float[] {0.16f, 0.34f, 0.50f},
              new String[] {"Instalment", "Amount", "Falls due"},
              contents.funding().schedule().stream()
                  .map(
                      instalment ->
                          new String[] {
                            String.valueOf(instalment.number()),
                            Money.of(instalment.amount(), instalment.currency()),
                            ENGLISH.fallsDue(instalment)
                          })
                  .toList())
          .heading("Article 3. Results framework")
          .table(
              new float[] {0.17f, 0.20f, 0.12f, 0.14f, 0.15f, 0.22f},
              new String[] {
                "Objective", "Activity", "Time-frame", "Responsible", "Outputs", "Indicators"
              },
              workplan(contents.results()));
      addArticles(pdf, contents.articles());
      pdf.heading("Article " + reportingArticle + ". Reporting")
          .paragraph(
              "The Agency reports "
                  + switch (agreement.reportingFrequency()) {
                    case QUARTERLY -> "every quarter";
                    case SEMI_ANNUAL -> "every six months";
                    case ANNUAL -> "every year";
                  }
                  + " on the indicators of Article 3, with a narrative and the expenditure of the"
                  + " period; the last report is final and is followed by an evaluation.")
          .table(
              new float[] {0.12f, 0.48f, 0.40f},
              new String[] {"Period", "Covers", "Report due"},
              contents.reportingPeriods().stream()
                  .map(
                      period ->
                          new String[] {
                            String.valueOf(period.number())
                                + (period.finalPeriod() ? " (final)" : ""),
                            ENGLISH.date(period.startsOn())
                                + " to "
                                + ENGLISH.date(period.endsOn()),
                            ENGLISH.date(period.dueOn())
                          })
                  .toList())
          .heading("Article " + amendmentArticle + ". Amendment and termination")
          .paragraph(
              "This Memorandum is amended in writing by both Parties; each amendment gives it a"
                  + " new version. Either Party may terminate it by written notice stating the"
                  + " reason; activities under way are then closed in good order.")
          // The last article and the signatures share a page: a signature block alone on a page
          // could be attached to any text.
          .keepTogether(
              last ->
                  last.heading("Article " + (amendmentArticle + 1) + ". Entry into force")
                      .paragraph(
                          "This Memorandum enters into force on the date of its last signature"
                              + " and remains in force until "
                              + ENGLISH.date(agreement.endDate())
                              + ", unless it is terminated under Article "
                              + amendmentArticle
                              + ".")
                      .paragraph(
                          "In witness whereof, the undersigned, duly authorized to that effect,"
                              + " have signed this Memorandum of Understanding.")
                      .table(
                          new float[] {0.2f, 0.4f, 0.4f},
                          new String[] {"", "For " + agency.name(), "For " + partner.name()},
                          signatureRows(contents.signatures()))
                      .note(
                          contents.signatures() == null
                              ? "Each Party signs electronically, through its authorized"
                                  + " representative's own account in the Agency's partnership"
                                  + " system; the signed Memorandum is then sealed by the Agency."
                              : "Signed electronically by each Party's authorized"
                                  + " representative, through their own account in the Agency's"
                                  + " partnership system, at the times shown (UTC). The Agency's"
                                  + " electronic seal on this document shows any change made"
                                  + " after signature."));
      return pdf.finish();
    }
  }

  /**
   * Articles 4 onwards: those other features give the agreement, numbered in order, each kept on
   * one page where it fits (a heading is not left behind its table).
   */
  private static void addArticles(PdfDocument pdf, List<MouArticle> articles) {
    for (int i = 0; i < articles.size(); i++) {
      MouArticle article = articles.get(i);
      int number = 4 + i;
      pdf.keepTogether(
          page -> {
            page.heading("Article " + number + ". " + article.heading());
            for (MouArticle.Block block : article.blocks()) {
              if (block instanceof MouArticle.Paragraph paragraph) {
                page.paragraph(paragraph.text());
              } else if (block instanceof MouArticle.Table table) {
                page.table(table.widths(), table.header(), table.rows());
              } else if (block instanceof MouArticle.Note note) {
                page.note(note.text());
              }
            }
          });
    }
  }

  /** Name, title, signature and time for each party, in the columns of the signature block. */
  private List<String[]> signatureRows(Signatures signed) {
    if (signed == null) {
      return List.of(
          new String[] {"Name", "\n", "\n"},
          new String[] {"Title", agency.signatoryTitle(), "\n"},
          new String[] {"Signature", "\n\n\n", "\n\n\n"},
          new String[] {"Date", "\n", "\n"});
    }
    return List.of(
        new String[] {"Name", signatory(signed.agency()), signatory(signed.partner())},
        new String[] {
          "Title",
          agency.signatoryTitle(),
          signed.partner().titleGiven() == null || signed.partner().titleGiven().isBlank()
              ? "Authorized representative"
              : signed.partner().titleGiven().strip()
        },
        new String[] {"Signature", "Signed electronically", "Signed electronically"},
        new String[] {"Signed at (UTC)", signedAt(signed.agency()), signedAt(signed.partner())});
  }

  /**
   * The signer's name as their account has it ("Jean Dupont"), and whom they stood in for; the name
   * they typed only where their account has none.
   */
  private String signatory(Signature signature) {
    String name = people.nameOf(signature.signedBy());
    if (name.equals(signature.signedBy())
        && signature.nameGiven() != null
        && !signature.nameGiven().isBlank()) {
      name = signature.nameGiven().strip();
    }
    return signature.actingFor() == null
        ? name
        : name + ", for " + people.nameOf(signature.actingFor());
  }

  /** 2027-01-15T09:30:00Z: ISO 8601, in UTC, to the second. */
  private static String signedAt(Signature signature) {
    return DateTimeFormatter.ISO_INSTANT.format(
        signature.signedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** One row per activity, the objective's indicators with its first. */
  private static List<String[]> workplan(List<ObjectivePlan> results) {
    List<String[]> rows = new ArrayList<>();
    for (int o = 0; o < results.size(); o++) {
      ObjectivePlan objective = results.get(o);
      String indicators =
          objective.indicators().stream()
              .map(MouDocument::indicator)
              .collect(Collectors.joining("\n"));
      List<ActivityPlan> activities =
          objective.activities() == null ? List.of() : objective.activities();
      if (activities.isEmpty()) {
        rows.add(new String[] {(o + 1) + ". " + objective.objective(), "", "", "", "", indicators});
      }
      for (int a = 0; a < activities.size(); a++) {
        ActivityPlan activity = activities.get(a);
        rows.add(
            new String[] {
              a == 0 ? (o + 1) + ". " + objective.objective() : "",
              activity.description(),
              activity.timeFrame(),
              activity.responsible(),
              String.join("\n", activity.outputs() == null ? List.of() : activity.outputs())
                  + (activity.outputType() == null
                      ? ""
                      : "\n(" + activity.outputType().label() + ")"),
              a == 0 ? indicators : ""
            });
      }
    }
    return rows;
  }

  private static String indicator(IndicatorPlan indicator) {
    String name =
        indicator.code() == null ? indicator.name() : indicator.code() + " " + indicator.name();
    if (indicator.isQualitative()) {
      return name + ": " + indicator.targetDescription();
    }
    return name
        + ": "
        + plain(indicator.baseline())
        + " to "
        + plain(indicator.target())
        + " "
        + indicator.unit();
  }

  private static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static String countries(List<String> codes) {
    return codes.stream().map(MouDocument::country).collect(Collectors.joining(", "));
  }

  /** GB reads "United Kingdom (GB)". */
  private static String country(String code) {
    return new Locale("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")";
  }

  private static long months(LocalDate start, LocalDate end) {
    return Period.between(start, end.plusDays(1)).toTotalMonths();
  }
}
