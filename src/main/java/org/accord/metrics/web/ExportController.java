package org.accord.metrics.web;

import org.accord.metrics.AgreementsCsv;
import org.accord.metrics.LedgerCsv;
import org.accord.metrics.MetricsFilter;
import org.accord.metrics.PledgesCsv;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Exports for managers, to take the pipeline into a spreadsheet, and the ledger for finance. */
@RestController
class ExportController {

  private static final MediaType CSV =
      new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

  private final AgreementsCsv agreementsCsv;
  private final LedgerCsv ledgerCsv;
  private final PledgesCsv pledgesCsv;
  private final CurrentUser currentUser;

  ExportController(
      AgreementsCsv agreementsCsv,
      LedgerCsv ledgerCsv,
      PledgesCsv pledgesCsv,
      CurrentUser currentUser) {
    this.agreementsCsv = agreementsCsv;
    this.ledgerCsv = ledgerCsv;
    this.pledgesCsv = pledgesCsv;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/exports/agreements.csv")
  ResponseEntity<StreamingResponseBody> agreements() {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Exports are for managers");
    }
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("agreements.csv").build().toString())
        .body(agreementsCsv::export);
  }

  /**
   * Every instalment, call and receipt of the agreements the filters choose (those of the
   * dashboard), for finance, who keeps the books, and for managers.
   */
  @GetMapping("/api/exports/ledger.csv")
  ResponseEntity<StreamingResponseBody> ledger(MetricsFilter filter) {
    if (!currentUser.isMemberOf(Roles.FINANCE) && !currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("The ledger is for finance and managers");
    }
    MetricsFilter.Selection selection = ledgerCsv.select(filter);
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("ledger.csv").build().toString())
        .body(out -> ledgerCsv.export(selection, out));
  }

  /** The pledges partners made to published opportunities, chosen by the dashboard's filters. */
  @GetMapping("/api/exports/pledges.csv")
  ResponseEntity<StreamingResponseBody> pledges(MetricsFilter filter) {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Exports are for managers");
    }
    MetricsFilter.Selection selection = pledgesCsv.select(filter);
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("pledges.csv").build().toString())
        .body(out -> pledgesCsv.export(selection, out));
  }
}
