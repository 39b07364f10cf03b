package org.accord.metrics.web;

import java.time.LocalDate;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.metrics.Pipeline;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The managers' figures as JSON, filtered by priority, region, donor and proposal dates. */
@RestController
class MetricsController {

  private final Pipeline pipeline;
  private final CurrentUser currentUser;

  MetricsController(Pipeline pipeline, CurrentUser currentUser) {
    this.pipeline = pipeline;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/metrics/pipeline")
  Pipeline.View pipeline(
      @RequestParam(required = false) Priority priority,
      @RequestParam(required = false) Region region,
      @RequestParam(required = false) String donor,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("The pipeline's figures are for managers");
    }
    return pipeline.view(priority, region, donor, from, to);
  }
}
