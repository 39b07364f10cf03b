package org.accord.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.document.pdf.Fonts;
import org.accord.document.pdf.PdfDocument;
import org.accord.partner.PartnerService;
import org.accord.reporting.AgreementProgress;
import org.accord.reporting.IndicatorProgress;
import org.accord.reporting.ProgressAgainstPlan;
import org.accord.reporting.Rating;
import org.accord.shared.Language;
import org.accord.shared.Violations;
import org.springframework.stereotype.Component;

/**
 * The portfolio over a date range, grouped by ITU-D priority, region or donor: how many agreements
 * ran, what they bring in US dollars, what the partners' contributions paid for so far, and where
 * their indicators stand.
 */
@Component
public class ConsolidatedReport {

  /** How the agreements are grouped. */
  public enum GroupBy {
    PRIORITY,
    REGION,
    DONOR
  }

  private final AgreementService agreements;
  private final PartnerService partners;
  private final ProgressAgainstPlan progress;
  private final Fonts fonts;

  ConsolidatedReport(
      AgreementService agreements,
      PartnerService partners,
      ProgressAgainstPlan progress,
      Fonts fonts) {
    this.agreements = agreements;
    this.partners = partners;
    this.progress = progress;
    this.fonts = fonts;
  }

  /**
   * Agreements that ran at some time in the range, the rejected and withdrawn left out, in the
   * language of the manager who asks.
   */
  public byte[] render(GroupBy by, LocalDate from, LocalDate to, Language language) {
    return render(by, from, to, null, language);
  }

  /**
   * The same, of one partner's agreements only when {@code partnerCode} is given: what that partner
   * may read of the portfolio without learning anything of another's.
   */
  public byte[] render(
      GroupBy by, LocalDate from, LocalDate to, String partnerCode, Language language) {
    Violations violations = new Violations();
    violations.requirePresent("by", by);
    violations.requirePresent("from", from);
    violations.requirePresent("to", to);
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to", "must not be before from");
    }
    violations.throwIfAny();
    Wording words = Wording.of("consolidated-report", language);
    Function<Agreement, String> key =
        switch (by) {
          case PRIORITY -> agreement -> words.term(agreement.priority());
          case REGION -> agreement -> words.term(agreement.region());
          case DONOR -> agreement -> partners.require(agreement.partnerCode()).name();
        };
    Map<String, Group> groups = new TreeMap<>();
    for (Agreement agreement : agreements.list(null, null)) {
      if (agreement.startDate().isAfter(to)
          || agreement.endDate().isBefore(from)
          || NOT_RUN.contains(agreement.status())
          || (partnerCode != null && !partnerCode.equals(agreement.partnerCode()))) {
        continue;
      }
      groups
          .computeIfAbsent(key.apply(agreement), name -> new Group())
          .add(agreement, progress.progress(agreement));
    }
    Map<String, String> range = Map.of("from", words.date(from), "to", words.date(to));
    try (PdfDocument pdf =
        words.pdf(fonts, words.text("title." + by), words.text("footer", range))) {
      pdf.title(words.text("title." + by)).paragraph(words.text("scope", range));
      if (partnerCode != null) {
        pdf.paragraph(
            words.text("partner", Map.of("partner", partners.require(partnerCode).name())));
      }
      List<String[]> rows = new ArrayList<>();
      Group total = new Group();
      groups.forEach(
          (name, group) -> {
            rows.add(group.row(name, words));
            total.merge(group);
          });
      rows.add(total.row(words.text("all"), words));
      pdf.table(
          new float[] {0.23f, 0.13f, 0.09f, 0.16f, 0.13f, 0.26f},
          new String[] {
            words.text("group." + by),
            words.text("agreements"),
            words.text("active"),
            words.text("contributions"),
            words.text("spent"),
            words.text("indicators")
          },
          rows);
      return pdf.finish();
    }
  }

  private static final java.util.Set<AgreementStatus> NOT_RUN =
      java.util.EnumSet.of(
          AgreementStatus.REJECTED, AgreementStatus.DECLINED, AgreementStatus.WITHDRAWN);

  /** The sums of one group. */
  private static final class Group {
    private int agreements;
    private int active;
    private BigDecimal contributionsUsd = BigDecimal.ZERO;
    private BigDecimal spentUsd = BigDecimal.ZERO;
    private final Map<Rating, Integer> ratings = new EnumMap<>(Rating.class);

    void add(Agreement agreement, AgreementProgress progress) {
      agreements++;
      if (agreement.status() == AgreementStatus.ACTIVE) {
        active++;
      }
      contributionsUsd = contributionsUsd.add(agreement.amountUsd());
      // The agreement's own rate at signature: amountUsd / amount.
      if (agreement.amount().signum() > 0) {
        spentUsd =
            spentUsd.add(
                progress
                    .spent()
                    .multiply(agreement.amountUsd())
                    .divide(agreement.amount(), 2, java.math.RoundingMode.HALF_UP));
      }
      for (IndicatorProgress indicator : progress.indicators()) {
        if (indicator.rating() != null) {
          ratings.merge(indicator.rating(), 1, Integer::sum);
        }
      }
    }

    void merge(Group other) {
      agreements += other.agreements;
      active += other.active;
      contributionsUsd = contributionsUsd.add(other.contributionsUsd);
      spentUsd = spentUsd.add(other.spentUsd);
      other.ratings.forEach((rating, count) -> ratings.merge(rating, count, Integer::sum));
    }

    String[] row(String name, Wording words) {
      return new String[] {
        name,
        words.number(BigDecimal.valueOf(agreements)),
        words.number(BigDecimal.valueOf(active)),
        words.sum(contributionsUsd, "USD"),
        words.sum(spentUsd, "USD"),
        count(words, Rating.MET)
            + " / "
            + count(words, Rating.ON_TRACK)
            + " / "
            + count(words, Rating.CONSTRAINED)
            + " / "
            + count(words, Rating.NO_PROGRESS)
      };
    }

    private String count(Wording words, Rating rating) {
      return words.number(BigDecimal.valueOf(ratings.getOrDefault(rating, 0)));
    }
  }
}
