package org.accord.document.web;

import java.time.LocalDate;
import org.accord.document.ConsolidatedReport;
import org.accord.document.ConsolidatedReport.GroupBy;
import org.accord.identity.Languages;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portfolio report for managers: {@code GET /api/reports/consolidated?by=REGION&from=&to=}. */
@RestController
class ConsolidatedReportController {

  private final ConsolidatedReport report;
  private final CurrentUser currentUser;
  private final Languages languages;

  ConsolidatedReportController(
      ConsolidatedReport report, CurrentUser currentUser, Languages languages) {
    this.report = report;
    this.currentUser = currentUser;
    this.languages = languages;
  }

  @GetMapping("/api/reports/consolidated")
  ResponseEntity<byte[]> consolidated(
      @RequestParam(required = false) GroupBy by,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("The consolidated report is for managers");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename("consolidated-report.pdf").build().toString())
        .body(report.render(by, from, to, languages.of(currentUser.id())));
  }
}
