package org.accord.duediligence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.accord.partner.Partner;
import org.accord.partner.PartnerService;
import org.springframework.stereotype.Service;

/** Due diligence of partners: the sanctions screen, and the result kept on the partner's record. */
@Service
public class DueDiligenceService {

  private final PartnerService partners;
  private final SanctionsService sanctions;
  private final DueDiligenceProperties properties;
  private final Clock clock;

  DueDiligenceService(
      PartnerService partners,
      SanctionsService sanctions,
      DueDiligenceProperties properties,
      Clock clock) {
    this.partners = partners;
    this.sanctions = sanctions;
    this.properties = properties;
    this.clock = clock;
  }

  /** The partner's current due diligence, if it is cleared and not yet expired. */
  public Optional<Partner> validDueDiligence(String partnerCode) {
    Partner partner = partners.require(partnerCode);
    return partner.hasValidDueDiligence(LocalDate.now(clock))
        ? Optional.of(partner)
        : Optional.empty();
  }

  /** Screens against the list in force: the imported UN list, else the configured CSV. */
  public Optional<SanctionsList.Match> screen(String partnerName) {
    return sanctions.current().screen(partnerName);
  }

  /** Keeps the outcome on the partner; a cleared one is valid for the configured period. */
  public void record(String partnerCode, String outcome, String riskRating) {
    LocalDate expiresOn =
        Partner.CLEARED.equals(outcome) ? LocalDate.now(clock).plus(properties.validity()) : null;
    partners.recordDueDiligence(partnerCode, outcome, riskRating, expiresOn);
  }
}
