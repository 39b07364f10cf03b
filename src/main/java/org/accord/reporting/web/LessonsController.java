package org.accord.reporting.web;

import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.reporting.LessonsCatalogue;
import org.accord.reporting.LessonsCatalogue.Found;
import org.accord.security.CurrentUser;
import org.accord.shared.ForbiddenException;
import org.accord.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of lessons learned, for the agency's staff. */
@RestController
class LessonsController {

  private final LessonsCatalogue catalogue;
  private final CurrentUser currentUser;

  LessonsController(LessonsCatalogue catalogue, CurrentUser currentUser) {
    this.catalogue = catalogue;
    this.currentUser = currentUser;
  }

  /** Lessons by year recorded, priority, region, initiative and words ({@code q}), latest first. */
  @GetMapping("/api/lessons")
  Found lessons(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String priority,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String initiative,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("The lessons learned are the agency's own");
    }
    Violations violations = new Violations();
    Priority chosenPriority =
        priority == null ? null : violations.requireOneOf("priority", priority, Priority.class);
    Region chosenRegion =
        region == null ? null : violations.requireOneOf("region", region, Region.class);
    violations.throwIfAny();
    return catalogue.find(
        new LessonsCatalogue.Query(year, chosenPriority, chosenRegion, initiative, q), page, size);
  }
}
