package org.accord.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementType;
import org.accord.document.MouArticle;
import org.accord.document.MouArticle.Note;
import org.accord.document.MouArticle.Paragraph;
import org.accord.document.MouArticle.Table;
import org.accord.document.MouArticles;
import org.accord.document.Wording;
import org.accord.shared.Language;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.TrainingTerms.Course;
import org.accord.training.TrainingTerms.Fees;
import org.accord.training.TrainingTerms.Recognition;
import org.accord.training.TrainingTerms.RevenueShare;
import org.springframework.stereotype.Component;

/**
 * The cooperation terms of a training cooperation as articles of its MoU, in the MoU's language
 * ({@code documents/training-terms_<code>.properties}): the programme, the fees and free seats, the
 * revenue share and the reserve, the costs, and the partner's recognition.
 */
@Component
class TrainingTermsArticles implements MouArticles {

  /** The revenue the MoU's example splits: a round thousand of the fees' currency. */
  private static final BigDecimal EXAMPLE_REVENUE = new BigDecimal("1000");

  private static final BigDecimal ALL = new BigDecimal("100");

  private final TrainingTermsService terms;

  TrainingTermsArticles(TrainingTermsService terms) {
    this.terms = terms;
  }

  @Override
  public List<MouArticle> articles(Agreement agreement, Language language) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      return List.of();
    }
    Wording words = Wording.of("training-terms", language);
    return terms.find(agreement.id()).map(found -> of(found, words)).orElse(List.of());
  }

  static List<MouArticle> of(TrainingTerms terms, Wording words) {
    return List.of(
        programme(terms.courses(), words),
        fees(terms.fees(), words),
        revenue(terms.revenueShare(), terms.fees().currency(), words),
        costs(terms.costs(), words),
        recognition(terms, words));
  }

  private static MouArticle programme(List<Course> courses, Wording words) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      Course course = courses.get(i);
      rows.add(
          new String[] {
            words.number(BigDecimal.valueOf(i + 1L)),
            course.title(),
            course.topic(),
            words.text("party." + course.deliveredBy().name())
          });
    }
    return new MouArticle(
        words.text("programme.title"),
        List.of(
            new Paragraph(words.text("programme.text")),
            new Table(
                new float[] {0.07f, 0.43f, 0.30f, 0.20f},
                new String[] {
                  words.text("programme.number"),
                  words.text("programme.course"),
                  words.text("programme.topic"),
                  words.text("programme.deliveredBy")
                },
                rows)));
  }

  private static MouArticle fees(Fees fees, Wording words) {
    String currency = fees.currency();
    return new MouArticle(
        words.text("fees.title"),
        List.of(
            new Paragraph(words.text("fees.text", Map.of("currency", currency))),
            new Table(
                new float[] {0.26f, 0.46f, 0.28f},
                new String[] {
                  words.text("fees.category"),
                  words.text("fees.participants"),
                  words.text("fees.fee")
                },
                List.of(
                    new String[] {
                      words.text("fees.standard"),
                      words.text("fees.standard.who"),
                      words.amount(fees.standard(), currency)
                    },
                    new String[] {
                      words.text("fees.developing"),
                      words.text("fees.developing.who"),
                      words.amount(fees.developing(), currency)
                    },
                    new String[] {
                      words.text("fees.ldc"), words.text("fees.ldc.who"), words.text("fees.ldc.fee")
                    })),
            new Note(words.text("fees.note"))));
  }

  private static MouArticle revenue(RevenueShare share, String currency, Wording words) {
    TrainingTerms.Split example = share.split(EXAMPLE_REVENUE, currency);
    return new MouArticle(
        words.text("revenue.title"),
        List.of(
            new Paragraph(
                words.text("revenue.text", Map.of("reserve", words.percent(share.reserve())))),
            new Table(
                new float[] {0.40f, 0.30f, 0.30f},
                new String[] {
                  words.text("revenue.share"),
                  words.text("revenue.ofRemainder"),
                  words.text("revenue.ofRevenue")
                },
                List.of(
                    new String[] {
                      words.text("revenue.reserve"),
                      words.text("revenue.first"),
                      words.percent(share.reserve())
                    },
                    new String[] {
                      words.text("party.AGENCY"),
                      words.percent(share.agency()),
                      words.percent(share.agencyOfRevenue())
                    },
                    new String[] {
                      words.text("party.PARTNER"),
                      words.percent(share.partner()),
                      words.percent(share.partnerOfRevenue())
                    })),
            new Note(
                words.text(
                    "revenue.example",
                    Map.of(
                        "revenue",
                        words.amount(EXAMPLE_REVENUE, currency),
                        "reserve",
                        words.amount(example.reserve(), currency),
                        "agency",
                        words.amount(example.agency(), currency),
                        "partner",
                        words.amount(example.partner(), currency))))));
  }

  private static MouArticle costs(List<CostItem> costs, Wording words) {
    return new MouArticle(
        words.text("costs.title"),
        List.of(
            new Paragraph(words.text("costs.text")),
            new Table(
                new float[] {0.46f, 0.18f, 0.18f, 0.18f},
                new String[] {
                  words.text("costs.cost"),
                  words.text("costs.borneBy"),
                  words.text("party.AGENCY"),
                  words.text("party.PARTNER")
                },
                costs.stream().map(cost -> cost(cost, words)).toList())));
  }

  private static String[] cost(CostItem cost, Wording words) {
    String none = words.text("costs.none");
    return switch (cost.borneBy()) {
      case AGENCY ->
          new String[] {cost.item(), words.text("party.AGENCY"), words.percent(ALL), none};
      case PARTNER ->
          new String[] {cost.item(), words.text("party.PARTNER"), none, words.percent(ALL)};
      case SHARED ->
          new String[] {
            cost.item(),
            words.text("party.JOINT"),
            words.percent(cost.agencyShare()),
            words.percent(cost.partnerShare())
          };
    };
  }

  private static MouArticle recognition(TrainingTerms terms, Wording words) {
    List<String[]> rows = new ArrayList<>();
    for (Recognition form : Recognition.values()) {
      rows.add(
          new String[] {
            words.text("recognition." + form.name()),
            words.text(terms.recognition().contains(form) ? "recognition.yes" : "recognition.no")
          });
    }
    return new MouArticle(
        words.text("recognition.title"),
        List.of(
            new Paragraph(words.text("recognition.text")),
            new Table(
                new float[] {0.80f, 0.20f},
                new String[] {words.text("recognition.form"), words.text("recognition.agreed")},
                rows)));
  }
}
