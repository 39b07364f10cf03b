package org.accord.performance.web;

import org.accord.identity.Languages;
import org.accord.performance.AnnualPerformance;
import org.accord.performance.AnnualPerformanceReport;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual performance report of a plan year, as JSON and as a PDF, for the agency's staff; the
 * PDF in the reader's language.
 */
@RestController
class AnnualPerformanceController {

  private final AnnualPerformanceReport reports;
  private final CurrentUser currentUser;
  private final Languages languages;

  AnnualPerformanceController(
      AnnualPerformanceReport reports, CurrentUser currentUser, Languages languages) {
    this.reports = reports;
    this.currentUser = currentUser;
    this.languages = languages;
  }

  @GetMapping("/api/plans/{id}/annual-reports/{year}")
  AnnualPerformance report(@PathVariable String id, @PathVariable int year) {
    mayRead();
    return reports.compose(id, year);
  }

  @GetMapping("/api/plans/{id}/annual-reports/{year}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable int year) {
    mayRead();
    // In the language of the user who asks, as the consolidated report.
    byte[] pdf = reports.render(reports.compose(id, year), languages.of(currentUser.id()));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("annual-performance-" + id + "-" + year + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  private void mayRead() {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("The annual performance report is the agency's own");
    }
  }
}
