package org.accord.amendment.web;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Amendments of each type, requested over the API and routed as their type says. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class AmendmentIntegrationTest {

  @Autowired Api api;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void amendmentsOfEachType_takeTheirRoute_andChangeTheAgreementKeepingBeforeAndAfter() {
    String reference = api.toActive("GSMA", "50000.00");

    Map<String, Object> extension =
        request(reference, Map.of("justification", "Rainy season delays", "endDate", "2029-06-30"));
    assertThat(extension)
        .containsEntry("number", 1)
        .containsEntry("type", "NO_COST_EXTENSION")
        .containsEntry("status", "REQUESTED");
    endorseAndSignOff(reference);
    Map<String, Object> agreement = api.get("gsma", "/api/agreements/" + reference).getBody();
    assertThat(agreement).containsEntry("endDate", "2029-06-30").containsEntry("mouVersion", 2);
    assertThat(periods(reference))
        .containsExactly(
            "1 2027-06-30 false",
            "2 2027-12-31 false",
            "3 2028-06-30 false",
            "4 2028-12-31 false",
            "5 2029-06-30 true");
    assertThat(reportingProcesses(reference)).as("one per period, in the engine too").isEqualTo(5);

    request(reference, Map.of("justification", "Exchange-rate gain", "amount", "55000.00"));
    assertThat(amendment(reference, 2)).containsEntry("type", "BUDGET_MINOR");
    endorseAndSignOff(reference);
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "55000.00")
        .containsEntry("mouVersion", 3);

    request(
        reference, Map.of("justification", "Second phase: 40 more schools", "amount", "80000.00"));
    assertThat(amendment(reference, 3)).containsEntry("type", "BUDGET_MAJOR");
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    assertThat(api.tasks("gsma", reference, SIGN_OFF_AMENDMENT)).as("approvers first").isEmpty();
    api.complete("head", reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "80000.00")
        .containsEntry("amountUsd", "80000.00");

    Map<String, Object> results = new HashMap<>();
    results.put("justification", "Add a training indicator");
    results.put(
        "results",
        List.of(
            Map.of(
                "objective", "Connect rural schools",
                "activities",
                    List.of(
                        Map.of(
                            "description", "Connect surveyed schools",
                            "timeFrame", "2027-2029",
                            "responsible", "National regulator",
                            "outputs", List.of("Connected schools"),
                            "outputType", "TECHNICAL_INTERVENTIONS")),
                "indicators",
                    List.of(
                        Map.of(
                            "name",
                            "Schools connected",
                            "unit",
                            "schools",
                            "baseline",
                            0,
                            "target",
                            160),
                        Map.of(
                            "name", "Teachers trained",
                            "unit", "%",
                            "measure", "PERCENTAGE",
                            "baseline", 0,
                            "target", 80)))));
    request(reference, results);
    assertThat(amendment(reference, 4)).containsEntry("type", "RESULTS_CHANGE");
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    api.complete("head", reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
    assertThat(api.getList("gsma", "/api/agreements/" + reference + "/results").getBody())
        .flatExtracting(objective -> (List<Map<String, Object>>) objective.get("indicators"))
        .extracting(indicator -> indicator.get("code") + " " + indicator.get("measure"))
        .containsExactly("1.1 NUMBER", "1.2 PERCENTAGE");

    request(reference, Map.of("justification", "Name as signed", "title", "Rural schools online"));
    assertThat(amendment(reference, 5)).containsEntry("type", "ADMINISTRATIVE");
    api.complete(
        "officer2",
        reference,
        REVIEW_AMENDMENT,
        Map.of("amendmentReview", "REJECT", "amendmentReviewComment", "The title is fine"));
    assertThat(amendment(reference, 5)).containsEntry("status", "REJECTED");

    List<Map<String, Object>> history =
        api.getList("gsma", "/api/agreements/" + reference + "/amendments").getBody();
    assertThat(history)
        .extracting(a -> a.get("number") + " " + a.get("type") + " " + a.get("status"))
        .containsExactly(
            "1 NO_COST_EXTENSION APPROVED",
            "2 BUDGET_MINOR APPROVED",
            "3 BUDGET_MAJOR APPROVED",
            "4 RESULTS_CHANGE APPROVED",
            "5 ADMINISTRATIVE REJECTED");
    Map<String, Object> budget = history.get(2);
    assertThat((Map<String, Object>) budget.get("before")).containsEntry("amount", "55000.00");
    assertThat((Map<String, Object>) budget.get("after"))
        .containsEntry("amount", "80000.00")
        .containsEntry("mouVersion", 4);
    assertThat(history.get(4).get("after")).isNull();
  }

  @Test
  void badAmendments_areRefusedNamingTheProblem_andNothingIsWritten() {
    String proposal = api.propose("JICA", "1200.00");
    assertThat(
            api.post(
                    "officer",
                    "/api/agreements/" + proposal + "/amendments",
                    Map.of("justification", "x", "amount", "2000.00"))
                .getStatusCode())
        .as("only an active agreement is amended")
        .isEqualTo(HttpStatus.CONFLICT);

    String reference = api.toActive("JICA", "40000.00");
    assertThat(fields(refused(reference, Map.of("justification", "Cut", "amount", "-100.00"))))
        .containsExactly("amount");
    assertThat(
            fields(refused(reference, Map.of("justification", "Early", "endDate", "2028-01-31"))))
        .containsExactly("endDate");
    assertThat(fields(refused(reference, Map.of("justification", "Nothing"))))
        .containsExactly("amount");
    assertThat(
            fields(
                refused(
                    reference,
                    Map.of(
                        "justification",
                        "Bad results",
                        "results",
                        List.of(Map.of("objective", "No indicator", "indicators", List.of()))))))
        .containsExactly("results[0].indicators");
    assertThat(fields(refused(reference, Map.of("amount", "45000.00"))))
        .containsExactly("justification");
    assertThat(
            api.post(
                    "jica",
                    "/api/agreements/" + reference + "/amendments",
                    Map.of("justification", "More", "amount", "45000.00"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/amendments").getBody())
        .isEmpty();
    assertThat(api.tasks("officer", reference, REVIEW_AMENDMENT)).isEmpty();

    request(reference, Map.of("justification", "More", "amount", "45000.00"));
    assertThat(
            api.post(
                    "officer",
                    "/api/agreements/" + reference + "/amendments",
                    Map.of("justification", "Even more", "amount", "46000.00"))
                .getStatusCode())
        .as("one amendment at a time")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void terminationWithAnAmendmentUnderWay_withdrawsIt_andLeavesNothingRunning() {
    String reference = api.toActive("GSMA", "20000.00");
    request(reference, Map.of("justification", "Longer", "endDate", "2029-03-31"));

    api.post(
        "manager",
        "/api/agreements/" + reference + "/terminate",
        Map.of("reason", "Funding withdrawn"));

    assertThat(amendment(reference, 1)).containsEntry("status", "WITHDRAWN");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .count())
        .isZero();
  }

  private Map<String, Object> request(String reference, Map<String, Object> change) {
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/agreements/" + reference + "/amendments", change);
    assertThat(created.getStatusCode())
        .as("amendment of %s", reference)
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private ResponseEntity<Map<String, Object>> refused(
      String reference, Map<String, Object> change) {
    ResponseEntity<Map<String, Object>> refused =
        api.post("officer", "/api/agreements/" + reference + "/amendments", change);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return refused;
  }

  private void endorseAndSignOff(String reference) {
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    assertThat(api.tasks("head", reference, APPROVE_AMENDMENT)).isEmpty();
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
  }

  private Map<String, Object> amendment(String reference, int number) {
    return api.get("officer", "/api/agreements/" + reference + "/amendments/" + number).getBody();
  }

  private List<String> periods(String reference) {
    return api.getList("officer", "/api/agreements/" + reference + "/reports").getBody().stream()
        .map(report -> (Map<String, Object>) report.get("period"))
        .map(p -> p.get("number") + " " + p.get("endsOn") + " " + p.get("finalPeriod"))
        .toList();
  }

  private long reportingProcesses(String reference) {
    List<ProcessInstance> reporting =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey("progress-reporting")
            .processInstanceBusinessKey(reference)
            .list();
    return reporting.size();
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
