package org.accord.plan;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.accord.plan.LinkedAgreements.accepted;
import static org.accord.plan.LinkedAgreements.actuals;
import static org.accord.plan.LinkedAgreements.africanInitiative;
import static org.accord.plan.LinkedAgreements.agreement;
import static org.accord.plan.LinkedAgreements.agreementOfInitiative;
import static org.accord.plan.LinkedAgreements.framework;
import static org.accord.plan.LinkedAgreements.indicator;
import static org.accord.plan.LinkedAgreements.link;
import static org.accord.plan.LinkedAgreements.linked;
import static org.accord.plan.LinkedAgreements.proposal;
import static org.accord.plan.LinkedAgreements.report;
import static org.accord.plan.LinkedAgreements.review;
import static org.accord.plan.LinkedAgreements.submit;
import static org.accord.plan.LinkedAgreements.twoYearPlan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.plan.LinkedAgreements.Plan;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * Agreements' indicators linked to the plan's KPIs, driven through the API to accepted reports:
 * each KPI's actual for a year is computed by its rule from accepted reports only, and compared
 * with a hand computation in the comments.
 */
@AccordIntegrationTest
class KpiRollupIntegrationTest {

  @Autowired Api api;

  @Test
  void kpiActuals_addUp_countCountriesOnce_andWeighPercentages_fromAcceptedReportsOnly() {
    Plan plan = twoYearPlan(api);
    int y0 = plan.first();
    int y1 = y0 + 1;
    // A1 (GSMA, Africa: RW, KE, UG), of an initiative: people trained, countries reached, share of
    // women (base 400).
    String initiative = africanInitiative(api, plan);
    String a1 =
        agreementOfInitiative(
            api, plan, initiative, "GSMA", "AFRICA", List.of("RW", "KE", "UG"), "400");
    // A2 (JICA, Asia and the Pacific: KE, TZ): the same three, its share weighed by 100.
    String a2 = agreement(api, plan, "JICA", "ASIA_PACIFIC", List.of("KE", "TZ"), "100");

    // A1, period 1 (ends 30 June y0): 100 people, RW, 30% women: accepted.
    accepted(api, a1, 1, actuals("100", List.of("RW"), "30"));
    // A1, period 2 (31 December y0): 999 sent back, then 250 people, RW and KE, 45%: accepted.
    submit(api, a1, 2, actuals("999", List.of("RW", "KE"), "45"));
    review(api, a1, 2, "REVISE");
    submit(api, a1, 2, actuals("250", List.of("RW", "KE"), "45"));
    review(api, a1, 2, "ACCEPT");
    // A2, period 1: 80 people, KE, 60%: accepted. Period 2: 150 people, sent back, not resubmitted.
    accepted(api, a2, 1, actuals("80", List.of("KE"), "60"));
    submit(api, a2, 2, actuals("150", List.of("KE", "TZ"), "70"));
    review(api, a2, 2, "REVISE");

    Map<String, Map<String, Object>> year0 = standing(plan, y0);
    // People: A1 gained 250 - 0 (its baseline), A2 80 - 0: 330 of a target of 300, 110.0%.
    assertThat(year0.get(plan.people()))
        .containsEntry("actual", "330.0000")
        .containsEntry("target", "300")
        .containsEntry("achieved", "110.0")
        .containsEntry("agreements", 2);
    // Countries: A1 named RW and KE, A2 KE: {RW, KE}, 2 of 3, 66.7%.
    assertThat(year0.get(plan.countries()))
        .containsEntry("actual", "2")
        .containsEntry("achieved", "66.7");
    // Women: A1's last accepted 45% weighs 400, A2's 60% weighs 100:
    // (45 x 400 + 60 x 100) / 500 = 24000 / 500 = 48.00; A2's 70% was sent back.
    assertThat(year0.get(plan.women())).containsEntry("actual", "48.00");
    // By region: Africa 250 people, 2 countries, 45.00%; Asia and the Pacific 80, 1, 60.00%.
    assertThat(regions(year0.get(plan.people())))
        .containsEntry("AFRICA", "250.0000")
        .containsEntry("ASIA_PACIFIC", "80.0000");
    assertThat(regions(year0.get(plan.countries())))
        .containsEntry("AFRICA", "2")
        .containsEntry("ASIA_PACIFIC", "1");
    assertThat(regions(year0.get(plan.women())))
        .containsEntry("AFRICA", "45.00")
        .containsEntry("ASIA_PACIFIC", "60.00");
    // By initiative: A1 alone (A2 belongs to none): 250 people, 2 countries, 45.00%.
    assertThat(initiatives(year0.get(plan.people()))).isEqualTo(Map.of(initiative, "250.0000"));
    assertThat(initiatives(year0.get(plan.countries()))).isEqualTo(Map.of(initiative, "2"));
    assertThat(initiatives(year0.get(plan.women()))).isEqualTo(Map.of(initiative, "45.00"));

    Map<String, Object> contributors =
        api.get(
                "manager",
                "/api/plans/"
                    + plan.code()
                    + "/kpis/"
                    + plan.people()
                    + "/contributions?year="
                    + y0)
            .getBody();
    assertThat(contributors).containsEntry("total", 2);
    assertThat(list(contributors, "agreements"))
        .extracting(c -> c.get("reference") + " " + c.get("indicatorCode") + " " + c.get("gained"))
        .containsExactlyInAnyOrder(a1 + " 1.1 250.0000", a2 + " 1.1 80.0000");

    // Mid-way through y1 an amendment raises A1's target to 600 people and its women's base to
    // 500; then period 3 (30 June y1): 400 people, RW, KE and UG, 50%: accepted.
    amendTargetsAndBase(a1, plan, "600", "500");
    accepted(api, a1, 3, actuals("400", List.of("RW", "KE", "UG"), "50"));

    Map<String, Map<String, Object>> year1 = standing(plan, y1);
    // People in y1: A1 gained 400 - 250 = 150 (A2 has no accepted report in y1); target 800.
    assertThat(year1.get(plan.people()))
        .containsEntry("actual", "150.0000")
        .containsEntry("achieved", "18.8")
        .containsEntry("agreements", 1);
    // Countries in y1: {RW, KE, UG} = 3; women: A1's 50% alone (weighed by its new base 500).
    assertThat(year1.get(plan.countries())).containsEntry("actual", "3");
    assertThat(year1.get(plan.women())).containsEntry("actual", "50.00");
    // y0 is what it was: the amendment changed A1's plan, not what it reported.
    assertThat(standing(plan, y0).get(plan.people())).containsEntry("actual", "330.0000");
  }

