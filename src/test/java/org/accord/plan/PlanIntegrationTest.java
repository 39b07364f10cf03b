package org.accord.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The plan through {@code /api/plans}: managers change it, staff read it, partners do not; every
 * wrong field is named and nothing written; every change kept, so earlier targets can be read.
 */
@AccordIntegrationTest
class PlanIntegrationTest {

  @Autowired Api api;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
  }

  @Test
  void demoProfile_hasTheBakuActionPlan_withItsFivePriorities_andPlaceholders() {
    Map<String, Object> plan = api.get("officer", "/api/plans/BAP-2026").getBody();

    assertThat(plan).containsEntry("title", "Baku Action Plan 2026–2029");
    assertThat(plan).containsEntry("firstYear", 2026).containsEntry("lastYear", 2029);
    assertThat(list(plan, "priorities")).hasSize(5);
    assertThat(list(plan, "outputs")).hasSize(6);
    assertThat(list(plan, "kpis"))
        .isNotEmpty()
        .allSatisfy(kpi -> assertThat(kpi).containsEntry("placeholder", true));
  }

  @Test
  void managerBuildsAPlan_andOfficerReadsItsOutcomesKpisAndTargets() {
    String plan = newPlan();
    int year = firstYear(plan);

    assertThat(status(api.post("manager", outcomes(plan), outcome("O1")))).isEqualTo(201);
    ResponseEntity<Map<String, Object>> added =
        api.post("manager", kpis(plan), kpi("K1", Map.of(year, 10, year + 1, 20)));
    assertThat(status(added)).isEqualTo(201);

    Map<String, Object> read = api.get("officer", "/api/plans/" + plan).getBody();
    Map<String, Object> priority = list(read, "priorities").get(0);
    assertThat(priority).containsEntry("priority", "AFFORDABLE_CONNECTIVITY");
    assertThat(list(priority, "outcomes")).extracting(o -> o.get("code")).containsExactly("O1");
    List<Map<String, Object>> kpis = api.getList("officer", kpis(plan)).getBody();
    assertThat(kpis).hasSize(1);
    assertThat(kpis.get(0))
        .containsEntry("code", "K1")
        .containsEntry("unit", "people")
        .containsEntry("rule", "SUM")
        .containsEntry("outcome", "O1")
        .containsEntry("targets", Map.of(String.valueOf(year), 10, String.valueOf(year + 1), 20));
  }

  @Test
  void changingATarget_keepsTheOldOne_inForceAsOfBeforeTheChange() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-10T09:00:00Z")));
    String plan = newPlan();
    int year = firstYear(plan);
    api.post("manager", outcomes(plan), outcome("O1"));
    api.post("manager", kpis(plan), kpi("K1", Map.of(year, 10)));

    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-15T09:00:00Z")));
    ResponseEntity<Map<String, Object>> changed =
        api.put("manager", kpis(plan) + "/K1/targets/" + year, Map.of("target", 15));
    assertThat(status(changed)).isEqualTo(200);

    assertThat(targetOf(plan, "?asOf=2027-03-01", year)).isEqualTo(10);
    assertThat(targetOf(plan, "?asOf=2027-03-15", year)).isEqualTo(15);
    assertThat(targetOf(plan, "", year)).isEqualTo(15);
    assertThat(api.getList("officer", kpis(plan) + "?asOf=2027-01-09").getBody()).isEmpty();

    List<Map<String, Object>> history =
        api.getList("officer", "/api/plans/" + plan + "/history").getBody();
    assertThat(history).hasSize(4);
    Map<String, Object> last = history.get(0);
    assertThat(last)
        .containsEntry("changedBy", "manager")
        .containsEntry("subject", "KPI")
        .containsEntry("subjectCode", "K1");
    assertThat(String.valueOf(last.get("changedAt"))).startsWith("2027-03-15T09:00");
    assertThat(map(last, "before").get("targets")).isEqualTo(Map.of(String.valueOf(year), 10));
    assertThat(map(last, "after").get("targets")).isEqualTo(Map.of(String.valueOf(year), 15));
  }

  @Test
  void aSecondPeriod_followsTheFirst_butNeverOverlapsIt() {
    String plan = newPlan();
    int first = firstYear(plan);
    String code = code("NEXT");

    ResponseEntity<Map<String, Object>> overlapping =
        api.post("manager", "/api/plans", newPlanBody(code, first + 3, first + 6));
    assertThat(status(overlapping)).isEqualTo(400);
    assertThat(fields(overlapping)).contains("firstYear");
    assertThat(status(api.get("officer", "/api/plans/" + code))).isEqualTo(404);

    assertThat(status(api.post("manager", "/api/plans", newPlanBody(code, first + 4, first + 7))))
        .isEqualTo(201);
  }

  /**
   * Two managers create overlapping periods at once: the second's check runs before the first
   * commits, so the database refuses its insert, and that is a 409, not a 500.
   */
  @Test
  void anOverlappingPlanCommittedWhileAnotherIsBeingCreated_is409() throws Exception {
    int first = TestPlans.firstYear(api, newPlan()) + 4;
    String code = TestPlans.code("RACE");
    try (Connection firstManager = dataSource.getConnection()) {
      firstManager.setAutoCommit(false);
      try (PreparedStatement insert =
          firstManager.prepareStatement(
              "insert into accord.plan (code, title, first_year, last_year, created_at, created_by)"
                  + " values (?, 'First', ?, ?, now(), 'manager')")) {
        insert.setString(1, TestPlans.code("FIRST"));
        insert.setInt(2, first);
        insert.setInt(3, first + 3);
        insert.executeUpdate();
      }
      CompletableFuture<ResponseEntity<Map<String, Object>>> second =
          CompletableFuture.supplyAsync(
              () -> api.post("manager", "/api/plans", newPlanBody(code, first + 1, first + 4)));
      // The second insert waits on the first's uncommitted period.
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () ->
                  jdbc.queryForObject(
                          "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                              + " and query like '%insert into accord.plan %'",
                          Integer.class)
                      > 0);
      firstManager.commit();

      assertThat(second.get(20, TimeUnit.SECONDS).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
    assertThat(api.get("manager", "/api/plans/" + code).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void everyBadKpi_is400NamingTheField_andWritesNothing() {
    String plan = newPlan();
    int year = firstYear(plan);
    api.post("manager", outcomes(plan), outcome("O1"));
    api.post("manager", kpis(plan), kpi("K1", Map.of(year, 10)));
    int changes = history(plan);

    assertRefused(plan, kpi("K2", Map.of(year + 4, 10)), "targets." + (year + 4));
    assertRefused(plan, kpi("K2", Map.of(year - 1, 10)), "targets." + (year - 1));
    assertRefused(plan, kpi("K1", Map.of()), "code");
    assertRefused(plan, with(kpi("K2", Map.of()), "rule", "WEIGHTED_AVERAGE"), "rule");
    assertRefused(plan, with(kpi("K2", Map.of()), "unit", "%"), "rule");
    Map<String, Object> countries = with(kpi("K2", Map.of()), "rule", "DISTINCT_COUNTRIES");
    assertRefused(plan, countries, "rule");
    assertRefused(plan, with(kpi("K2", Map.of()), "rule", "MEDIAN"), "rule");
    assertRefused(plan, with(kpi("K2", Map.of()), "outcome", "O9"), "outcome");
    assertRefused(plan, with(kpi("K2", Map.of()), "name", "  "), "name");
    assertRefused(plan, with(kpi("K2", Map.of()), "unit", ""), "unit");
    assertRefused(plan, with(kpi("K2", Map.of()), "baseline", -1), "baseline");
    assertRefused(plan, kpi("K2", Map.of(year, -5)), "targets." + year);
    Map<String, Object> percent = with(with(kpi("K2", Map.of()), "unit", "%"), "baseline", 120);
    assertRefused(plan, with(percent, "rule", "WEIGHTED_AVERAGE"), "baseline");

    ResponseEntity<Map<String, Object>> outsideThePeriod =
        api.put("manager", kpis(plan) + "/K1/targets/" + (year + 9), Map.of("target", 1));
    assertThat(status(outsideThePeriod)).isEqualTo(400);
    assertThat(fields(outsideThePeriod)).containsExactly("targets." + (year + 9));

    assertThat(api.getList("officer", kpis(plan)).getBody())
        .singleElement()
        .satisfies(kpi -> assertThat(kpi.get("targets")).isEqualTo(Map.of("" + year, 10)));
    assertThat(history(plan)).isEqualTo(changes);
  }

  @Test
  void badOutcomesAndPlans_are400NamingTheField_andWriteNothing() {
    String plan = newPlan();
    int changes = history(plan);

    ResponseEntity<Map<String, Object>> unknownPriority =
        api.post("manager", outcomes(plan), with(outcome("O1"), "priority", "WORLD_PEACE"));
    assertThat(fields(unknownPriority)).containsExactly("priority");
    ResponseEntity<Map<String, Object>> blank =
        api.post("manager", outcomes(plan), with(outcome("O1"), "statement", " "));
    assertThat(fields(blank)).containsExactly("statement");
    api.post("manager", outcomes(plan), outcome("O1"));
    assertThat(fields(api.post("manager", outcomes(plan), outcome("O1")))).containsExactly("code");
    changes++;

    ResponseEntity<Map<String, Object>> noTitle =
        api.post("manager", "/api/plans", newPlanBody(code("BLANK"), 2200, 2203));
    assertThat(fields(noTitle)).contains("firstYear", "lastYear");
    Map<String, Object> body = newPlanBody(code("BLANK"), 2090, 2089);
    body.put("title", "");
    assertThat(fields(api.post("manager", "/api/plans", body))).contains("title", "lastYear");

    assertThat(history(plan)).isEqualTo(changes);
    assertThat(list(api.get("officer", "/api/plans/" + plan).getBody(), "priorities").get(0))
        .satisfies(p -> assertThat(list(p, "outcomes")).hasSize(1));
  }

  @Test
  void shorteningThePeriod_pastATarget_is400NamingLastYear_whileARetitleIsKept() {
    String plan = newPlan();
    int year = firstYear(plan);
    api.post("manager", outcomes(plan), outcome("O1"));
    api.post("manager", kpis(plan), kpi("K1", Map.of(year + 3, 10)));
    String path = "/api/plans/" + plan;

    Map<String, Object> shorter = newPlanBody(plan, year, year + 2);
    assertThat(fields(api.put("manager", path, shorter))).containsExactly("lastYear");
    Map<String, Object> retitled = newPlanBody(plan, year, year + 3);
    retitled.put("title", "Retitled");
    assertThat(status(api.put("manager", path, retitled))).isEqualTo(200);
    Map<String, Object> restated = with(outcome("O1"), "statement", "Restated");
    assertThat(status(api.put("manager", outcomes(plan) + "/O1", restated))).isEqualTo(200);

    List<Map<String, Object>> history = api.getList("officer", path + "/history").getBody();
    assertThat(history)
        .extracting(change -> change.get("subject"))
        .containsExactly("OUTCOME", "PLAN", "KPI", "OUTCOME", "PLAN");
    assertThat(map(history.get(1), "before")).containsEntry("title", "Plan " + plan);
    assertThat(map(history.get(1), "after")).containsEntry("title", "Retitled");
    assertThat(map(history.get(0), "after")).containsEntry("statement", "Restated");
  }

  @Test
  void officerReadsButMayNotChange_andADonorSeesNothing() {
    String plan = newPlan();
    api.post("manager", outcomes(plan), outcome("O1"));

    assertThat(status(api.get("officer", "/api/plans/" + plan))).isEqualTo(200);
    assertThat(status(api.post("officer", outcomes(plan), outcome("O2")))).isEqualTo(403);
    assertThat(status(api.post("officer", kpis(plan), kpi("K1", Map.of())))).isEqualTo(403);
    assertThat(status(api.put("officer", "/api/plans/" + plan, Map.of("title", "x"))))
        .isEqualTo(403);

    assertThat(status(api.get("gsma", "/api/plans"))).isEqualTo(403);
    assertThat(status(api.get("gsma", "/api/plans/" + plan))).isEqualTo(403);
    assertThat(status(api.get("gsma", kpis(plan)))).isEqualTo(403);
    assertThat(status(api.post("gsma", kpis(plan), kpi("K1", Map.of())))).isEqualTo(403);
    assertThat(status(api.get("officer", "/api/plans/NO-SUCH-PLAN"))).isEqualTo(404);
    assertThat(history(plan)).isEqualTo(2);
  }

  // --- the requests

  private String newPlan() {
    return TestPlans.newPlan(api, "P");
  }

  private static Map<String, Object> newPlanBody(String code, int first, int last) {
    return TestPlans.body(code, first, last);
  }

  private static String code(String prefix) {
    return TestPlans.code(prefix);
  }

  private int firstYear(String plan) {
    return TestPlans.firstYear(api, plan);
  }

  private static Map<String, Object> outcome(String code) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("priority", "AFFORDABLE_CONNECTIVITY");
    body.put("statement", "More households afford broadband");
    return body;
  }

  private static Map<String, Object> kpi(String code, Map<Integer, Integer> targets) {
    Map<String, Object> body = new HashMap<>();
    body.put("code", code);
    body.put("name", "People trained");
    body.put("unit", "people");
    body.put("baseline", 0);
    body.put("outcome", "O1");
    body.put("rule", "SUM");
    body.put("targets", targets);
    return body;
  }

  private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
    Map<String, Object> changed = new HashMap<>(body);
    changed.put(field, value);
    return changed;
  }

  private void assertRefused(String plan, Map<String, Object> kpi, String field) {
    ResponseEntity<Map<String, Object>> refused = api.post("manager", kpis(plan), kpi);
    assertThat(status(refused)).as("%s", kpi).isEqualTo(400);
    assertThat(fields(refused)).as("%s", refused.getBody()).containsExactly(field);
  }

  private Object targetOf(String plan, String asOf, int year) {
    List<Map<String, Object>> kpis = api.getList("officer", kpis(plan) + asOf).getBody();
    return map(kpis.get(0), "targets").get(String.valueOf(year));
  }

  private int history(String plan) {
    return api.getList("officer", "/api/plans/" + plan + "/history").getBody().size();
  }

  private static String outcomes(String plan) {
    return "/api/plans/" + plan + "/outcomes";
  }

  private static String kpis(String plan) {
    return "/api/plans/" + plan + "/kpis";
  }

  private static int status(ResponseEntity<?> response) {
    return response.getStatusCode().value();
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(status(response)).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(violation -> (String) violation.get("field")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> body, String key) {
    return (Map<String, Object>) body.get(key);
  }
}
