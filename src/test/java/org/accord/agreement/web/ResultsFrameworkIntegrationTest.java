package org.accord.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The results framework of an agreement: objectives, activities with time-frames, typed outputs,
 * and indicators measured as numbers, percentages or qualitatively; reported on once active.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class ResultsFrameworkIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void proposalsFramework_isReplacedWhileBeingScreened_andReadBackWithIndicatorCodes() {
    String reference = api.propose("JICA", "3000.00");

    ResponseEntity<List<Map<String, Object>>> replaced =
        putList("officer", reference, List.of(connectivity(), policy()));

    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> framework =
        api.getList("jica", "/api/agreements/" + reference + "/results").getBody();
    assertThat(framework)
        .flatExtracting(objective -> (List<Map<String, Object>>) objective.get("indicators"))
        .extracting(i -> i.get("code") + " " + i.get("name") + " " + i.get("measure"))
        .containsExactly(
            "1.1 Schools connected NUMBER",
            "1.2 Teachers trained PERCENTAGE",
            "2.1 Policy adopted QUALITATIVE");
    assertThat((List<Map<String, Object>>) framework.get(1).get("activities"))
        .singleElement()
        .satisfies(activity -> assertThat(activity).containsEntry("outputType", "MODEL_POLICIES"));
    assertThat((List<Map<String, Object>>) framework.get(1).get("indicators"))
        .singleElement()
        .satisfies(
            indicator ->
                assertThat(indicator)
                    .containsEntry("targetDescription", "Adopted by the cabinet")
                    .doesNotContainKeys("target", "baseline"));
  }

  @Test
  void invalidFrameworks_areRefusedNamingEachField_andTheFrameworkStaysAsItWas() {
    String reference = api.propose("JICA", "3100.00");
    Map<String, Object> badObjective =
        Map.of(
            "objective", "Train teachers",
            "activities",
                List.of(
                    Map.of(
                        "description", "Workshops",
                        "responsible", "Ministry",
                        "outputs", List.of("Curriculum"),
                        "outputType", "LEARNING_FRAMEWORKS")),
            "indicators",
                List.of(
                    Map.of(
                        "name", "Teachers trained",
                        "unit", "%",
                        "measure", "PERCENTAGE",
                        "baseline", 0,
                        "target", 140),
                    Map.of("name", "Policy", "unit", "policy", "measure", "QUALITATIVE"),
                    Map.of("name", "Labs", "unit", "labs", "baseline", 0)));

    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", "/api/agreements/" + reference + "/results", List.of(badObjective));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly(
            "results[0].activities[0].timeFrame",
            "results[0].indicators[0].target",
            "results[0].indicators[1].targetDescription",
            "results[0].indicators[2].target");
    assertThat(
            fields(
                api.put(
                    "officer",
                    "/api/agreements/" + reference + "/results",
                    List.of(Map.of("objective", "No indicators", "indicators", List.of())))))
        .containsExactly("results[0].indicators");
    assertThat(
            fields(
                api.putRaw(
                    "officer",
                    "/api/agreements/" + reference + "/results",
                    "[{\"objective\": \"x\", \"activities\": [{\"outputType\": \"BRIDGES\"}]}]")))
        .containsExactly("[0].activities[0].outputType");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/results").getBody())
        .extracting(objective -> objective.get("objective"))
        .containsExactly("Connect rural schools");
  }

  @Test
  void activeAgreementsFramework_changesOnlyByAmendment_andOnlyOfficersChangeFrameworks() {
    String screening = api.propose("GSMA", "3200.00");
    assertThat(
            api.put("gsma", "/api/agreements/" + screening + "/results", List.of(connectivity()))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String active = api.toActive("GSMA", "3300.00");
    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", "/api/agreements/" + active + "/results", List.of(connectivity()));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").toString()).contains("amendment");
  }

  @Test
  void qualitativeIndicator_isReportedWithADescriptionAndTheOfficersRating() {
    String reference = api.propose("GSMA", "3400.00");
    putList("officer", reference, List.of(policy()));
    api.activate(api.throughApproval(reference), "GSMA");
    api.fire(reference, 1, "PeriodEnded");

    ResponseEntity<Map<String, Object>> noRating =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/reports/1",
            Map.of(
                "narrative", "Consultations held",
                "expenditure", "0",
                "indicatorActuals", List.of(Map.of("code", "1.1", "description", "In cabinet"))));
    assertThat(fields(noRating)).containsExactly("indicatorActuals[0].rating");

    api.post(
        "officer",
        "/api/agreements/" + reference + "/reports/1",
        Map.of(
            "narrative", "Consultations held",
            "expenditure", "0",
            "indicatorActuals",
                List.of(Map.of("code", "1.1", "description", "In cabinet", "rating", "ON_TRACK"))));

    Map<String, Object> indicator =
        ((List<Map<String, Object>>)
                api.get("manager", "/api/agreements/" + reference + "/progress")
                    .getBody()
                    .get("indicators"))
            .get(0);
    assertThat(indicator)
        .containsEntry("measure", "QUALITATIVE")
        .containsEntry("rating", "ON_TRACK");
  }

  private ResponseEntity<List<Map<String, Object>>> putList(
      String user, String reference, List<Map<String, Object>> framework) {
    return rest.exchange(
        "/api/agreements/" + reference + "/results",
        org.springframework.http.HttpMethod.PUT,
        new org.springframework.http.HttpEntity<>(framework, Api.headersOf(user)),
        new org.springframework.core.ParameterizedTypeReference<>() {});
  }

  private static Map<String, Object> connectivity() {
    return Map.of(
        "objective", "Connect rural schools",
        "activities",
            List.of(
                Map.of(
                    "description", "Connect surveyed schools",
                    "timeFrame", "2027-2028",
                    "responsible", "National regulator",
                    "outputs", List.of("Connected schools"),
                    "outputType", "TECHNICAL_INTERVENTIONS")),
        "indicators",
            List.of(
                Map.of(
                    "name", "Schools connected", "unit", "schools", "baseline", 0, "target", 120),
                Map.of(
                    "name", "Teachers trained",
                    "unit", "%",
                    "measure", "PERCENTAGE",
                    "baseline", 10,
                    "target", 80)));
  }

  private static Map<String, Object> policy() {
    return Map.of(
        "objective", "An enabling policy for school connectivity",
        "activities",
            List.of(
                Map.of(
                    "description", "Draft a model universal service policy",
                    "timeFrame", "2027-Q2",
                    "responsible", "ITU-D and the ministry",
                    "outputs", List.of("Model policy"),
                    "outputType", "MODEL_POLICIES")),
        "indicators",
            List.of(
                Map.of(
                    "name", "Policy adopted",
                    "unit", "policy",
                    "measure", "QUALITATIVE",
                    "targetDescription", "Adopted by the cabinet")));
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
