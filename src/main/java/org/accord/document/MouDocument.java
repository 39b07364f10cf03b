package org.accord.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.BilingualLayout;
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
import org.springframework.stereotype.Component;

/**
 * The Memorandum of Understanding as the parties sign it: who they are, what for, what is given,
 * for how long, the results framework as the workplan table, the reporting duties and the signature
 * block.
 */
@Component
public class MouDocument {

  private static final String BUNDLE = "mou";

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
      Map<Language, List<MouArticle>> articles) {

    /** The MoU's own articles only. */
    Contents(
        Agreement agreement,
        Partner partner,
        List<ObjectivePlan> results,
        List<ReportingPeriod> reportingPeriods,
        FundingTerms funding,
        Signatures signatures) {
      this(agreement, partner, results, reportingPeriods, funding, signatures, Map.of());
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
    Wording first = Wording.of(BUNDLE, agreement.language());
    Map<String, Object> version =
        Map.of("reference", agreement.reference(), "version", agreement.mouVersion());
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            first.language(),
            first.text("document", version),
            first.text("footer", version),
            first::pageNumber)) {
      List<MouBlock> text = blocks(contents, first);
      if (!agreement.languages().isBilingual()) {
        MouBlock.write(pdf, text);
      } else {
        Wording second = Wording.of(BUNDLE, agreement.secondLanguage());
        List<MouBlock> translation = blocks(contents, second);
        if (agreement.bilingualLayout() == BilingualLayout.SEQUENTIAL) {
          MouBlock.write(pdf, text);
          pdf.continueIn(second.language());
          MouBlock.write(pdf, translation);
        } else {
          MouBlock.writeSideBySide(pdf, text, first.language(), translation, second.language());
        }
      }
      return pdf.finish();
    }
  }

  /** The whole MoU in one language, block by block; the same blocks in every language. */
  private List<MouBlock> blocks(Contents contents, Wording words) {
    Agreement agreement = contents.agreement();
    Partner partner = contents.partner();
    // Other features' articles follow the results framework (Article 3); the MoU's own last three
    // articles are numbered after them.
    List<MouArticle> articles = contents.articles().getOrDefault(words.language(), List.of());
    int reportingArticle = 4 + articles.size();
    int amendmentArticle = reportingArticle + 1;
    List<MouBlock> blocks = new ArrayList<>();
    blocks.add(new MouBlock.Title(words.text("title")));
    blocks.add(
        new MouBlock.Paragraph(
            words.text(
                "intro",
                Map.of(
                    "title",
                    agreement.title(),
                    "reference",
                    agreement.reference(),
                    "version",
                    agreement.mouVersion()))));
    blocks.add(
        new MouBlock.Facts(
            List.of(
                new String[] {words.text("party.agency"), agency.name() + "\n" + agency.address()},
                new String[] {
                  words.text("party.partner"),
                  partner.name()
                      + "\n"
                      + words.text(
                          "partner.kind",
                          Map.of(
                              "type",
                              words.term(partner.type()),
                              "country",
                              words.country(partner.country())))
                      + (partner.contactEmail() == null ? "" : " · " + partner.contactEmail())
                })));
    blocks.add(new MouBlock.Paragraph(words.text("parties")));
    String countries = countries(words, agreement.beneficiaryCountries());
    String contribution = words.amount(agreement.amount(), agreement.currency());
    blocks.add(
        new MouBlock.Facts(
            List.of(
                new String[] {words.text("fact.type"), words.term(agreement.type())},
                new String[] {words.text("fact.priority"), words.term(agreement.priority())},
                new String[] {words.text("fact.region"), words.term(agreement.region())},
                new String[] {words.text("fact.countries"), countries},
                new String[] {
                  words.text("fact.contribution"),
                  agreement.currency().equals("USD")
                      ? contribution
                      : words.text(
                          "contribution.atSignature",
                          Map.of(
                              "amount",
                              contribution,
                              "usd",
                              words.amount(agreement.amountUsd(), "USD")))
                },
                new String[] {
                  words.text("fact.duration"),
                  words.text(
                      "duration",
                      Map.of(
                          "start",
                          words.date(agreement.startDate()),
                          "end",
                          words.date(agreement.endDate()),
                          "months",
                          months(agreement.startDate(), agreement.endDate())))
                },
                new String[] {
                  words.text("fact.outputTypes"),
                  agreement.outputTypes().stream()
                      .map(type -> words.term(OutputType.valueOf(type)))
                      .collect(Collectors.joining(", "))
                })));
    blocks.add(new MouBlock.Heading(article(words, 1, words.text("purpose.title"))));
    blocks.add(
        new MouBlock.Paragraph(
            words.text(
                "purpose.text",
                Map.of(
                    "title",
                    agreement.title(),
                    "priority",
                    words.term(agreement.priority()),
                    "countries",
                    countries))));
    blocks.add(new MouBlock.Heading(article(words, 2, words.text("contribution.title"))));
    blocks.add(
        new MouBlock.Paragraph(
            words.text(
                "contribution.text",
                Map.of("amount", contribution, "currency", agreement.currency()))));
    BudgetTable budget = new BudgetTable(contents.funding().budget(), words);
    blocks.add(new MouBlock.Table(budget.widths(), budget.header(), budget.rows()));
    blocks.add(new MouBlock.Note(budget.notes()));
    blocks.add(new MouBlock.Paragraph(words.text("instalments.text")));
    blocks.add(
        new MouBlock.Table(
            new float[] {0.16f, 0.34f, 0.50f},
            new String[] {
              words.text("instalment.number"),
              words.text("instalment.amount"),
              words.text("instalment.due")
            },
            contents.funding().schedule().stream()
                .map(
                    instalment ->
                        new String[] {
                          words.number(BigDecimal.valueOf(instalment.number())),
                          words.amount(instalment.amount(), instalment.currency()),
                          words.fallsDue(instalment)
                        })
                .toList()));
    blocks.add(new MouBlock.Heading(article(words, 3, words.text("results.title"))));
    blocks.add(
        new MouBlock.Table(
            new float[] {0.17f, 0.20f, 0.12f, 0.14f, 0.15f, 0.22f},
            new String[] {
              words.text("workplan.objective"),
              words.text("workplan.activity"),
              words.text("workplan.timeFrame"),
              words.text("workplan.responsible"),
              words.text("workplan.outputs"),
              words.text("workplan.indicators")
            },
            workplan(words, contents.results())));
    for (int i = 0; i < articles.size(); i++) {
      blocks.add(MouBlock.of(article(words, 4 + i, articles.get(i).heading()), articles.get(i)));
    }
    blocks.add(
        new MouBlock.Heading(article(words, reportingArticle, words.text("reporting.title"))));
    blocks.add(
        new MouBlock.Paragraph(
            words.text(
                "reporting.text", Map.of("frequency", agreement.reportingFrequency().name()))));
    blocks.add(
        new MouBlock.Table(
            new float[] {0.12f, 0.48f, 0.40f},
            new String[] {
              words.text("period.number"), words.text("period.covers"), words.text("period.due")
            },
            contents.reportingPeriods().stream()
                .map(
                    period -> {
                      String number = words.number(BigDecimal.valueOf(period.number()));
                      return new String[] {
                        period.finalPeriod()
                            ? words.text("period.final", Map.of("number", number))
                            : number,
                        words.text(
                            "period.range",
                            Map.of(
                                "start",
                                words.date(period.startsOn()),
                                "end",
                                words.date(period.endsOn()))),
                        words.date(period.dueOn())
                      };
                    })
                .toList()));
    blocks.add(
        new MouBlock.Heading(article(words, amendmentArticle, words.text("amendment.title"))));
    blocks.add(new MouBlock.Paragraph(words.text("amendment.text")));
    // The last article and the signatures share a page: a signature block alone on a page could be
    // attached to any text.
    List<MouBlock> last = new ArrayList<>();
    last.add(new MouBlock.Heading(article(words, amendmentArticle + 1, words.text("force.title"))));
    last.add(
        new MouBlock.Paragraph(
            words.text(
                "force.text",
                Map.of(
                    "end",
                    words.date(agreement.endDate()),
                    "article",
                    words.number(BigDecimal.valueOf(amendmentArticle))))));
    last.add(new MouBlock.Paragraph(words.text("witness")));
    if (agreement.languages().isBilingual()) {
      last.add(
          new MouBlock.Paragraph(
              words.text(
                  "languages.authentic",
                  Map.of(
                      "first",
                      words.formats().languageName(agreement.language()),
                      "second",
                      words.formats().languageName(agreement.secondLanguage())))));
    }
    last.add(
        new MouBlock.Table(
            new float[] {0.2f, 0.4f, 0.4f},
            new String[] {
              "",
              words.text("signature.for", Map.of("party", agency.name())),
              words.text("signature.for", Map.of("party", partner.name()))
            },
            signatureRows(words, contents.signatures())));
    last.add(
        new MouBlock.Note(
            words.text(contents.signatures() == null ? "signature.toSign" : "signature.signed")));
    blocks.add(new MouBlock.Together(last));
    return blocks;
  }

  /** "Article 3. Results framework", with the number as the language writes it. */
  private static String article(Wording words, int number, String title) {
    return words.text(
        "article", Map.of("number", words.number(BigDecimal.valueOf(number)), "title", title));
  }

  /** Name, title, signature and time for each party, in the columns of the signature block. */
  private List<String[]> signatureRows(Wording words, Signatures signed) {
    if (signed == null) {
      return List.of(
          new String[] {words.text("signature.name"), "\n", "\n"},
          new String[] {words.text("signature.title"), agency.signatoryTitle(), "\n"},
          new String[] {words.text("signature.signature"), "\n\n\n", "\n\n\n"},
          new String[] {words.text("signature.date"), "\n", "\n"});
    }
    String electronic = words.text("signature.electronic");
    return List.of(
        new String[] {
          words.text("signature.name"),
          signatory(words, signed.agency()),
          signatory(words, signed.partner())
        },
        new String[] {
          words.text("signature.title"),
          agency.signatoryTitle(),
          signed.partner().titleGiven() == null || signed.partner().titleGiven().isBlank()
              ? words.text("signature.representative")
              : signed.partner().titleGiven().strip()
        },
        new String[] {words.text("signature.signature"), electronic, electronic},
        new String[] {
          words.text("signature.signedAt"), signedAt(signed.agency()), signedAt(signed.partner())
        });
  }

  /**
   * The signer's name as their account has it ("Jean Dupont"), and whom they stood in for; the name
   * they typed only where their account has none.
   */
  private String signatory(Wording words, Signature signature) {
    String name = people.nameOf(signature.signedBy());
    if (name.equals(signature.signedBy())
        && signature.nameGiven() != null
        && !signature.nameGiven().isBlank()) {
      name = signature.nameGiven().strip();
    }
    return signature.actingFor() == null
        ? name
        : words.text(
            "signature.actingFor",
            Map.of("name", name, "principal", people.nameOf(signature.actingFor())));
  }

  /** 2027-01-15T09:30:00Z: ISO 8601, in UTC, to the second. */
  private static String signedAt(Signature signature) {
    return DateTimeFormatter.ISO_INSTANT.format(
        signature.signedAt().toInstant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** One row per activity, the objective's indicators with its first. */
  private static List<String[]> workplan(Wording words, List<ObjectivePlan> results) {
    List<String[]> rows = new ArrayList<>();
    for (int o = 0; o < results.size(); o++) {
      ObjectivePlan objective = results.get(o);
      String indicators =
          objective.indicators().stream()
              .map(indicator -> indicator(words, indicator))
              .collect(Collectors.joining("\n"));
      String name = words.number(BigDecimal.valueOf(o + 1L)) + ". " + objective.objective();
      List<ActivityPlan> activities =
          objective.activities() == null ? List.of() : objective.activities();
      if (activities.isEmpty()) {
        rows.add(new String[] {name, "", "", "", "", indicators});
      }
      for (int a = 0; a < activities.size(); a++) {
        ActivityPlan activity = activities.get(a);
        rows.add(
            new String[] {
              a == 0 ? name : "",
              activity.description(),
              activity.timeFrame(),
              activity.responsible(),
              String.join("\n", activity.outputs() == null ? List.of() : activity.outputs())
                  + (activity.outputType() == null
                      ? ""
                      : "\n(" + words.term(activity.outputType()) + ")"),
              a == 0 ? indicators : ""
            });
      }
    }
    return rows;
  }

  private static String indicator(Wording words, IndicatorPlan indicator) {
    String name =
        indicator.code() == null ? indicator.name() : indicator.code() + " " + indicator.name();
    if (indicator.isQualitative()) {
      return words.text(
          "indicator.qualitative", Map.of("name", name, "target", indicator.targetDescription()));
    }
    return words.text(
        "indicator.target",
        Map.of(
            "name",
            name,
            "baseline",
            words.number(indicator.baseline()),
            "target",
            words.number(indicator.target()),
            "unit",
            indicator.unit()));
  }

  private static String countries(Wording words, List<String> codes) {
    return codes.stream().map(words::country).collect(Collectors.joining(", "));
  }

  private static long months(LocalDate start, LocalDate end) {
    return Period.between(start, end.plusDays(1)).toTotalMonths();
  }
}
