package org.accord.training;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;
import org.accord.shared.Money;
import org.accord.training.TrainingTerms.Bearer;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.TrainingTerms.Recognition;

/** The cooperation terms as the Tasklist forms show them: a few lines of plain text. */
public final class TrainingTermsText {

  private TrainingTermsText() {}

  /**
   * "Courses: Spectrum management (spectrum policy), by both Parties; ..." then the fees, the
   * revenue share with the reserve, the costs and the recognition, one line each.
   */
  public static String of(TrainingTerms terms) {
    TrainingTerms.Fees fees = terms.fees();
    TrainingTerms.RevenueShare share = terms.revenueShare();
    return "Courses: "
        + terms.courses().stream()
            .map(
                course ->
                    course.title()
                        + " ("
                        + course.topic()
                        + "), by "
                        + switch (course.deliveredBy()) {
                          case AGENCY -> "the agency";
                          case PARTNER -> "the partner";
                          case JOINT -> "both";
                        })
            .collect(Collectors.joining("; "))
        + "\nFees per participant: standard "
        + Money.of(fees.standard(), fees.currency())
        + "; developing countries "
        + Money.of(fees.developing(), fees.currency())
        + "; LDC and SIDS nationals free, funded by the reserve"
        + "\nRevenue: "
        + percent(share.reserve())
        + " to the reserve for free LDC/SIDS seats first, the rest shared agency "
        + percent(share.agency())
        + " / partner "
        + percent(share.partner())
        + "\nCosts: "
        + terms.costs().stream().map(TrainingTermsText::cost).collect(Collectors.joining("; "))
        + "\nRecognition of the partner: "
        + (terms.recognition().isEmpty()
            ? "none"
            : terms.recognition().stream()
                .sorted()
                .map(Recognition::label)
                .map(
                    label -> label.substring(0, 1).toLowerCase(Locale.ENGLISH) + label.substring(1))
                .collect(Collectors.joining("; ")));
  }

  /** "Venue: shared, agency 50% / partner 50%", "Trainers: agency". */
  static String cost(CostItem cost) {
    return cost.item()
        + ": "
        + (cost.borneBy() == Bearer.SHARED
            ? "shared, agency "
                + percent(cost.agencyShare())
                + " / partner "
                + percent(cost.partnerShare())
            : cost.borneBy().name().toLowerCase(Locale.ENGLISH));
  }

  /** 60.00 reads "60%", 12.50 "12.5%". */
  static String percent(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString() + "%";
  }
}
