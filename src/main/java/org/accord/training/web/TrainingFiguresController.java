package org.accord.training.web;

import java.nio.charset.StandardCharsets;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.ForbiddenException;
import org.accord.training.TrainingFigures;
import org.accord.training.TrainingFiguresCsv;
import org.accord.training.TrainingFiguresService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The monitoring and evaluation figures of a training cooperation or one of its courses, or of a
 * partner's training cooperations together, and of every training cooperation as a CSV for managers
 * (beside the dashboard's other exports).
 */
@RestController
class TrainingFiguresController {

  private final TrainingFiguresService figures;
  private final TrainingFiguresCsv csv;
  private final CurrentUser currentUser;

  TrainingFiguresController(
      TrainingFiguresService figures, TrainingFiguresCsv csv, CurrentUser currentUser) {
    this.figures = figures;
    this.csv = csv;
    this.currentUser = currentUser;
  }

  @GetMapping("/api/exports/training.csv")
  ResponseEntity<StreamingResponseBody> export() {
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      throw new ForbiddenException("Exports are for managers");
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("training.csv").build().toString())
        .body(csv::export);
  }

  @GetMapping("/api/training/figures")
  TrainingFigures figures(
      @RequestParam(required = false) String agreement,
      @RequestParam(required = false) String partner,
      @RequestParam(required = false) Long course) {
    return figures.of(agreement, partner, course);
  }
}
