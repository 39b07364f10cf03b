package org.accord.opportunity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.currency.CurrencyService;
import org.accord.donor.DonorMatching;
import org.accord.donor.DonorProfile;
import org.accord.donor.DonorProfileService;
import org.accord.donor.FundingNeed;
import org.accord.notification.Audience;
import org.accord.notification.Message;
import org.accord.notification.NotificationProperties;
import org.accord.notification.NotificationService;
import org.accord.opportunity.persistence.OpportunityMapper;
import org.accord.opportunity.persistence.OpportunityMapper.Alert;
import org.accord.opportunity.persistence.OpportunityMapper.OpportunityRow;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.accord.security.PartnerGroups;
import org.accord.shared.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, each donor with a profile is told of the opportunities published since it was last
 * considered that match its profile (by the donors' fit rule), at most one message a day. A partner
 * is considered with its alert row locked, so two nodes running the job tell it once.
 */
@Component
public class OpportunityAlerts {

  static final String TEMPLATE = "opportunities-matching";

  private static final Logger log = LoggerFactory.getLogger(OpportunityAlerts.class);

  private final OpportunityMapper opportunities;
  private final DonorProfileService profiles;
  private final DonorMatching matching;
  private final CurrencyService currencies;
  private final AgreementService agreements;
  private final PartnerService partners;
  private final Audience audience;
  private final NotificationService notifications;
  private final NotificationProperties links;
  private final TransactionTemplate transaction;
  private final Clock clock;

  OpportunityAlerts(
      OpportunityMapper opportunities,
      DonorProfileService profiles,
      DonorMatching matching,
      CurrencyService currencies,
      AgreementService agreements,
      PartnerService partners,
      Audience audience,
      NotificationService notifications,
      NotificationProperties links,
      TransactionTemplate transaction,
      Clock clock) {
    this.opportunities = opportunities;
    this.profiles = profiles;
    this.matching = matching;
    this.currencies = currencies;
    this.agreements = agreements;
    this.partners = partners;
    this.audience = audience;
    this.notifications = notifications;
    this.links = links;
    this.transaction = transaction;
    this.clock = clock;
  }

  // Each partner is considered in its own transaction: one failure spoils no other.
  @Scheduled(cron = "${accord.opportunities.alert-cron:0 0 7 * * *}", zone = "UTC")
  public void tellPartners() {
    // The day in UTC, on the engine's clock: every node computes the same day.
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    for (DonorProfile profile : profiles.all()) {
      try {
        transaction.executeWithoutResult(done -> tell(profile.partnerCode(), today));
      } catch (RuntimeException failed) {
        log.error(
            "Partner {} could not be told of new opportunities", profile.partnerCode(), failed);
      }
    }
  }

  private void tell(String partnerCode, LocalDate today) {
    opportunities.insertAlertIfAbsent(partnerCode);
    Alert alert = opportunities.lockAlert(partnerCode);
    if (alert.toldOn() != null && !alert.toldOn().isBefore(today)) {
      return;
    }
    List<OpportunityRow> published = opportunities.publishedAfter(alert.toldThrough(), today);
    if (published.isEmpty()) {
      return;
    }
    List<OpportunityRow> matches =
        published.stream().filter(row -> matchesPartner(partnerCode, row)).toList();
    long considered = published.get(published.size() - 1).id();
    if (matches.isEmpty()) {
      opportunities.updateAlert(new Alert(partnerCode, considered, alert.toldOn()));
      return;
    }
    notifications.queue(
        new Message(
            "opportunities:" + partnerCode + ":" + today,
            TEMPLATE,
            null,
            audience.ofGroups(List.of(PartnerGroups.of(partnerCode))),
            model(partnerCode, matches)));
    opportunities.updateAlert(new Alert(partnerCode, considered, today));
  }

  /** Matching the partner's profile, and not the partner's own proposal. */
  private boolean matchesPartner(String partnerCode, OpportunityRow row) {
    if (row.agreementReference() != null
        && agreements
            .find(row.agreementReference())
            .map(Agreement::partnerCode)
            .filter(partnerCode::equals)
            .isPresent()) {
      return false;
    }
    return matching.matches(
        partnerCode,
        new FundingNeed(
            row.priority(),
            row.region(),
            row.countries(),
            currencies.toUsd(row.amountSought(), row.currency())));
  }

  private Map<String, Object> model(String partnerCode, List<OpportunityRow> matches) {
    Map<String, Object> model = new HashMap<>();
    model.put("partnerName", partners.find(partnerCode).map(Partner::name).orElse(partnerCode));
    model.put("count", matches.size());
    model.put(
        "opportunities",
        matches.stream()
            .map(
                row ->
                    Map.of(
                        "id", row.id(),
                        "title", row.title(),
                        "amountSought", Money.of(row.amountSought(), row.currency()),
                        "deadline", row.deadline().toString()))
            .toList());
    model.put("portal", links.publicUrl() + "/portal");
    return model;
  }
}
