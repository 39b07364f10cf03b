package org.accord.donor.web;

import org.accord.agreement.AgreementService;
import org.accord.donor.DonorMatching;
import org.accord.donor.DonorMatching.DonorMatch;
import org.accord.donor.DonorMatching.Opportunity;
import org.accord.donor.DonorMatching.Ranking;
import org.accord.partner.PartnerService;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching for the agency's staff only: a ranking shows donors' profiles and other partners'
 * proposals, which no partner may see.
 */
@RestController
class MatchingController {

  private final DonorMatching matching;
  private final AgreementService agreements;
  private final PartnerService partners;
  private final CurrentUser currentUser;

  MatchingController(
      DonorMatching matching,
      AgreementService agreements,
      PartnerService partners,
      CurrentUser currentUser) {
    this.matching = matching;
    this.agreements = agreements;
    this.partners = partners;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/agreements/{reference}/donor-matches")
  Ranking<DonorMatch> donorMatches(@PathVariable String reference) {
    requireStaff();
    return matching.donorsFor(agreements.require(reference));
  }

  @GetMapping("/api/partners/{code}/opportunities")
  Ranking<Opportunity> opportunities(@PathVariable String code) {
    requireStaff();
    return matching.opportunitiesFor(partners.require(code).code());
  }

  private void requireStaff() {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("Matching is for the agency's staff");
    }
  }
}