  @Test
  void aLinkThatDoesNotFitItsKpi_isRefusedNamingTheIndicator_andNothingIsWritten() {
    Plan plan = twoYearPlan(api);
    // A percentage linked to a KPI that adds people up.
    assertLinkRefused(
        plan,
        indicator("Women trained", "%", "PERCENTAGE", link(plan.code(), plan.people(), null)),
        "results[0].indicators[0].kpi");
    // A count linked to a KPI that averages percentages.
    assertLinkRefused(
        plan,
        indicator("People trained", "people", "NUMBER", link(plan.code(), plan.women(), "10")),
        "results[0].indicators[0].kpi");
    // A percentage for the averaged KPI, but no base to weigh it by.
    assertLinkRefused(
        plan,
        indicator("Women trained", "%", "PERCENTAGE", link(plan.code(), plan.women(), null)),
        "results[0].indicators[0].kpi.base");
    // A base where nothing is averaged.
    assertLinkRefused(
        plan,
        indicator("People trained", "people", "NUMBER", link(plan.code(), plan.people(), "10")),
        "results[0].indicators[0].kpi.base");
    // Countries counted by an indicator that does not count countries.
    assertLinkRefused(
        plan,
        indicator("Schools", "schools", "NUMBER", link(plan.code(), plan.countries(), null)),
        "results[0].indicators[0].kpi");
    assertLinkRefused(
        plan,
        indicator("People trained", "people", "NUMBER", link("NO-SUCH-PLAN", "K1", null)),
        "results[0].indicators[0].kpi.plan");
    assertLinkRefused(
        plan,
        indicator("People trained", "people", "NUMBER", link(plan.code(), "K404", null)),
        "results[0].indicators[0].kpi.code");
    Map<String, Object> described = indicator("Policy adopted", "policy", "QUALITATIVE", null);
    described.put("targetDescription", "Adopted by parliament");
    described.put("kpi", link(plan.code(), plan.people(), null));
    assertLinkRefused(plan, described, "results[0].indicators[0].kpi");

    // The results framework's PUT while screening is held to the same rules, and keeps the old.
    String proposal = api.propose("GSMA", "20000.00");
    List<Map<String, Object>> before =
        api.getList("officer", "/api/agreements/" + proposal + "/results").getBody();
    ResponseEntity<Map<String, Object>> refused =
        api.put(
            "officer",
            "/api/agreements/" + proposal + "/results",
            framework(
                List.of(
                    indicator(
                        "Women trained",
                        "%",
                        "PERCENTAGE",
                        link(plan.code(), plan.people(), null)))));
    assertThat(fields(refused)).containsExactly("results[0].indicators[0].kpi");
    assertThat(api.getList("officer", "/api/agreements/" + proposal + "/results").getBody())
        .isEqualTo(before);
  }

