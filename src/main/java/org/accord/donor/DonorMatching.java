package org.accord.donor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementStatus;
import org.accord.currency.CurrencyService;
import org.accord.donor.FitRule.Reason;
import org.accord.donor.FitRule.TicketUsd;
import org.accord.donor.FitRule.TrackRecord;
import org.accord.donor.persistence.DonorProfileMapper;
import org.accord.donor.persistence.DonorProfileMapper.TrackRow;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.springframework.stereotype.Service;

/**
 * Brokers between needs and resources: ranks the donors with a profile for a proposal, and the open
 * proposals for a donor, by the same {@link FitRule}; and says which donors a published opportunity
 * matches.
 */
@Service
public class DonorMatching {

  /** Proposals still being prepared: what a donor could still be brought in on. */
  private static final Set<AgreementStatus> OPEN =
      EnumSet.of(
          AgreementStatus.SCREENING,
          AgreementStatus.IN_REVISION,
          AgreementStatus.DUE_DILIGENCE,
          AgreementStatus.INTERNAL_APPROVAL);

  public record DonorMatch(
      String partnerCode, String name, boolean currentPartner, int score, List<Reason> reasons) {}

  public record Opportunity(
      String reference,
      String title,
      String partnerCode,
      AgreementStatus status,
      int score,
      List<Reason> reasons) {}

  public record Ranking<T>(String rule, List<T> matches) {}

  private final DonorProfileService profiles;
  private final DonorProfileMapper mapper;
  private final AgreementService agreements;
  private final PartnerService partners;
  private final CurrencyService currencies;
  private final CountryGroups countryGroups;
  private final Clock clock;

  DonorMatching(
      DonorProfileService profiles,
      DonorProfileMapper mapper,
      AgreementService agreements,
      PartnerService partners,
      CurrencyService currencies,
      CountryGroups countryGroups,
      Clock clock) {
    this.profiles = profiles;
    this.mapper = mapper;
    this.agreements = agreements;
    this.partners = partners;
    this.currencies = currencies;
    this.countryGroups = countryGroups;
    this.clock = clock;
  }

  public Ranking<DonorMatch> donorsFor(Agreement agreement) {
    Map<String, TrackRecord> tracks = trackRecords();
    Map<String, String> names =
        partners.all().stream().collect(Collectors.toMap(Partner::code, Partner::name));
    LocalDate today = LocalDate.now(clock);
    List<DonorMatch> matches =
        profiles.all().stream()
            .map(
                profile -> {
                  List<Reason> reasons = reasons(profile, tracks, agreement, today);
                  return new DonorMatch(
                      profile.partnerCode(),
                      names.get(profile.partnerCode()),
                      profile.partnerCode().equals(agreement.partnerCode()),
                      FitRule.score(reasons),
                      reasons);
                })
            .sorted(
                Comparator.comparingInt(DonorMatch::score)
                    .reversed()
                    .thenComparing(DonorMatch::partnerCode))
            .toList();
    return new Ranking<>(FitRule.TEXT, matches);
  }

  /** The open proposals of other partners that this donor could fund; empty without a profile. */
  public Ranking<Opportunity> opportunitiesFor(String partnerCode) {
    DonorProfile profile = profiles.find(partnerCode).orElse(null);
    if (profile == null) {
      return new Ranking<>(FitRule.TEXT, List.of());
    }
    Map<String, TrackRecord> tracks = trackRecords();
    LocalDate today = LocalDate.now(clock);
    List<Opportunity> opportunities =
        agreements.list(null, null).stream()
            .filter(agreement -> OPEN.contains(agreement.status()))
            .filter(agreement -> !agreement.partnerCode().equals(partnerCode))
            .map(
                agreement -> {
                  List<Reason> reasons = reasons(profile, tracks, agreement, today);
                  return new Opportunity(
                      agreement.reference(),
                      agreement.title(),
                      agreement.partnerCode(),
                      agreement.status(),
                      FitRule.score(reasons),
                      reasons);
                })
            .sorted(
                Comparator.comparingInt(Opportunity::score)
                    .reversed()
                    .thenComparing(Opportunity::reference))
            .toList();
    return new Ranking<>(FitRule.TEXT, opportunities);
  }

  /**
   * Whether the donor's fit with the need is a match ({@value FitRule#MATCH} or more); never
   * without a profile.
   */
  public boolean matches(String partnerCode, FundingNeed need) {
    return profiles
        .find(partnerCode)
        .map(profile -> reasons(profile, trackRecords(), need, LocalDate.now(clock)))
        .map(reasons -> FitRule.score(reasons) >= FitRule.MATCH)
        .orElse(false);
  }

  private List<Reason> reasons(
      DonorProfile profile, Map<String, TrackRecord> tracks, Agreement agreement, LocalDate today) {
    return reasons(profile, tracks, FundingNeed.of(agreement), today);
  }

  private List<Reason> reasons(
      DonorProfile profile, Map<String, TrackRecord> tracks, FundingNeed need, LocalDate today) {
    DonorPreferences preferences = profile.preferences();
    return FitRule.reasons(
        preferences,
        new TicketUsd(
            usd(preferences.ticketMin(), preferences.ticketCurrency()),
            usd(preferences.ticketMax(), preferences.ticketCurrency())),
        tracks.getOrDefault(profile.partnerCode(), TrackRecord.NONE),
        need,
        countryGroups,
        today);
  }

  private BigDecimal usd(String amount, String currency) {
    return amount == null ? null : currencies.toUsd(new BigDecimal(amount), currency);
  }

  private Map<String, TrackRecord> trackRecords() {
    return mapper.trackRecords().stream()
        .collect(
            Collectors.toMap(
                TrackRow::partnerCode,
                row -> new TrackRecord(row.funded(), row.declined()),
                (same, again) -> same,
                HashMap::new));
  }
}
