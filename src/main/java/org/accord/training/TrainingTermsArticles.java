package org.accord.training;

import static org.accord.training.TrainingTermsText.percent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementType;
import org.accord.document.MouArticle;
import org.accord.document.MouArticle.Note;
import org.accord.document.MouArticle.Paragraph;
import org.accord.document.MouArticle.Table;
import org.accord.document.MouArticles;
import org.accord.shared.Money;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.TrainingTerms.Course;
import org.accord.training.TrainingTerms.Fees;
import org.accord.training.TrainingTerms.Recognition;
import org.accord.training.TrainingTerms.RevenueShare;
import org.springframework.stereotype.Component;

/**
 * The cooperation terms of a training cooperation as articles of its MoU: the programme, the fees
 * and free seats, the revenue share and the reserve, the costs, and the partner's recognition.
 */
@Component
class TrainingTermsArticles implements MouArticles {

  /** The revenue the MoU's example splits: a round thousand of the fees' currency. */
  private static final BigDecimal EXAMPLE_REVENUE = new BigDecimal("1000");

  private final TrainingTermsService terms;

  TrainingTermsArticles(TrainingTermsService terms) {
    this.terms = terms;
  }

  @Override
  public List<MouArticle> articles(Agreement agreement) {
    if (agreement.type() != AgreementType.TRAINING_COOPERATION) {
      return List.of();
    }
    return terms.find(agreement.id()).map(TrainingTermsArticles::of).orElse(List.of());
  }

  static List<MouArticle> of(TrainingTerms terms) {
    return List.of(
        programme(terms.courses()),
        fees(terms.fees()),
        revenue(terms.revenueShare(), terms.fees().currency()),
        costs(terms.costs()),
        recognition(terms));
  }

  private static MouArticle programme(List<Course> courses) {
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < courses.size(); i++) {
      Course course = courses.get(i);
      rows.add(
          new String[] {
            String.valueOf(i + 1), course.title(), course.topic(), course.deliveredBy().label()
          });
    }
    return new MouArticle(
        "Training programme",
        List.of(
            new Paragraph(
                "The Parties offer together a programme of fee-based training and certification,"
                    + " online or in person, of the courses below. Each course is prepared and"
                    + " delivered by the Party shown; a course delivered by both Parties is"
                    + " prepared jointly. The sessions of each course, their dates, places and"
                    + " capacity are agreed between the Parties and published by the Agency."),
            new Table(
                new float[] {0.07f, 0.43f, 0.30f, 0.20f},
                new String[] {"No.", "Course", "Topic", "Delivered by"},
                rows)));
  }

  private static MouArticle fees(Fees fees) {
    String currency = fees.currency();
    return new MouArticle(
        "Fees and free seats",
        List.of(
            new Paragraph(
                "Each participant pays a fee per course, in "
                    + currency
                    + ", set by the category of the country of which the participant is a"
                    + " national:"),
            new Table(
                new float[] {0.26f, 0.46f, 0.28f},
                new String[] {"Category", "Participants", "Fee per participant"},
                List.of(
                    new String[] {
                      "Standard",
                      "Nationals of any other country",
                      Money.of(fees.standard(), currency)
                    },
                    new String[] {
                      "Developing countries",
                      "Nationals of developing countries",
                      Money.of(fees.developing(), currency)
                    },
                    new String[] {
                      "LDC and SIDS",
                      "Nationals of least developed countries (LDCs) and small island developing"
                          + " States (SIDS)",
                      "Free seat, funded by the reserve"
                    })),
            new Note(
                "A country that graduated from the LDC category before a session starts is no"
                    + " longer an LDC for that session. A free seat is granted while the reserve"
                    + " can fund it at the fee the participant would otherwise pay; when it"
                    + " cannot, the reduced fee applies and the participant is told so.")));
  }

  private static MouArticle revenue(RevenueShare share, String currency) {
    TrainingTerms.Split example = share.split(EXAMPLE_REVENUE, currency);
    BigDecimal reserve = example.reserve();
    BigDecimal agency = example.agency();
    BigDecimal partner = example.partner();
    return new MouArticle(
        "Revenue share and reserve for free seats",
        List.of(
            new Paragraph(
                "The revenue of the programme is the fees the participants pay. Before it is"
                    + " shared, "
                    + percent(share.reserve())
                    + " of it is set aside in a reserve that funds free seats for nationals of"
                    + " LDCs and SIDS (Article 5). The rest is shared between the Parties:"),
            new Table(
                new float[] {0.40f, 0.30f, 0.30f},
                new String[] {"Share", "Of what remains", "Of the revenue"},
                List.of(
                    new String[] {
                      "Reserve for free LDC/SIDS seats", "taken first", percent(share.reserve())
                    },
                    new String[] {
                      "The Agency", percent(share.agency()), percent(share.agencyOfRevenue())
                    },
                    new String[] {
                      "The Partner", percent(share.partner()), percent(share.partnerOfRevenue())
                    })),
            new Note(
                "For example, of "
                    + Money.of(EXAMPLE_REVENUE, currency)
                    + " of fees received, "
                    + Money.of(reserve, currency)
                    + " goes to the reserve, "
                    + Money.of(agency, currency)
                    + " to the Agency and "
                    + Money.of(partner, currency)
                    + " to the Partner. The Agency keeps the reserve as a running balance, credited"
                    + " with its share and debited with each free seat at the fee it replaces; it"
                    + " never goes below zero. The Agency sends the Partner a statement of the"
                    + " revenue and its share for each period and pays the Partner's share.")));
  }

  private static MouArticle costs(List<CostItem> costs) {
    return new MouArticle(
        "Costs",
        List.of(
            new Paragraph(
                "Each Party bears the costs of the programme allotted to it below; a shared cost"
                    + " is divided between the Parties in the proportions shown."),
            new Table(
                new float[] {0.46f, 0.18f, 0.18f, 0.18f},
                new String[] {"Cost", "Borne by", "The Agency", "The Partner"},
                costs.stream().map(TrainingTermsArticles::cost).toList())));
  }

  private static String[] cost(CostItem cost) {
    return switch (cost.borneBy()) {
      case AGENCY -> new String[] {cost.item(), "The Agency", "100%", "none"};
      case PARTNER -> new String[] {cost.item(), "The Partner", "none", "100%"};
      case SHARED ->
          new String[] {
            cost.item(), "Both Parties", percent(cost.agencyShare()), percent(cost.partnerShare())
          };
    };
  }

  private static MouArticle recognition(TrainingTerms terms) {
    List<String[]> rows = new ArrayList<>();
    for (Recognition form : Recognition.values()) {
      rows.add(new String[] {form.label(), terms.recognition().contains(form) ? "Yes" : "No"});
    }
    return new MouArticle(
        "Recognition of the Partner",
        List.of(
            new Paragraph(
                "The Agency recognizes the Partner's part in the programme as follows; the"
                    + " Partner's name and marks are used for no other purpose."),
            new Table(new float[] {0.80f, 0.20f}, new String[] {"Recognition", "Agreed"}, rows)));
  }
}
