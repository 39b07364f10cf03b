package org.accord.metrics.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.accord.identity.Languages;
import org.accord.metrics.ManagerDashboard;
import org.accord.metrics.MetricsFilter;
import org.accord.security.CurrentUser;
import org.accord.security.Roles;
import org.accord.shared.PageTexts;
import org.accord.training.TrainingFigures;
import org.accord.training.TrainingFiguresService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The managers' dashboard page. Its figures are embedded in the page as the JSON of {@code GET
 * /api/metrics/dashboard}, written by the same serializer, so page and API cannot disagree; the
 * page's script draws them, with the labels of their codes, and a plain GET form changes the
 * filters. The page is in its reader's language ({@link Languages#ofPage}), its words in {@code
 * static/texts/dashboard}.
 */
@Controller
class DashboardController {

  private static final String PLACEHOLDER = "/*figures*/";

  /** The newest training cooperations the training card shows; the CSV has every one. */
  private static final int TRAINING_ROWS = 100;

  private static final String SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final ManagerDashboard dashboard;
  private final TrainingFiguresService training;
  private final DashboardLabels labels;
  private final CurrentUser currentUser;
  private final Languages languages;
  private final ObjectMapper json;
  private final String page = read("dashboard.html");
  private final String forbidden = read("forbidden.html");

  DashboardController(
      ManagerDashboard dashboard,
      TrainingFiguresService training,
      DashboardLabels labels,
      CurrentUser currentUser,
      Languages languages,
      ObjectMapper json) {
    this.dashboard = dashboard;
    this.training = training;
    this.labels = labels;
    this.currentUser = currentUser;
    this.languages = languages;
    this.json = json;
  }

  /**
   * The figures, and what their codes read as (the filters offer the same); the training
   * cooperations' monitoring figures, whatever the filter.
   */
  record Page(
      ManagerDashboard.Figures figures,
      DashboardLabels.Labels labels,
      List<TrainingFigures> training,
      List<TrainingFigures> trainingPartners) {}

  @GetMapping(value = "/dashboard", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> dashboard(
      MetricsFilter filter,
      @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted)
      throws JsonProcessingException {
    PageTexts texts = PageTexts.of("dashboard", languages.ofPage(currentUser.id(), accepted));
    if (!currentUser.isMemberOf(Roles.MANAGERS)) {
      return html(HttpStatus.FORBIDDEN, texts.fill(forbidden));
    }
    ManagerDashboard.Figures figures = dashboard.figures(filter);
    List<TrainingFigures> cooperations = training.cooperations(0, TRAINING_ROWS);
    // Each partner of those cooperations, all its cooperations summed: the card's last rows.
    List<TrainingFigures> partners =
        training.partners(cooperations.stream().map(TrainingFigures::partnerCode).toList());
    String embedded =
        json.writeValueAsString(
            new Page(
                figures,
                labels.labels(groupsNamedIn(figures), texts.language()),
                cooperations,
                partners));
    return html(
        HttpStatus.OK, texts.fill(page).replace(PLACEHOLDER, PageTexts.scriptSafe(embedded)));
  }

  /** The candidate groups the bottlenecks name: by group, and those of the oldest tasks. */
  private static Set<String> groupsNamedIn(ManagerDashboard.Figures figures) {
    Set<String> groups = new TreeSet<>(figures.bottlenecks().byGroup().keySet());
    figures.bottlenecks().oldestOpenTasks().stream()
        .filter(task -> task.candidateGroups() != null)
        .flatMap(task -> Arrays.stream(task.candidateGroups().split(" ")))
        .filter(group -> !group.isBlank())
        .forEach(groups::add);
    return groups;
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", SECURITY_POLICY)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(body);
  }

  private static String read(String name) {
    try {
      return new ClassPathResource("org/accord/metrics/web/" + name)
          .getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
