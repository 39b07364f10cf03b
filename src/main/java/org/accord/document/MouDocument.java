package org.accord.document;

import static org.accord.document.Wording.DATE;
import static org.accord.document.Wording.money;
import static org.accord.document.Wording.words;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.partner.Partner;
import org.accord.reporting.ReportingPeriod;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.springframework.stereotype.Component;

/**
 * The Memorandum of Understanding as the parties sign it: who they are, what for, what is given,
 * for how long, the results framework as the workplan table, the reporting duties and the signature
 * block.
 */
@Component
public class MouDocument {

  private final Fonts fonts;

  MouDocument(Fonts fonts) {
    this.fonts = fonts;
  }

  /** Everything the MoU states. */
  record Contents(
      Agreement agreement,
      Partner partner,
      List<ObjectivePlan> results,
      List<ReportingPeriod> reportingPeriods,
      Signatures signatures) {}

  /** Who signed for each party, and when; the MoU for signing has none yet. */
  public record Signatures(
      String agencySignatory,
      OffsetDateTime agencySignedAt,
      String partnerSignatory,
      OffsetDateTime partnerSignedAt) {}

  byte[] render(Contents contents) {
    Agreement agreement = contents.agreement();
    Partner partner = contents.partner();
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            "Memorandum of Understanding " + agreement.reference(),
            agreement.reference()
                + " · Memorandum of Understanding · version "
                + agreement.mouVersion())) {
      pdf.title("Memorandum of Understanding")
          .paragraph(
              "between the Agency and "
                  + partner.name()
                  + ", on "
                  + agreement.title()
                  + ". Reference "
                  + agreement.reference()
                  + ", version "
                  + agreement.mouVersion()
                  + ".")
          .facts(
              List.of(
                  new String[] {
                    "Partner",
                    partner.name()
                        + " ("
                        + words(partner.type().name())
                        + ", "
                        + partner.country()
                        + ")"
                  },
                  new String[] {"Agreement type", words(agreement.type().name())},
                  new String[] {"ITU-D priority", words(agreement.priority().name())},
                  new String[] {"Region", words(agreement.region().name())},
                  new String[] {
                    "Beneficiary countries", countries(agreement.beneficiaryCountries())
                  },
                  new String[] {
                    "Contribution",
                    money(agreement.amount(), agreement.currency())
                        + (agreement.currency().equals("USD")
                            ? ""
                            : " (" + money(agreement.amountUsd(), "USD") + " at signature)")
                  },
                  new String[] {
                    "Duration",
                    DATE.format(agreement.startDate())
                        + " to "
                        + DATE.format(agreement.endDate())
                        + " ("
                        + months(agreement.startDate(), agreement.endDate())
                        + " months)"
                  },
                  new String[] {
                    "Output types",
                    agreement.outputTypes().stream()
                        .map(Wording::words)
                        .collect(Collectors.joining(", "))
                  }))
          .heading("Article 1. Purpose")
          .paragraph(
              "The parties work together on \""
                  + agreement.title()
                  + "\" under the ITU-D priority "
                  + words(agreement.priority().name())
                  + ", for the benefit of "
                  + countries(agreement.beneficiaryCountries())
                  + ", towards the results set out in Article 3.")
          .heading("Article 2. Contribution")
          .paragraph(
              partner.name()
                  + " contributes "
                  + money(agreement.amount(), agreement.currency())
                  + " to the activities of Article 3. The Agency accounts for its use in each"
                  + " progress report, as expenditure against this budget.")
          .heading("Article 3. Results framework")
          .table(
              new float[] {0.17f, 0.20f, 0.12f, 0.14f, 0.15f, 0.22f},
              new String[] {
                "Objective", "Activity", "Time-frame", "Responsible", "Outputs", "Indicators"
              },
              workplan(contents.results()))
          .heading("Article 4. Reporting")
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
                            DATE.format(period.startsOn()) + " to " + DATE.format(period.endsOn()),
                            DATE.format(period.dueOn())
                          })
                  .toList())
          .heading("Article 5. Amendment and termination")
          .paragraph(
              "This Memorandum is amended in writing by both parties; each amendment gives it a"
                  + " new version. Either party may terminate it by written notice stating the"
                  + " reason; activities under way are then closed in good order.")
          .heading("Signatures")
          .table(
              new float[] {0.2f, 0.4f, 0.4f},
              new String[] {"", "For the Agency", "For " + partner.name()},
              signatureRows(contents.signatures()));
      return pdf.finish();
    }
  }

  private static final DateTimeFormatter SIGNED_AT =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm xxx", Locale.ENGLISH);

  private static List<String[]> signatureRows(Signatures signed) {
    if (signed == null) {
      return List.of(
          new String[] {"Name", "\n", "\n"},
          new String[] {"Signature", "\n\n", "\n\n"},
          new String[] {"Date", "\n", "\n"});
    }
    return List.of(
        new String[] {"Name", signed.agencySignatory(), signed.partnerSignatory()},
        new String[] {"Signature", "Signed in Accord", "Signed in Accord"},
        new String[] {
          "Date",
          SIGNED_AT.format(signed.agencySignedAt()),
          SIGNED_AT.format(signed.partnerSignedAt())
        });
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
                      : "\n(" + words(activity.outputType().name()) + ")"),
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
    return codes.stream()
        .map(code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH) + " (" + code + ")")
        .collect(Collectors.joining(", "));
  }

  private static long months(LocalDate start, LocalDate end) {
    return Period.between(start, end.plusDays(1)).toTotalMonths();
  }
}
