package org.accord.donor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How well a donor fits what is to be funded, out of 100, with the reason for every point: the rule
 * of {@link #TEXT}, the same whichever way round the match is asked.
 */
final class FitRule {

  /** The least fit that makes a match: a donor hears of a published opportunity from it on. */
  static final int MATCH = 50;

  static final String TEXT =
      "Out of 100. Priority 30: the donor funds the agreement's ITU-D priority. Region 15: the"
          + " agreement's region is one of the donor's. Countries 20: the share of beneficiary"
          + " countries the donor names, or that belong to a country group it focuses on (LDC,"
          + " SIDS, LLDC). Amount 20: the USD value lies within the donor's typical range; 10 within"
          + " half the range's bounds again (from half the minimum to one and a half times the"
          + " maximum) or when the donor states no range. Track record 15: the share of the donor's"
          + " past agreements with the agency that it funded (ACTIVE, SUSPENDED or CLOSED) rather"
          + " than declined; none yet scores 0. Ties go in alphabetical order of the donor's code, or of"
          + " the proposal's reference when proposals are ranked for a donor. A fit of "
          + MATCH
          + " or more is a match: a donor is told of the published opportunities that match it.";

  /** One part of the score: how many points of how many, and why. */
  record Reason(String factor, int points, int outOf, String why) {}

  /** What a donor's past agreements with the agency came to. */
  record TrackRecord(long funded, long declined) {

    static final TrackRecord NONE = new TrackRecord(0, 0);
  }

  /** The donor's typical range converted to US dollars, either bound possibly absent. */
  record TicketUsd(BigDecimal min, BigDecimal max) {}

  private FitRule() {}

  static List<Reason> reasons(
      DonorPreferences donor,
      TicketUsd ticket,
      TrackRecord track,
      FundingNeed need,
      CountryGroups groups,
      LocalDate today) {
    List<Reason> reasons = new ArrayList<>();
    boolean funds = donor.priorities().contains(need.priority());
    reasons.add(
        new Reason(
            "priority",
            funds ? 30 : 0,
            30,
            (funds ? "funds " : "does not list ") + need.priority().name()));
    boolean region = donor.regions().contains(need.region());
    reasons.add(
        new Reason(
            "region",
            region ? 15 : 0,
            15,
            (region ? "works in " : "does not name ") + need.region().name()));
    reasons.add(countries(donor, need.countries(), groups, today));
    reasons.add(amount(ticket, need.amountUsd()));
    reasons.add(trackRecord(track));
    return reasons;
  }

  static int score(List<Reason> reasons) {
    return reasons.stream().mapToInt(Reason::points).sum();
  }

  private static Reason countries(
      DonorPreferences donor, List<String> beneficiaries, CountryGroups groups, LocalDate today) {
    List<String> favoured = new ArrayList<>();
    for (String country : beneficiaries) {
      Set<CountryGroup> of = groups.of(country, today);
      if (donor.countries().contains(country)
          || of.stream().anyMatch(donor.countryGroups()::contains)) {
        favoured.add(country);
      }
    }
    int points =
        beneficiaries.isEmpty()
            ? 0
            : BigDecimal.valueOf(20L * favoured.size())
                .divide(BigDecimal.valueOf(beneficiaries.size()), 0, RoundingMode.HALF_UP)
                .intValue();
    return new Reason(
        "countries",
        points,
        20,
        favoured.size()
            + " of "
            + beneficiaries.size()
            + " beneficiary countries are the donor's focus"
            + (favoured.isEmpty() ? "" : " (" + String.join(", ", favoured) + ")"));
  }

  private static Reason amount(TicketUsd ticket, BigDecimal amountUsd) {
    if (ticket.min() == null && ticket.max() == null) {
      return new Reason("amount", 10, 20, "the donor states no typical range");
    }
    String range =
        "USD "
            + (ticket.min() == null ? "any" : ticket.min().toPlainString())
            + " to "
            + (ticket.max() == null ? "any" : ticket.max().toPlainString());
    if (within(amountUsd, ticket.min(), ticket.max())) {
      return new Reason(
          "amount", 20, 20, "USD " + amountUsd.toPlainString() + " is within " + range);
    }
    BigDecimal looseMin = ticket.min() == null ? null : ticket.min().divide(BigDecimal.valueOf(2));
    BigDecimal looseMax =
        ticket.max() == null ? null : ticket.max().multiply(new BigDecimal("1.5"));
    boolean near = within(amountUsd, looseMin, looseMax);
    return new Reason(
        "amount",
        near ? 10 : 0,
        20,
        "USD " + amountUsd.toPlainString() + (near ? " is near " : " is far from ") + range);
  }

  private static boolean within(BigDecimal amount, BigDecimal min, BigDecimal max) {
    return (min == null || amount.compareTo(min) >= 0)
        && (max == null || amount.compareTo(max) <= 0);
  }

  private static Reason trackRecord(TrackRecord track) {
    long decided = track.funded() + track.declined();
    if (decided == 0) {
      return new Reason("trackRecord", 0, 15, "no past agreement with the agency");
    }
    int points =
        BigDecimal.valueOf(15L * track.funded())
            .divide(BigDecimal.valueOf(decided), 0, RoundingMode.HALF_UP)
            .intValue();
    return new Reason(
        "trackRecord",
        points,
        15,
        "funded " + track.funded() + " and declined " + track.declined() + " past agreements");
  }
}
