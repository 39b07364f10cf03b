package org.accord.initiative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accord.donor.DonorPreferences;
import org.accord.donor.DonorProfile;
import org.accord.donor.DonorProfileService;
import org.accord.initiative.InitiativeGaps.ActivityGap;
import org.accord.initiative.Membership.Commitment;
import org.accord.initiative.Workplan.Activity;
import org.accord.initiative.Workplan.Technical;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brokers an initiative's open needs (issue 18, item 5): for each activity with a financial gap,
 * the donors with a profile and the members with money committed; for each technical need with a
 * gap, the members whose declared expertise fits it; each ranked by {@link #RULE}, with its
 * reasons. The agency's staff broker; partners' representatives are refused (403).
 */
@Service
public class InitiativeBrokerage {

  public static final String RULE =
      "Out of 100. A financial need: priority 30, the donor funds the initiative's ITU-D priority;"
          + " region 20, it works in the initiative's region; countries 20, the share of the"
          + " initiative's countries it names; member 30, it is an active member of the initiative."
          + " A technical need: topic 60, the member's declared expertise shares a word with the"
          + " need's topic; person-days 20, it committed at least the activity's technical gap (10"
          + " for fewer); responsible 20, it is responsible for the activity. Candidates scoring 0"
          + " are left out; ties go in alphabetical order of the partner's code.";

  /** The needs of an initiative still open, each with its ranked candidates. */
  public record Matches(String initiative, String rule, List<NeedMatches> needs) {}

  /** A FINANCIAL or TECHNICAL need of an activity, its gap, and who could meet it. */
  public record NeedMatches(
      String activity,
      String need,
      String topic,
      BigDecimal gapUsd,
      BigDecimal gapPersonDays,
      List<Match> matches) {}

  public record Match(
      String partnerCode, String name, boolean member, int score, List<Reason> reasons) {}

  /** One part of a score: how many points of how many, and why. */
  public record Reason(String factor, int points, int outOf, String why) {}

  private final InitiativeService initiatives;
  private final InitiativeGapsService gaps;
  private final Memberships memberships;
  private final DonorProfileService profiles;
  private final PartnerService partners;
  private final CurrentUser currentUser;

  InitiativeBrokerage(
      InitiativeService initiatives,
      InitiativeGapsService gaps,
      Memberships memberships,
      DonorProfileService profiles,
      PartnerService partners,
      CurrentUser currentUser) {
    this.initiatives = initiatives;
    this.gaps = gaps;
    this.memberships = memberships;
    this.profiles = profiles;
    this.partners = partners;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public Matches matches(String code) {
    Initiative initiative = initiatives.visible(code);
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("Brokering an initiative's needs is the agency's work");
    }
    Map<String, List<Commitment>> members =
        memberships.members(code).stream()
            .filter(member -> member.status() == MembershipStatus.ACTIVE)
            .collect(Collectors.toMap(Membership::partnerCode, Membership::commitments));
    Map<String, String> names =
        partners.all().stream().collect(Collectors.toMap(Partner::code, Partner::name));
    Map<String, Activity> activities =
        initiative.workplan().activities().collect(Collectors.toMap(Activity::code, a -> a));
    List<NeedMatches> needs = new ArrayList<>();
    for (ActivityGap gap : gaps.gaps(code).activities()) {
      if (gap.gap().usd().signum() > 0) {
        needs.add(
            new NeedMatches(
                gap.code(),
                "FINANCIAL",
                null,
                gap.gap().usd(),
                null,
                ranked(financial(initiative, members), names, members)));
      }
      if (gap.gap().personDays().signum() > 0) {
        for (Technical need : activities.get(gap.code()).support().technical()) {
          needs.add(
              new NeedMatches(
                  gap.code(),
                  "TECHNICAL",
                  need.topic(),
                  null,
                  gap.gap().personDays(),
                  ranked(technical(need.topic(), gap, members), names, members)));
        }
      }
    }
    return new Matches(code, RULE, needs);
  }

  private Map<String, List<Reason>> financial(
      Initiative initiative, Map<String, List<Commitment>> members) {
    Map<String, DonorPreferences> donors =
        profiles.all().stream()
            .collect(Collectors.toMap(DonorProfile::partnerCode, DonorProfile::preferences));
    Map<String, List<Reason>> candidates = new HashMap<>();
    members.forEach(
        (partner, commitments) -> {
          if (commitments.stream().anyMatch(c -> c.kind() != CommitmentKind.EXPERTISE)) {
            candidates.put(partner, null);
          }
        });
    donors.keySet().forEach(partner -> candidates.put(partner, null));
    candidates.replaceAll(
        (partner, none) -> {
          DonorPreferences donor = donors.get(partner);
          List<Reason> reasons = new ArrayList<>();
          boolean priority =
              donor != null
                  && initiative.priority() != null
                  && donor.priorities().contains(initiative.priority());
          reasons.add(
              new Reason(
                  "priority",
                  priority ? 30 : 0,
                  30,
                  priority
                      ? "funds " + initiative.priority()
                      : "no profile naming the initiative's priority"));
          boolean region =
              donor != null
                  && initiative.region() != null
                  && donor.regions().contains(initiative.region());
          reasons.add(
              new Reason(
                  "region",
                  region ? 20 : 0,
                  20,
                  region ? "works in " + initiative.region() : "does not name its region"));
          long named =
              donor == null
                  ? 0
                  : initiative.countries().stream().filter(donor.countries()::contains).count();
          int countryPoints = (int) (20 * named / Math.max(1, initiative.countries().size()));
          reasons.add(
              new Reason(
                  "countries",
                  countryPoints,
                  20,
                  "names " + named + " of its " + initiative.countries().size() + " countries"));
          boolean member = members.containsKey(partner);
          reasons.add(
              new Reason(
                  "member",
                  member ? 30 : 0,
                  30,
                  member ? "an active member, with money committed" : "not a member"));
          return reasons;
        });
    return candidates;
  }

  private static Map<String, List<Reason>> technical(
      String topic, ActivityGap gap, Map<String, List<Commitment>> members) {
    Set<String> needWords = words(topic);
    Map<String, List<Reason>> candidates = new HashMap<>();
    members.forEach(
        (partner, commitments) ->
            commitments.stream()
                .filter(c -> c.kind() == CommitmentKind.EXPERTISE)
                .findFirst()
                .ifPresent(
                    expertise -> {
                      boolean fits =
                          words(expertise.topic()).stream().anyMatch(needWords::contains);
                      boolean covers =
                          expertise.personDays().compareTo(gap.gap().personDays()) >= 0;
                      boolean responsible = partner.equals(gap.responsible());
                      candidates.put(
                          partner,
                          List.of(
                              new Reason(
                                  "topic",
                                  fits ? 60 : 0,
                                  60,
                                  "declared expertise: " + expertise.topic()),
                              new Reason(
                                  "personDays",
                                  covers ? 20 : 10,
                                  20,
                                  expertise.personDays()
                                      + " person-days committed for a gap of "
                                      + gap.gap().personDays()),
                              new Reason(
                                  "responsible",
                                  responsible ? 20 : 0,
                                  20,
                                  responsible
                                      ? "responsible for activity " + gap.code()
                                      : "not responsible for it")));
                    }));
    return candidates;
  }

  private static List<Match> ranked(
      Map<String, List<Reason>> candidates,
      Map<String, String> names,
      Map<String, List<Commitment>> members) {
    Function<List<Reason>, Integer> score =
        reasons -> reasons.stream().mapToInt(Reason::points).sum();
    return candidates.entrySet().stream()
        .filter(candidate -> score.apply(candidate.getValue()) > 0)
        .map(
            candidate ->
                new Match(
                    candidate.getKey(),
                    names.get(candidate.getKey()),
                    members.containsKey(candidate.getKey()),
                    score.apply(candidate.getValue()),
                    candidate.getValue()))
        .sorted(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::partnerCode))
        .toList();
  }

  /** The words of a topic that carry meaning: four letters or more, in lower case. */
  private static Set<String> words(String topic) {
    return topic == null
        ? Set.of()
        : Arrays.stream(topic.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(word -> word.length() >= 4)
            .collect(Collectors.toSet());
  }
}
