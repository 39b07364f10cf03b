package org.accord.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.accord.currency.CurrencyService;
import org.accord.shared.Violations;
import org.accord.training.TrainingTerms.Bearer;
import org.accord.training.TrainingTerms.CostItem;
import org.accord.training.TrainingTerms.Course;
import org.accord.training.TrainingTerms.Fees;
import org.accord.training.TrainingTerms.Party;
import org.accord.training.TrainingTerms.Recognition;
import org.accord.training.TrainingTerms.RevenueShare;
import org.accord.training.TrainingTermsRequest.CostEntry;
import org.accord.training.TrainingTermsRequest.CourseEntry;
import org.accord.training.TrainingTermsRequest.FeesEntry;
import org.accord.training.TrainingTermsRequest.RevenueShareEntry;
import org.springframework.stereotype.Component;

/**
 * What cooperation terms must be: at least one course, fees in a known currency with the reduced
 * fee no higher than the standard one, a split that adds up to 100%, shared costs with their share.
 * Every field checked and named (under {@code prefix}, e.g. {@code trainingTerms.} in an
 * amendment).
 */
@Component
public class TrainingTermsRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_LINES = 100;

  private final CurrencyService currencies;

  TrainingTermsRules(CurrencyService currencies) {
    this.currencies = currencies;
  }

  /** The terms, or null with every violation added. */
  public TrainingTerms check(TrainingTermsRequest request, String prefix, Violations violations) {
    int before = violations.size();
    if (request == null) {
      violations.add(
          prefix.isEmpty() ? "trainingTerms" : prefix.substring(0, prefix.length() - 1),
          "is required");
      return null;
    }
    List<Course> courses = courses(request.courses(), prefix, violations);
    Fees fees = fees(request.fees(), prefix + "fees", violations);
    RevenueShare share = share(request.revenueShare(), prefix + "revenueShare", violations);
    List<CostItem> costs = costs(request.costs(), prefix, violations);
    Set<Recognition> recognition = recognition(request.recognition(), prefix, violations);
    return violations.size() > before
        ? null
        : new TrainingTerms(courses, fees, share, costs, recognition);
  }

  private static List<Course> courses(
      List<CourseEntry> entries, String prefix, Violations violations) {
    String field = prefix + "courses";
    if (entries == null || entries.isEmpty()) {
      violations.add(field, "needs at least one course of the programme");
      return List.of();
    }
    if (entries.size() > MAX_LINES) {
      violations.add(field, "must have at most " + MAX_LINES + " courses");
      return List.of();
    }
    List<Course> courses = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = field + "[" + i + "]";
      CourseEntry entry = entries.get(i);
      if (entry == null) {
        violations.add(at, "is required");
        continue;
      }
      courses.add(
          new Course(
              violations.requireText(at + ".title", entry.title(), 300),
              violations.requireText(at + ".topic", entry.topic(), 300),
              violations.requireOneOf(at + ".deliveredBy", entry.deliveredBy(), Party.class)));
    }
    return courses;
  }

  private Fees fees(FeesEntry entry, String field, Violations violations) {
    if (entry == null) {
      violations.add(field, "is required: currency, standard and developing");
      return null;
    }
    String currency = entry.currency() == null ? null : entry.currency().strip();
    BigDecimal standard =
        currencies.requireMoney(
            violations, field + ".standard", entry.standard(), field + ".currency", currency);
    BigDecimal developing = null;
    if (currency != null && currencies.isKnown(currency)) {
      developing =
          violations.requireMoney(field + ".developing", entry.developing(), currency, true);
    } else {
      violations.requireMoney(field + ".developing", entry.developing(), true);
    }
    if (standard != null && developing != null && developing.compareTo(standard) > 0) {
      violations.add(
          field + ".developing",
          "must not be higher than the standard fee " + standard.toPlainString());
    }
    return new Fees(currency, standard, developing);
  }

  private static RevenueShare share(RevenueShareEntry entry, String field, Violations violations) {
    if (entry == null) {
      violations.add(field, "is required: agency, partner and reserve percentages");
      return null;
    }
    BigDecimal agency = percentage(field + ".agency", entry.agency(), violations);
    BigDecimal partner = percentage(field + ".partner", entry.partner(), violations);
    BigDecimal reserve = percentage(field + ".reserve", entry.reserve(), violations);
    if (agency != null && partner != null && agency.add(partner).compareTo(HUNDRED) != 0) {
      violations.add(
          field,
          "agency "
              + agency.toPlainString()
              + "% and partner "
              + partner.toPlainString()
              + "% must add up to 100%");
    }
    if (reserve != null && reserve.compareTo(HUNDRED) == 0) {
      violations.add(field + ".reserve", "must leave revenue to share: below 100");
    }
    return new RevenueShare(agency, partner, reserve);
  }

  private static List<CostItem> costs(
      List<CostEntry> entries, String prefix, Violations violations) {
    String field = prefix + "costs";
    if (entries == null || entries.isEmpty()) {
      violations.add(field, "needs at least one cost and who bears it");
      return List.of();
    }
    if (entries.size() > MAX_LINES) {
      violations.add(field, "must have at most " + MAX_LINES + " costs");
      return List.of();
    }
    List<CostItem> costs = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      String at = field + "[" + i + "]";
      CostEntry entry = entries.get(i);
      if (entry == null) {
        violations.add(at, "is required");
        continue;
      }
      String item = violations.requireText(at + ".item", entry.item(), 300);
      Bearer bearer = violations.requireOneOf(at + ".borneBy", entry.borneBy(), Bearer.class);
      BigDecimal agencyShare = null;
      if (bearer == Bearer.SHARED) {
        agencyShare = percentage(at + ".agencyShare", entry.agencyShare(), violations);
        if (agencyShare != null
            && (agencyShare.signum() == 0 || agencyShare.compareTo(HUNDRED) == 0)) {
          violations.add(
              at + ".agencyShare", "must be between 0 and 100 for a shared cost; else say who");
          agencyShare = null;
        }
      } else if (bearer != null && entry.agencyShare() != null) {
        violations.add(at + ".agencyShare", "is only for a SHARED cost");
      }
      costs.add(new CostItem(item, bearer, agencyShare));
    }
    return costs;
  }

  private static Set<Recognition> recognition(
      List<String> entries, String prefix, Violations violations) {
    Set<Recognition> recognition = EnumSet.noneOf(Recognition.class);
    if (entries == null) {
      return recognition;
    }
    for (int i = 0; i < entries.size(); i++) {
      Recognition value =
          violations.requireOneOf(
              prefix + "recognition[" + i + "]", entries.get(i), Recognition.class);
      if (value != null) {
        recognition.add(value);
      }
    }
    return recognition;
  }

  /** A percentage from 0 to 100 with at most two decimals, or null with the field named. */
  private static BigDecimal percentage(String field, String text, Violations violations) {
    if (text == null || text.isBlank()) {
      violations.add(field, "is required");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException notADecimal) {
      violations.add(field, "must be a percentage such as 40 or 12.5");
      return null;
    }
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      violations.add(field, "must be from 0 to 100");
    } else if (value.stripTrailingZeros().scale() > 2) {
      violations.add(field, "must have at most two decimal places");
    } else {
      return value.setScale(2);
    }
    return null;
  }
}
