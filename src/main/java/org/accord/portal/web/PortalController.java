package org.accord.portal.web;

import org.accord.portal.AgreementLists;
import org.accord.portal.PartnerPortal;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Paged;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
  private final AgreementLists lists;

  PortalController(PartnerPortal portal, AgreementLists lists) {
    this.portal = portal;
    this.lists = lists;
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

  /**
   * One of an agreement's lists, a page at a time, as its detail in the portal shows them: its
   * documents, reporting periods, instalments or receipts (the path admits no other).
   */
  @GetMapping("/agreements/{reference}/{list:documents|reports|instalments|receipts}")
  Paged<?> list(
      @PathVariable String reference,
      @PathVariable String list,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    requirePartner();
    return switch (list) {
      case "documents" -> lists.documents(reference, page, size);
      case "reports" -> lists.reports(reference, page, size);
      case "instalments" -> lists.instalments(reference, page, size);
      default -> lists.receipts(reference, page, size);
    };
  }

  private void requirePartner() {
    if (!portal.isForCurrentUser()) {
      throw new ForbiddenException(
          "The portal is for partners' representatives; the agency's staff work in Tasklist");
    }
  }
}
