package org.accord.iati.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.iati.IatiActivities;
import org.accord.iati.IatiActivity;
import org.accord.iati.IatiRules;
import org.accord.iati.IatiXml;
import org.accord.security.CurrentUser;
import org.accord.shared.ConflictException;
import org.accord.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements as IATI 2.03 activities: one agreement at any status, for those who may see it, and
 * every published (signed) agreement the user may see, as the file the IATI registry takes.
 */
@RestController
class IatiController {

  private static final Logger log = LoggerFactory.getLogger(IatiController.class);
  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
  private static final int MAX_FILE = 1000;

  private final IatiActivities activities;
  private final AgreementService agreements;
  private final CurrentUser currentUser;
  private final Clock clock;

  IatiController(
      IatiActivities activities,
      AgreementService agreements,
      CurrentUser currentUser,
      Clock clock) {
    this.activities = activities;
    this.agreements = agreements;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/api/agreements/{reference}/iati")
  ResponseEntity<byte[]> activity(@PathVariable String reference) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    IatiActivity activity = activities.of(agreement);
    List<String> violations = IatiRules.violations(activity);
    if (!violations.isEmpty()) {
      throw new ConflictException(
          reference + " breaks the IATI ruleset: " + String.join("; ", violations));
    }
    return xml(List.of(activity));
  }

  /**
   * In files of {@code size} activities (500 unless asked, at most 1,000: registry files stay well
   * under its size limit), by reference; a {@code Link: rel="next"} header points to the next file.
   * An activity that breaks the ruleset is left out, and the operator told in the log.
   */
  @GetMapping("/api/iati/activities.xml")
  ResponseEntity<byte[]> published(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "500") int size) {
    Violations violations = new Violations();
    if (page < 0) {
      violations.add("page", "must not be negative");
    }
    if (size < 1 || size > MAX_FILE) {
      violations.add("size", "must be between 1 and " + MAX_FILE);
    }
    violations.throwIfAny();
    List<Agreement> signed =
        agreements.list(null, null).stream()
            .filter(agreement -> IatiActivities.PUBLISHED.contains(agreement.status()))
            .filter(agreement -> currentUser.mayActFor(agreement.partnerCode()))
            .sorted(Comparator.comparing(Agreement::reference))
            .toList();
    List<IatiActivity> published = new ArrayList<>();
    int from = (int) Math.min((long) page * size, signed.size());
    for (Agreement agreement : signed.subList(from, Math.min(from + size, signed.size()))) {
      IatiActivity activity = activities.of(agreement);
      List<String> broken = IatiRules.violations(activity);
      if (broken.isEmpty()) {
        published.add(activity);
      } else {
        log.warn("{} is not published to IATI: {}", agreement.reference(), broken);
      }
    }
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (from + size < signed.size()) {
      response.header(
          HttpHeaders.LINK,
          "</api/iati/activities.xml?page=%d&size=%d>; rel=\"next\"".formatted(page + 1, size));
    }
    return response.contentType(XML).body(IatiXml.write(published, OffsetDateTime.now(clock)));
  }

  private ResponseEntity<byte[]> xml(List<IatiActivity> activities) {
    return ResponseEntity.ok()
        .contentType(XML)
        .body(IatiXml.write(activities, OffsetDateTime.now(clock)));
  }
}
