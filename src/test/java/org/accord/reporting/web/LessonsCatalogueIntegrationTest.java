package org.accord.reporting.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.EVALUATE_AGREEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The catalogue of lessons learned: the closing evaluations' lessons, found by the year they were
 * recorded in, the agreement's priority and region, and their words (PostgreSQL's text search).
 */
@AccordIntegrationTest
class LessonsCatalogueIntegrationTest {

  @Autowired Api api;

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
  }

  @Test
  void lessonsAreFoundByYearPriorityRegionInitiativeAndWords_theLatestFirst() {
    String initiative = "LSN-" + System.nanoTime() % 1_000_000;
    Map<String, Object> regional = new HashMap<>();
    regional.put("code", initiative);
    regional.put("title", "Schools online in Africa");
    regional.put("kind", "REGIONAL");
    regional.put("region", "AFRICA");
    regional.put("description", "A regional initiative.");
    regional.put("countries", List.of("RW", "KE"));
    assertThat(api.post("officer", "/api/initiatives", regional).getStatusCode().value())
        .isEqualTo(201);
    String schools =
        evaluated(
            initiative,
            "AFRICA",
            "AFFORDABLE_CONNECTIVITY",
            "Survey the schools before connecting them: half the list had moved.",
            "2032-03-01");
    String trainers =
        evaluated(
            null,
            "ASIA_PACIFIC",
            "DIGITAL_TRANSFORMATION",
            "Train women as trainers first; the courses then filled themselves.",
            "2032-09-01");

    assertThat(references("?year=2032")).containsExactly(trainers, schools);
    assertThat(references("?year=2032&region=AFRICA")).containsExactly(schools);
    assertThat(references("?year=2032&priority=DIGITAL_TRANSFORMATION")).containsExactly(trainers);
    // English stemming: "connected schools" finds "schools before connecting them".
    assertThat(references("?year=2032&q=connected schools")).containsExactly(schools);
    assertThat(references("?year=2032&q=trainer -schools")).containsExactly(trainers);
    assertThat(references("?year=2032&initiative=" + initiative)).containsExactly(schools);
    assertThat(references("?year=2031")).isEmpty();
  }

  @Test
  void badQueries_areRefusedNamingTheField_andPartnersReadNoLessons() {
    assertThat(fields(api.get("manager", "/api/lessons?priority=CHEAP")))
        .containsExactly("priority");
    assertThat(fields(api.get("manager", "/api/lessons?region=MARS"))).containsExactly("region");
    assertThat(fields(api.get("manager", "/api/lessons?size=0"))).containsExactly("size");
    assertThat(fields(api.get("manager", "/api/lessons?year=1066"))).containsExactly("year");
    assertThat(api.get("gsma", "/api/lessons").getStatusCode().value()).isEqualTo(403);
  }

  /** A one-year agreement reported on, accepted and evaluated on the day given. */
  private String evaluated(
      String initiative, String region, String priority, String lessons, String day) {
    Map<String, Object> proposal = Proposals.oneYear("GSMA", "10000.00", "USD");
    if (initiative != null) {
      proposal.put("initiative", initiative);
    }
    proposal.put("region", region);
    proposal.put("priority", priority);
    String reference = api.toActive(proposal);
    api.reportAccepted(reference, 1, "9000.00");
    ClockUtil.setCurrentTime(Date.from(Instant.parse(day + "T10:00:00Z")));
    api.complete(
        "manager",
        reference,
        EVALUATE_AGREEMENT,
        Map.of("evaluationRating", "ACHIEVED_AS_PLANNED", "lessonsLearned", lessons));
    ClockUtil.reset();
    return reference;
  }

  @SuppressWarnings("unchecked")
  private List<String> references(String query) {
    ResponseEntity<Map<String, Object>> found = api.get("manager", "/api/lessons" + query);
    assertThat(found.getStatusCode().value()).as("%s", found.getBody()).isEqualTo(200);
    return ((List<Map<String, Object>>) found.getBody().get("lessons"))
        .stream().map(lesson -> (String) lesson.get("reference")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(violation -> (String) violation.get("field")).toList();
  }
}
