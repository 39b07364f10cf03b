package org.accord.reporting.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.EVALUATE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SETTLE_BALANCE;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PdfText;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An active agreement reported on period by period, with the reporting timers fast-forwarded
 * through the engine's job API, until its evaluation closes it.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class MonitoringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired RuntimeService runtimeService;

  @Test
  void activeAgreement_isReportedOnEveryPeriod_andClosedByItsEvaluation() throws Exception {
    String reference = api.toActive("GSMA", "50000.00");
    assertThat(periodStatuses(reference))
        .containsExactly("NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE", "NOT_YET_DUE");
    assertThat(api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT)).isEmpty();

    api.fire(reference, 1, "PeriodEnded");
    assertThat(periodStatuses(reference)).startsWith("DUE", "NOT_YET_DUE");
    assertThat(api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT)).hasSize(1);

    api.fire(reference, 1, "ReportOverdue");
    assertThat(periodStatuses(reference)).startsWith("OVERDUE");

    ResponseEntity<Map<String, Object>> submitted =
        api.post("officer", reportPath(reference, 1), report("10000.00", "25"));
    assertThat(submitted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(periodStatuses(reference)).startsWith("SUBMITTED");

    api.post(
        "manager",
        reportPath(reference, 1) + "/review",
        Map.of("decision", "REVISE", "comment", "Give the survey figures"));
    assertThat(periodStatuses(reference)).startsWith("SENT_BACK");
    // The revision starts from what was sent back, through engine-rest this time.
    api.complete(
        "officer",
        reference,
        SUBMIT_PROGRESS_REPORT,
        Map.of(
            "reportNarrative", "Survey of 400 schools done; 32 connected",
            "expenditure", "12000.00",
            "indicatorActuals",
                Map.of("type", "Json", "value", "[{\"code\":\"1.1\",\"value\":32}]")));
    api.complete("manager", reference, REVIEW_PROGRESS_REPORT, Map.of("reportDecision", "ACCEPT"));
    assertThat(periodStatuses(reference)).startsWith("ACCEPTED");

    Map<String, Object> first = reports(reference).get(0);
    assertThat((List<Map<String, Object>>) first.get("submissions"))
        .extracting(s -> s.get("revision") + " " + s.get("expenditure") + " " + s.get("decision"))
        .containsExactly("1 10000.00 REVISE", "2 12000.00 ACCEPT");

    for (int period = 2; period <= 4; period++) {
      api.fire(reference, period, "PeriodEnded");
      api.post(
          "officer", reportPath(reference, period), report("9000.00", String.valueOf(30 * period)));
      api.post("manager", reportPath(reference, period) + "/review", Map.of("decision", "ACCEPT"));
    }
    assertThat(periodStatuses(reference))
        .containsExactly("ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED");
    List<Map<String, Object>> finalSubmissions =
        (List<Map<String, Object>>) reports(reference).get(3).get("submissions");
    assertThat(finalSubmissions.get(0)).containsEntry("finalReport", true);

    Map<String, Object> progress =
        api.get("manager", "/api/agreements/" + reference + "/progress").getBody();
    assertThat(progress).containsEntry("spent", "39000.00").containsEntry("budget", "50000.00");
    assertThat(progress.get("ratingRule").toString()).contains("ON_TRACK");
    Map<String, Object> indicator = ((List<Map<String, Object>>) progress.get("indicators")).get(0);
    assertThat(indicator).containsEntry("code", "1.1").containsEntry("rating", "MET");
    assertThat((List<Map<String, Object>>) indicator.get("periods"))
        .extracting(p -> p.get("actual") + " " + p.get("rating"))
        .containsExactly(
            "32.0000 ON_TRACK", "60.0000 ON_TRACK", "90.0000 ON_TRACK", "120.0000 MET");

    List<Map<String, Object>> reportPdfs =
        api.getList("gsma", "/api/agreements/" + reference + "/documents").getBody().stream()
            .filter(document -> "PROGRESS_REPORT".equals(document.get("kind")))
            .toList();
    assertThat(reportPdfs)
        .extracting(document -> document.get("version"))
        .containsExactly(1, 2, 3, 4);
    byte[] pdf =
        rest.exchange(
                "/api/agreements/" + reference + "/documents/" + reportPdfs.get(3).get("id"),
                HttpMethod.GET,
                new HttpEntity<>(Api.headersOf("gsma")),
                byte[].class)
            .getBody();
    // The rating as the report's language names it; amounts read as a reader quotes them.
    assertThat(PdfText.of(pdf))
        .contains("Final progress report, period 4")
        .contains("Submitted Amina Diallo")
        .contains("Accepted Priya Sharma")
        .contains("Schools connected (schools)")
        .contains("120 Met")
        .contains("USD 39,000.00 of USD 50,000.00 so far")
        .contains("Schools surveyed and connected as planned");

    assertThat(api.tasks("manager", reference, EVALUATE_AGREEMENT)).hasSize(1);
    api.complete(
        "manager",
        reference,
        EVALUATE_AGREEMENT,
        Map.of(
            "evaluationRating",
            "ACHIEVED_AS_PLANNED",
            "lessonsLearned",
            "Surveys first: they set realistic targets"));
    // Nothing was received and 39,000.00 spent: finance records that the agency covers it.
    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "ACTIVE");
    api.complete(
        "finance",
        reference,
        SETTLE_BALANCE,
        Map.of(
            "settlementDecision",
            "COVERED_BY_AGENCY",
            "settlementNote",
            "Pre-financed from the agency's ICT Development Fund"));
    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "CLOSED");
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/evaluation").getBody())
        .containsEntry("rating", "ACHIEVED_AS_PLANNED")
        .containsEntry("evaluatedBy", "manager");
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .count())
        .isZero();
    ResponseEntity<Map<String, Object>> lateAmendment =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "One more year", "endDate", "2029-12-31"));
    assertThat(lateAmendment.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lateAmendment.getBody().get("detail").toString()).contains("CLOSED");
  }

  @Test
  void reportsThatDoNotMatchTheResultsFramework_areRefusedNamingTheField_andNothingIsWritten() {
    String reference = api.toActive("JICA", "40000.00");
    api.fire(reference, 1, "PeriodEnded");

    ResponseEntity<Map<String, Object>> unknown =
        api.post(
            "officer",
            reportPath(reference, 1),
            Map.of(
                "narrative", "Done",
                "expenditure", "100.00",
                "indicatorActuals", List.of(Map.of("code", "9.9", "value", "3"))));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(unknown)).containsExactly("indicatorActuals[0].code", "indicatorActuals");

    ResponseEntity<Map<String, Object>> negative =
        api.post("officer", reportPath(reference, 1), report("-5.00", "3"));
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(negative)).containsExactly("expenditure");

    ResponseEntity<Map<String, Object>> notANumber =
        api.post("officer", reportPath(reference, 1), report("5.00", "many"));
    assertThat(notANumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(notANumber)).containsExactly("indicatorActuals[0].value");

    ResponseEntity<Map<String, Object>> throughEngineRest =
        api.complete(
            "officer",
            reference,
            SUBMIT_PROGRESS_REPORT,
            Map.of(
                "reportNarrative", "Done",
                "expenditure", "5.00",
                "indicatorActuals", Map.of("type", "Json", "value", "[{\"code\":\"2.1\"}]")));
    assertThat(throughEngineRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(throughEngineRest.getBody().get("message").toString())
        .contains("indicatorActuals[0].code");

    assertThat(periodStatuses(reference)).startsWith("DUE");
    assertThat((List<?>) reports(reference).get(0).get("submissions")).isEmpty();
    assertThat(api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT)).hasSize(1);

    assertThat(api.post("officer", reportPath(reference, 2), report("5.00", "3")).getStatusCode())
        .as("a period not yet ended")
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(api.post("officer", reportPath(reference, 99), report("5.00", "3")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.post("jica", reportPath(reference, 1), report("5.00", "3")).getStatusCode())
        .as("the donor reads reports, the agency writes them")
        .isEqualTo(HttpStatus.FORBIDDEN);

    api.post("officer", reportPath(reference, 1), report("5.00", "3"));
    api.post("manager", reportPath(reference, 1) + "/review", Map.of("decision", "ACCEPT"));
    ResponseEntity<Map<String, Object>> closedPeriod =
        api.post("officer", reportPath(reference, 1), report("5.00", "4"));
    assertThat(closedPeriod.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(closedPeriod.getBody().get("detail").toString()).contains("ACCEPTED");
    assertThat((List<?>) reports(reference).get(0).get("submissions")).hasSize(1);
  }

  @Test
  void terminationWhileAReportIsUnderReview_endsEveryReportingPeriodCleanly() {
    String reference = api.toActive("GSMA", "30000.00");
    api.fire(reference, 1, "PeriodEnded");
    api.post("officer", reportPath(reference, 1), report("100.00", "10"));

    api.post(
        "manager",
        "/api/agreements/" + reference + "/terminate",
        Map.of("reason", "The partner left the sector"));

    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "TERMINATED");
    assertThat(
            api.getList("manager", "/engine-rest/task?processInstanceBusinessKey=" + reference)
                .getBody())
        .isEmpty();
    assertThat(
            runtimeService
                .createProcessInstanceQuery()
                .processInstanceBusinessKey(reference)
                .count())
        .isZero();
  }

  private List<Map<String, Object>> reports(String reference) {
    return api.getList("officer", "/api/agreements/" + reference + "/reports").getBody();
  }

  private List<String> periodStatuses(String reference) {
    return reports(reference).stream()
        .map(report -> ((Map<String, Object>) report.get("period")).get("status").toString())
        .toList();
  }

  private static String reportPath(String reference, int period) {
    return "/api/agreements/" + reference + "/reports/" + period;
  }

  private static Map<String, Object> report(String expenditure, String value) {
    return Map.of(
        "narrative",
        "Schools surveyed and connected as planned",
        "expenditure",
        expenditure,
        "indicatorActuals",
        List.of(Map.of("code", "1.1", "value", value)));
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
