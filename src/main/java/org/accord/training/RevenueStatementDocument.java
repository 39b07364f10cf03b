package org.accord.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The revenue-share statement of a closed session, for the partner: the fees received by category,
 * the split the terms set (the reserve first, then the agency and the partner), the free seats the
 * reserve funded, the costs each party bears, and the amount the agency pays the partner.
 */
@Component
class RevenueStatementDocument {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final Fonts fonts;

  RevenueStatementDocument(Fonts fonts) {
    this.fonts = fonts;
  }

  /** The fees of one category: participants confirmed, what they owed and what they paid. */
  record CategoryLine(
      FeeCategory category, int participants, BigDecimal due, BigDecimal received) {}

  byte[] render(
      TrainingSession session,
      String partnerName,
      SessionClosure closure,
      LocalDate closedOn,
      List<CategoryLine> categories,
      int freeSeats,
      BigDecimal freeSeatValue) {
    String currency = closure.currency();
    String name = "Revenue-share statement, session " + session.id();
    try (PdfDocument pdf =
        new PdfDocument(
            fonts,
            name + " · " + session.course().title(),
            name + " · " + session.course().agreement())) {
      pdf.title("Revenue-share statement")
          .facts(
              List.of(
                  new String[] {"Agreement", session.course().agreement()},
                  new String[] {"Partner", partnerName},
                  new String[] {"Course", session.course().title()},
                  new String[] {
                    "Session",
                    DAY.format(session.startDate())
                        + " to "
                        + DAY.format(session.endDate())
                        + ", "
                        + session.venue()
                  },
                  new String[] {"Closed", DAY.format(closedOn)},
                  new String[] {"Currency", currency}))
          .heading("Fees received");
      List<String[]> rows = new ArrayList<>();
      for (CategoryLine line : categories) {
        rows.add(
            new String[] {
              label(line.category()),
              Integer.toString(line.participants()),
              Money.amount(line.due(), currency),
              Money.amount(line.received(), currency)
            });
      }
      rows.add(
          new String[] {
            "Total",
            Integer.toString(categories.stream().mapToInt(CategoryLine::participants).sum()),
            Money.amount(
                categories.stream().map(CategoryLine::due).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency),
            Money.amount(closure.revenue(), currency)
          });
      pdf.table(
              new float[] {0.40f, 0.18f, 0.21f, 0.21f},
              new boolean[] {false, true, true, true},
              new String[] {"Fee category", "Participants", "Fees due", "Received"},
              rows)
          .note(
              "The revenue is the fees received from the session's confirmed participants. "
                  + freeSeats(freeSeats, Money.of(freeSeatValue, currency)))
          .heading("Revenue share")
          .table(
              new float[] {0.52f, 0.24f, 0.24f},
              new boolean[] {false, true, true},
              new String[] {"Share", "Percentage", "Amount"},
              List.of(
                  new String[] {
                    "Reserve for free LDC/SIDS seats (taken first)",
                    percent(closure.percentages().reserve()) + " of the revenue",
                    Money.amount(closure.reserveShare(), currency)
                  },
                  new String[] {
                    "The Agency",
                    percent(closure.percentages().agency()) + " of the rest",
                    Money.amount(closure.agencyShare(), currency)
                  },
                  new String[] {
                    "The Partner",
                    percent(closure.percentages().partner()) + " of the rest",
                    Money.amount(closure.partnerShare(), currency)
                  },
                  new String[] {"Total", "", Money.amount(closure.revenue(), currency)}))
          .heading("Costs, as the terms allot them");
      if (closure.costs().isEmpty()) {
        pdf.note("No cost was stated for this session.");
      } else {
        List<String[]> costs = new ArrayList<>();
        for (SessionClosure.Cost cost : closure.costs()) {
          costs.add(
              new String[] {
                cost.item(),
                Money.amount(cost.amount(), currency),
                Money.amount(cost.agencyPart(), currency),
                Money.amount(cost.partnerPart(), currency)
              });
        }
        costs.add(
            new String[] {
              "Total",
              Money.amount(closure.agencyCosts().add(closure.partnerCosts()), currency),
              Money.amount(closure.agencyCosts(), currency),
              Money.amount(closure.partnerCosts(), currency)
            });
        pdf.table(
            new float[] {0.40f, 0.20f, 0.20f, 0.20f},
            new boolean[] {false, true, true, true},
            new String[] {"Cost", "Amount", "The Agency", "The Partner"},
            costs);
        pdf.note(
            "Each Party bears its own part of the costs; they are not deducted from the shares.");
      }
      pdf.heading("Payable to the Partner")
          .paragraph(
              "The Agency will pay the Partner "
                  + Money.of(closure.partnerShare(), currency)
                  + ", its share of the revenue of this session, by bank transfer; the payment's"
                  + " date and bank reference are recorded when it is made.");
      return pdf.finish();
    }
  }

  /** "No free seat was…", "1 free seat … was…", "3 free seats … were…". */
  static String freeSeats(int count, String value) {
    if (count == 0) {
      return "No free seat for nationals of LDCs and SIDS was funded by the reserve.";
    }
    return count == 1
        ? "1 free seat for a national of an LDC or SIDS was funded by the reserve, worth "
            + value
            + " at the developing-country fee."
        : count
            + " free seats for nationals of LDCs and SIDS were funded by the reserve, worth "
            + value
            + " at the developing-country fee.";
  }

  private static String label(FeeCategory category) {
    return switch (category) {
      case STANDARD -> "Standard fee";
      case DEVELOPING -> "Developing countries (reduced fee)";
      case LDC_SIDS -> "LDC and SIDS nationals";
    };
  }

  private static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + " %";
  }
}
