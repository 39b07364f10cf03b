package org.accord.training;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.accord.shared.Money;

/**
 * The cooperation terms of a training cooperation, as the parties sign them: the programme's
 * courses and who delivers each, the fees per participant, the revenue share, the costs each side
 * bears and how the partner is recognized. Amounts are in {@code fees.currency}; shares are
 * percentages.
 */
public record TrainingTerms(
    List<Course> courses,
    Fees fees,
    RevenueShare revenueShare,
    List<CostItem> costs,
    Set<Recognition> recognition) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Who delivers a course. */
  public enum Party {
    AGENCY("The Agency"),
    PARTNER("The Partner"),
    JOINT("Both Parties");

    private final String label;

    Party(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Who bears a cost; a SHARED cost is split by the agency's percentage. */
  public enum Bearer {
    AGENCY,
    PARTNER,
    SHARED
  }

  /** How the partner is recognized. */
  public enum Recognition {
    CO_HOST_ON_CERTIFICATES("Named as co-host on the participants' certificates"),
    BRANDING_ON_COURSE_PAGES("Its name and logo on the course pages"),
    LISTED_AS_PARTNER("Listed among the Agency's training partners");

    private final String label;

    Recognition(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Course(String title, String topic, Party deliveredBy) {}

  /**
   * The fee per participant by country category: STANDARD, DEVELOPING (reduced); LDC_SIDS nationals
   * take free seats funded by the reserve.
   */
  public record Fees(
      String currency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal standard,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal developing) {}

  /**
   * The revenue split: {@code reserve} percent of the revenue goes to the reserve for free LDC/SIDS
   * seats first; what remains is shared {@code agency}/{@code partner} percent, adding up to 100.
   */
  public record RevenueShare(
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agency,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal partner,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reserve) {

    /**
     * The agency's part of the whole revenue, after the reserve: 60% of the 90% left by a 10%
     * reserve is 54.00.
     */
    public BigDecimal agencyOfRevenue() {
      return ofRemainder(agency);
    }

    public BigDecimal partnerOfRevenue() {
      return ofRemainder(partner);
    }

    /**
     * The revenue split in the currency's minor units: the reserve's percentage first, the agency's
     * percentage of what remains, and the rest of it to the partner, so the three parts add up to
     * the revenue to the cent (each rounding half to even).
     */
    public Split split(BigDecimal revenue, String currency) {
      BigDecimal toReserve = Money.round(revenue.multiply(reserve).divide(HUNDRED), currency);
      BigDecimal remainder = revenue.subtract(toReserve);
      BigDecimal toAgency = Money.round(remainder.multiply(agency).divide(HUNDRED), currency);
      return new Split(
          Money.round(toReserve, currency),
          toAgency,
          Money.round(remainder.subtract(toAgency), currency));
    }

    private BigDecimal ofRemainder(BigDecimal share) {
      return share
          .multiply(BigDecimal.valueOf(100).subtract(reserve))
          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
    }
  }

  /** The revenue's parts: to the reserve for free seats, to the agency, to the partner. */
  public record Split(BigDecimal reserve, BigDecimal agency, BigDecimal partner) {}

  /** A cost and who bears it; {@code agencyShare} (a percentage) only for a SHARED one. */
  public record CostItem(
      String item,
      Bearer borneBy,
      @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agencyShare) {

    /** The partner's percentage of a SHARED cost: the rest. */
    public BigDecimal partnerShare() {
      return agencyShare == null ? null : BigDecimal.valueOf(100).subtract(agencyShare);
    }

    /**
     * What the agency bears of an amount of this cost, in the currency's minor units; the partner
     * bears the rest.
     */
    public BigDecimal agencyPart(BigDecimal amount, String currency) {
      return switch (borneBy) {
        case AGENCY -> Money.round(amount, currency);
        case PARTNER -> Money.round(BigDecimal.ZERO, currency);
        case SHARED -> Money.round(amount.multiply(agencyShare).divide(HUNDRED), currency);
      };
    }
  }

  /** The partner's name goes on the certificates as co-host. */
  public boolean coHostsCertificates() {
    return recognition.contains(Recognition.CO_HOST_ON_CERTIFICATES);
  }
}
