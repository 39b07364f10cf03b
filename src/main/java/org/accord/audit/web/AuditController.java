package org.accord.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditTrail;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Violations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The audit trail for managers and administrators, newest first: {@code GET /api/audit} a page at a
 * time, {@code GET /api/audit.csv} whole; both filtered by agreement, user (who acted, or for whom)
 * and the days from and to (inclusive, UTC).
 */
@RestController
@RequestMapping("/api")
class AuditController {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final int MAX_PAGE_SIZE = 1000;

  private final AuditTrail trail;
  private final CurrentUser currentUser;

  AuditController(AuditTrail trail, CurrentUser currentUser) {
    this.trail = trail;
    this.currentUser = currentUser;
  }

  @GetMapping("/audit")
  List<AuditEntry> page(
      @RequestParam(required = false) String agreement,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "100") int size) {
    requireAuditor();
    Violations violations = new Violations();
    violations.requirePage(page, size, MAX_PAGE_SIZE);
    AuditFilter filter = filter(agreement, user, from, to, violations);
    violations.throwIfAny();
    return trail.find(filter, page, size);
  }

  @GetMapping("/audit.csv")
  ResponseEntity<StreamingResponseBody> csv(
      @RequestParam(required = false) String agreement,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    requireAuditor();
    Violations violations = new Violations();
    AuditFilter filter = filter(agreement, user, from, to, violations);
    violations.throwIfAny();
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("audit.csv").build().toString())
        .body(out -> trail.export(filter, out));
  }

  private static AuditFilter filter(
      String agreement, String user, LocalDate from, LocalDate to, Violations violations) {
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to", "must not be before from");
    }
    return new AuditFilter(
        blankToNull(agreement),
        blankToNull(user),
        from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private void requireAuditor() {
    if (!currentUser.isMemberOf(Roles.MANAGERS) && !currentUser.isMemberOf(Roles.ADMINISTRATORS)) {
      throw new ForbiddenException("The audit trail is for managers and administrators");
    }
  }
}
