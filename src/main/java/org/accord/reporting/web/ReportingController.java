package org.accord.reporting.web;

import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingService;
import org.accord.security.CurrentUser;
import org.accord.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReportingController {

  private final AgreementService agreements;
  private final ReportingService reporting;
  private final CurrentUser currentUser;

  ReportingController(
      AgreementService agreements, ReportingService reporting, CurrentUser currentUser) {
    this.agreements = agreements;
    this.reporting = reporting;
    this.currentUser = currentUser;
  }

  /** The agreement's reporting periods with their due dates and status. */
  @GetMapping("/api/agreements/{reference}/reports")
  List<ReportingPeriod> reports(@PathVariable String reference) {
    Agreement agreement =
        agreements
            .find(reference)
            .filter(found -> currentUser.mayActFor(found.partnerCode()))
            .orElseThrow(() -> new NotFoundException("No agreement with reference " + reference));
    return reporting.periodsOf(agreement.id());
  }
}