  @Test
  void aReportOfCountriesReached_namesBeneficiaryCountries_asManyAsItsValue() {
    Plan plan = twoYearPlan(api);
    String reference = agreement(api, plan, "GSMA", "AFRICA", List.of("RW", "KE"), "10");
    api.fire(reference, 1, "PeriodEnded");

    List<Map<String, Object>> noCountries = actuals("10", List.of("RW"), "20");
    noCountries.get(1).remove("countries");
    assertThat(fields(report(api, reference, 1, noCountries)))
        .containsExactly("indicatorActuals[1].countries");
    assertThat(fields(report(api, reference, 1, actuals("10", List.of("FR"), "20"))))
        .containsExactly("indicatorActuals[1].countries[0]");
    assertThat(fields(report(api, reference, 1, actuals("10", List.of("RW", "RW"), "20"))))
        .containsExactly("indicatorActuals[1].countries[1]");
    List<Map<String, Object>> twoForOne = actuals("10", List.of("RW", "KE"), "20");
    twoForOne.get(1).put("value", "1");
    assertThat(fields(report(api, reference, 1, twoForOne)))
        .containsExactly("indicatorActuals[1].countries");
    assertThat(
            report(api, reference, 1, actuals("10", List.of("rw"), "20")).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void actualsOutsideThePlanPeriod_areRefusedNamingTheYear_andPartnersReadNone() {
    Plan plan = twoYearPlan(api);
    ResponseEntity<Map<String, Object>> outside =
        api.get("manager", "/api/plans/" + plan.code() + "/actuals?year=" + (plan.first() + 2));
    assertThat(fields(outside)).containsExactly("year");
    assertThat(
            api.get("gsma", "/api/plans/" + plan.code() + "/actuals?year=" + plan.first())
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.get(
                    "manager",
                    "/api/plans/" + plan.code() + "/kpis/K404/contributions?year=" + plan.first())
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  private void assertLinkRefused(Plan plan, Map<String, Object> indicator, String field) {
    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/api/agreements",
            proposal(plan, "GSMA", "AFRICA", List.of("RW"), List.of(indicator)));
    assertThat(fields(refused)).as("%s", indicator).containsExactly(field);
  }

  private void amendTargetsAndBase(String reference, Plan plan, String people, String base) {
    Map<String, Object> change = new HashMap<>();
    change.put("justification", "More people to train, more women among them");
    change.put("results", framework(linked(plan, people, base)));
    ResponseEntity<Map<String, Object>> requested =
        api.post("officer", "/api/agreements/" + reference + "/amendments", change);
    assertThat(requested.getStatusCode().value()).as("%s", requested.getBody()).isEqualTo(201);
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    if (!api.tasks("head", reference, APPROVE_AMENDMENT).isEmpty()) {
      api.complete("head", reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
    }
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
  }

  /** Each KPI of the plan in the year, by code. */
  private Map<String, Map<String, Object>> standing(Plan plan, int year) {
    ResponseEntity<Map<String, Object>> read =
        api.get("manager", "/api/plans/" + plan.code() + "/actuals?year=" + year);
    assertThat(read.getStatusCode().value()).as("%s", read.getBody()).isEqualTo(200);
    Map<String, Map<String, Object>> byCode = new HashMap<>();
    list(read.getBody(), "kpis").forEach(kpi -> byCode.put((String) kpi.get("code"), kpi));
    return byCode;
  }

  private static Map<String, Object> initiatives(Map<String, Object> kpi) {
    Map<String, Object> byInitiative = new HashMap<>();
    list(kpi, "byInitiative")
        .forEach(part -> byInitiative.put((String) part.get("initiative"), part.get("actual")));
    return byInitiative;
  }

  private static Map<String, Object> regions(Map<String, Object> kpi) {
    Map<String, Object> byRegion = new HashMap<>();
    list(kpi, "byRegion")
        .forEach(part -> byRegion.put((String) part.get("region"), part.get("actual")));
    return byRegion;
  }

  @SuppressWarnings("unchecked")
  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(violation -> (String) violation.get("field")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }
}
