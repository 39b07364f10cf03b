package org.accord.iati.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.iati.IatiActivities;
import org.accord.iati.IatiActivity;
import org.accord.iati.IatiRules;
import org.accord.iati.IatiXml;
import org.accord.security.CurrentUser;
import org.accord.shared.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements as IATI 2.03 activities: one agreement at any status, for those who may see it, and
 * every published (signed) agreement the user may see, as the file the IATI registry takes.
 */
@RestController
class IatiController {

  private static final Logger log = LoggerFactory.getLogger(IatiController.class);
  private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

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

  /** An activity that breaks the ruleset is left out, and the operator told in the log. */
  @GetMapping("/api/iati/activities.xml")
  ResponseEntity<byte[]> published() {
    List<IatiActivity> published = new ArrayList<>();
    for (Agreement agreement : agreements.list(null, null)) {
      if (IatiActivities.PUBLISHED.contains(agreement.status())
          && currentUser.mayActFor(agreement.partnerCode())) {
        IatiActivity activity = activities.of(agreement);
        List<String> violations = IatiRules.violations(activity);
        if (violations.isEmpty()) {
          published.add(activity);
        } else {
          log.warn("{} is not published to IATI: {}", agreement.reference(), violations);
        }
      }
    }
    return xml(published);
  }

  private ResponseEntity<byte[]> xml(List<IatiActivity> activities) {
    return ResponseEntity.ok()
        .contentType(XML)
        .body(IatiXml.write(activities, OffsetDateTime.now(clock)));
  }
}
