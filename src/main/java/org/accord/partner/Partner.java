package org.accord.partner;

import java.time.LocalDate;
import org.accord.security.PartnerGroups;

/**
 * An organisation the agency signs agreements with. Its last due diligence, while unexpired, lets a
 * new agreement skip a fresh one.
 */
public record Partner(
    String code,
    String name,
    PartnerType type,
    String country,
    String contactEmail,
    String dueDiligenceOutcome,
    String riskRating,
    LocalDate dueDiligenceExpiresOn) {

  public static final String CLEARED = "CLEARED";

  /** The Camunda group whose members act for this partner: donor sign-off and MoU signature. */
  public String donorGroup() {
    return donorGroupOf(code);
  }

  public static String donorGroupOf(String partnerCode) {
    return PartnerGroups.of(partnerCode);
  }

  /**
   * The partner as its own representatives see it: the agency's assessment of it (due diligence
   * outcome, risk rating and their expiry) stays with the agency.
   */
  public Partner withoutAssessment() {
    return new Partner(code, name, type, country, contactEmail, null, null, null);
  }

  public boolean hasValidDueDiligence(LocalDate today) {
    return CLEARED.equals(dueDiligenceOutcome)
        && dueDiligenceExpiresOn != null
        && !dueDiligenceExpiresOn.isBefore(today);
  }
}
