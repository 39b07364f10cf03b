package org.accord.portal.web;

import org.accord.portal.PartnerPortal;
import org.accord.shared.ForbiddenException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the portal page shows, for the representatives of a partner. */
@RestController
@RequestMapping("/api/portal")
class PortalController {

  /** Open tasks listed on the first page; the rest are in Tasklist. */
  private static final int TASKS_LISTED = 20;

  private final PartnerPortal portal;

  PortalController(PartnerPortal portal) {
    this.portal = portal;
  }

  @GetMapping
  PartnerPortal.Overview overview() {
    requirePartner();
    return portal.overview(TASKS_LISTED);
  }

  @GetMapping("/agreements")
  PartnerPortal.AgreementsPage agreements(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    requirePartner();
    return portal.agreements(page, size);
  }

  private void requirePartner() {
    if (!portal.isForCurrentUser()) {
      throw new ForbiddenException(
          "The portal is for partners' representatives; the agency's staff work in Tasklist");
    }
  }
}
