package org.accord.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.document.Wording;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.shared.Language;
import org.springframework.stereotype.Component;

/**
 * The revenue-share statement of a closed session, for the partner: the fees received by category,
 * the split the terms set (the reserve first, then the agency and the partner), the free seats the
 * reserve funded, the costs each party bears, and the amount the agency pays the partner. Written
 * in the agreement's language ({@code documents/revenue-statement_<code>}).
 */
@Component
class RevenueStatementDocument {

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
      BigDecimal freeSeatValue,
      Language language) {
    Wording words = Wording.of("revenue-statement", language);
    String currency = closure.currency();
    // The session's id is its name, written as the file's and the e-mail's: not a number to format.
    Map<String, Object> names =
        Map.of(
            "session", Long.toString(session.id()),
            "course", session.course().title(),
            "agreement", session.course().agreement());
    try (PdfDocument pdf =
        words.pdf(fonts, words.text("pdfTitle", names), words.text("footer", names))) {
      pdf.title(words.text("title"))
          .facts(
              List.of(
                  new String[] {words.text("agreement"), session.course().agreement()},
                  new String[] {words.text("partner"), partnerName},
                  new String[] {words.text("course"), session.course().title()},
                  new String[] {
                    words.text("session"),
                    words.text(
                        "session.when",
                        Map.of(
                            "from", words.date(session.startDate()),
                            "to", words.date(session.endDate()),
                            "venue", session.venue()))
                  },
                  new String[] {words.text("closed"), words.date(closedOn)},
                  new String[] {words.text("currency"), currency}))
          .heading(words.text("fees"));
      List<String[]> rows = new ArrayList<>();
      for (CategoryLine line : categories) {
        rows.add(
            new String[] {
              words.term(line.category()),
              count(words, line.participants()),
              words.sum(line.due(), currency),
              words.sum(line.received(), currency)
            });
      }
      rows.add(
          new String[] {
            words.text("total"),
            count(words, categories.stream().mapToInt(CategoryLine::participants).sum()),
            words.sum(
                categories.stream().map(CategoryLine::due).reduce(BigDecimal.ZERO, BigDecimal::add),
                currency),
            words.sum(closure.revenue(), currency)
          });
      pdf.table(
              new float[] {0.40f, 0.18f, 0.21f, 0.21f},
              new boolean[] {false, true, true, true},
              new String[] {
                words.text("fees.category"),
                words.text("fees.participants"),
                words.text("fees.due"),
                words.text("fees.received")
              },
              rows)
          .note(
              words.text("revenue")
                  + " "
                  + words.text(
                      "freeSeats",
                      Map.of("count", freeSeats, "value", words.amount(freeSeatValue, currency))))
          .heading(words.text("share"))
          .table(
              new float[] {0.52f, 0.24f, 0.24f},
              new boolean[] {false, true, true},
              new String[] {
                words.text("share.share"), words.text("share.percentage"), words.text("amount")
              },
              List.of(
                  new String[] {
                    words.text("share.reserve"),
                    words.text(
                        "share.ofRevenue",
                        Map.of("percent", words.percent(closure.percentages().reserve()))),
                    words.sum(closure.reserveShare(), currency)
                  },
                  new String[] {
                    words.text("agency"),
                    words.text(
                        "share.ofRest",
                        Map.of("percent", words.percent(closure.percentages().agency()))),
                    words.sum(closure.agencyShare(), currency)
                  },
                  new String[] {
                    words.text("partner.party"),
                    words.text(
                        "share.ofRest",
                        Map.of("percent", words.percent(closure.percentages().partner()))),
                    words.sum(closure.partnerShare(), currency)
                  },
                  new String[] {words.text("total"), "", words.sum(closure.revenue(), currency)}))
          .heading(words.text("costs"));
      if (closure.costs().isEmpty()) {
        pdf.note(words.text("costs.none"));
      } else {
        List<String[]> costs = new ArrayList<>();
        for (SessionClosure.Cost cost : closure.costs()) {
          costs.add(
              new String[] {
                cost.item(),
                words.sum(cost.amount(), currency),
                words.sum(cost.agencyPart(), currency),
                words.sum(cost.partnerPart(), currency)
              });
        }
        costs.add(
            new String[] {
              words.text("total"),
              words.sum(closure.agencyCosts().add(closure.partnerCosts()), currency),
              words.sum(closure.agencyCosts(), currency),
              words.sum(closure.partnerCosts(), currency)
            });
        pdf.table(
            new float[] {0.40f, 0.20f, 0.20f, 0.20f},
            new boolean[] {false, true, true, true},
            new String[] {
              words.text("costs.cost"),
              words.text("amount"),
              words.text("agency"),
              words.text("partner.party")
            },
            costs);
        pdf.note(words.text("costs.note"));
      }
      pdf.heading(words.text("payable"))
          .paragraph(
              words.text(
                  "payable.text",
                  Map.of("amount", words.amount(closure.partnerShare(), currency))));
      return pdf.finish();
    }
  }

  private static String count(Wording words, int count) {
    return words.number(BigDecimal.valueOf(count));
  }
}
