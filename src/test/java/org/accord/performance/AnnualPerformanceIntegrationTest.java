package org.accord.performance;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.EVALUATE_AGREEMENT;
import static org.accord.plan.LinkedAgreements.accepted;
import static org.accord.plan.LinkedAgreements.actuals;
import static org.accord.plan.LinkedAgreements.africanInitiative;
import static org.accord.plan.LinkedAgreements.agreementOfInitiative;
import static org.accord.plan.LinkedAgreements.twoYearPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.accord.plan.LinkedAgreements.Plan;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PdfText;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The annual performance report of a plan year, as JSON and as a PDF read back as text: the KPIs
 * against their targets, the agreements that contributed, the funds received in the year, the
 * outputs of the agreements that reported, and the lessons learned recorded in the year.
 */
@AccordIntegrationTest
class AnnualPerformanceIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void restoreTheClock() {
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aPlanYear_isReportedWithItsKpisFundsOutputsAndLessons_asJsonAndAsAPdf() throws Exception {
    Plan plan = twoYearPlan(api);
    int year = plan.first();
    String initiative = africanInitiative(api, plan);
    String reference =
        agreementOfInitiative(
            api, plan, initiative, "GSMA", "AFRICA", List.of("RW", "KE", "UG"), "400");
    accepted(api, reference, 1, actuals("100", List.of("RW"), "30"));
    accepted(api, reference, 2, actuals("250", List.of("RW", "KE"), "45"));
    String evaluated = oneYearReported();
    // In September of the year: 12,000.00 and 18,000.00 USD received (30,000.00 USD).
    at(year + "-09-15");
    receipt(reference, "12000.00", year + "-02-01", "AP-" + plan.code() + "-1");
    receipt(reference, "18000.00", year + "-08-01", "AP-" + plan.code() + "-2");
    // In October, an agreement of the same priority is evaluated, its lesson recorded.
    at(year + "-10-01");
    api.complete(
        "manager",
        evaluated,
        EVALUATE_AGREEMENT,
        Map.of(
            "evaluationRating",
            "PARTIALLY_ACHIEVED",
            "lessonsLearned",
            "Agree the school list with the regulator before the survey."));
    ClockUtil.reset();

    Map<String, Object> report =
        api.get("manager", "/api/plans/" + plan.code() + "/annual-reports/" + year).getBody();
    assertThat(report).containsEntry("year", year).containsEntry("mobilizedUsd", "30000.00");
    Map<String, Object> connectivity =
        ((List<Map<String, Object>>) report.get("priorities"))
            .stream()
                .filter(p -> "AFFORDABLE_CONNECTIVITY".equals(p.get("priority")))
                .findFirst()
                .orElseThrow();
    assertThat(connectivity).containsEntry("mobilizedUsd", "30000.00");
    List<Map<String, Object>> kpis = (List<Map<String, Object>>) connectivity.get("kpis");
    // People: 250 of 300 (83.3%); countries: RW, KE, 2 of 3 (66.7%); women: 45% of 40 (112.5%).
    assertThat(kpis)
        .extracting(
            line -> {
              Map<String, Object> kpi = (Map<String, Object>) line.get("kpi");
              return kpi.get("code")
                  + " "
                  + kpi.get("actual")
                  + " "
                  + kpi.get("achieved")
                  + " "
                  + line.get("agreements")
                  + " "
                  + line.get("initiatives");
            })
        .containsExactly(
            "K1 250.0000 83.3 [" + reference + "] [" + initiative + "]",
            "K2 2 66.7 [" + reference + "] [" + initiative + "]",
            "K3 45.00 112.5 [" + reference + "] [" + initiative + "]");
    assertThat((List<Map<String, Object>>) connectivity.get("lessons"))
        .extracting(lesson -> lesson.get("reference"))
        .contains(evaluated);
    assertThat((List<Map<String, Object>>) report.get("outputs"))
        .filteredOn(output -> "TOOLKITS".equals(output.get("type")))
        .singleElement()
        .satisfies(output -> assertThat(output).containsEntry("agreements", 1));

    byte[] pdf = pdf("/api/plans/" + plan.code() + "/annual-reports/" + year + "/pdf");
    Path file = Path.of("target", "documents", "annual-performance.pdf");
    Files.createDirectories(file.getParent());
    Files.write(file, pdf);
    // Read as a reader quotes it: the no-break space of "USD 30,000.00" as a space.
    String text = PdfText.of(pdf);
    assertThat(text)
        .contains("Annual performance report " + year)
        .contains("Funds mobilized USD 30,000.00")
        .contains("K1 People trained (people) 0 300 250 83.3%")
        .contains("K2 Countries reached (countries) 0 3 2 66.7%")
        .contains("Agreements that contributed. K1: " + reference)
        .contains("Initiatives that contributed. K1: " + initiative)
        .contains("Agree the school list with the regulator before the survey.")
        .contains("Toolkits 1");
  }

  /** Nothing received in the year: "0,00 USD" as French writes it. */
  @Test
  void aManagerWhoReadsFrench_getsTheReportInFrench() throws IOException {
    Plan plan = twoYearPlan(api);
    api.put("manager", "/api/users/manager/language", Map.of("language", "fr"));
    try {
      byte[] pdf = pdf("/api/plans/" + plan.code() + "/annual-reports/" + plan.first() + "/pdf");
      assertThat(PdfText.of(pdf))
          .contains("Rapport annuel de performance " + plan.first())
          .contains("Connectivité financièrement abordable")
          .contains("Produits réalisés")
          .contains("Boîtes à outils");
    } finally {
      api.delete("manager", "/api/users/manager/language");
    }
  }

  @Test
  void aYearOutsideThePlan_isRefusedNamingTheYear_andPartnersReadNoReport() {
    Plan plan = twoYearPlan(api);
    ResponseEntity<Map<String, Object>> outside =
        api.get("manager", "/api/plans/" + plan.code() + "/annual-reports/" + (plan.first() - 1));
    assertThat(outside.getStatusCode().value()).isEqualTo(400);
    assertThat(outside.getBody().toString()).contains("year");
    assertThat(
            api.get("gsma", "/api/plans/" + plan.code() + "/annual-reports/" + plan.first())
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.get("manager", "/api/plans/NO-SUCH-PLAN/annual-reports/" + plan.first())
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  /** A one-year agreement (2027) of affordable connectivity, its one report accepted. */
  private String oneYearReported() {
    String reference = api.toActive(Proposals.oneYear("JICA", "10000.00", "USD"));
    api.reportAccepted(reference, 1, "9000.00");
    return reference;
  }

  private void receipt(String reference, String amount, String valueDate, String bankReference) {
    ResponseEntity<Map<String, Object>> recorded =
        api.post(
            "finance",
            "/api/agreements/" + reference + "/receipts",
            Map.of(
                "amount", amount,
                "currency", "USD",
                "valueDate", valueDate,
                "bankReference", bankReference));
    assertThat(recorded.getStatusCode().value()).as("%s", recorded.getBody()).isEqualTo(201);
  }

  private static void at(String day) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(day + "T09:00:00Z")));
  }

  private byte[] pdf(String path) throws IOException {
    ResponseEntity<byte[]> response =
        rest.exchange(
            path, HttpMethod.GET, new HttpEntity<>(Api.headersOf("manager")), byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response.getBody();
  }
}
