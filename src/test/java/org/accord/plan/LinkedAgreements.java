package org.accord.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.springframework.http.ResponseEntity;

/**
 * A plan of two years with a KPI for each contribution rule, and agreements over those years whose
 * three indicators are linked to them: 1.1 people trained (adds up), 1.2 countries reached (counted
 * once), 1.3 the share of women among them (averaged, weighed by a base).
 */
public final class LinkedAgreements {

  private LinkedAgreements() {}

  /** A test's plan of two years and its three KPIs, one per contribution rule. */
  public record Plan(String code, int first, String people, String countries, String women) {}

  public static Plan twoYearPlan(Api api) {
    String code = TestPlans.newPlan(api, "ROLL", 2);
    int first = TestPlans.firstYear(api, code);
    post(
        api,
        "/api/plans/" + code + "/outcomes",
        Map.of(
            "code", "O1", "priority", "AFFORDABLE_CONNECTIVITY", "statement", "People connected"));
    // Targets: 300 then 800 people; 3 then 4 countries; 40% then 45% women.
    kpi(api, code, "K1", "People trained", "people", "SUM", Map.of(first, 300, first + 1, 800));
    kpi(
        api,
        code,
        "K2",
        "Countries reached",
        "countries",
        "DISTINCT_COUNTRIES",
        Map.of(first, 3, first + 1, 4));
    kpi(
        api,
        code,
        "K3",
        "Share of women trained",
        "%",
        "WEIGHTED_AVERAGE",
        Map.of(first, 40, first + 1, 45));
    return new Plan(code, first, "K1", "K2", "K3");
  }

  private static void kpi(
      Api api,
      String plan,
      String code,
      String name,
      String unit,
      String rule,
      Map<Integer, Integer> t) {
    Map<String, Object> kpi = new HashMap<>();
    kpi.put("code", code);
    kpi.put("name", name);
    kpi.put("unit", unit);
    kpi.put("baseline", 0);
    kpi.put("outcome", "O1");
    kpi.put("rule", rule);
    kpi.put("targets", t);
    post(api, "/api/plans/" + plan + "/kpis", kpi);
  }

  private static void post(Api api, String path, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = api.post("manager", path, body);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
  }

  /** An agreement over the plan's two years, reported every six months, active. */
  public static String agreement(
      Api api, Plan plan, String partner, String region, List<String> countries, String womenBase) {
    return api.toActive(proposal(plan, partner, region, countries, linked(plan, "500", womenBase)));
  }

  /** The same, belonging to an initiative. */
  public static String agreementOfInitiative(
      Api api,
      Plan plan,
      String initiative,
      String partner,
      String region,
      List<String> countries,
      String womenBase) {
    Map<String, Object> proposal =
        proposal(plan, partner, region, countries, linked(plan, "500", womenBase));
    proposal.put("initiative", initiative);
    return api.toActive(proposal);
  }

  /** A regional initiative for Africa, with a code of its own; returns the code. */
  public static String africanInitiative(Api api, Plan plan) {
    String code = "I" + plan.code().substring(plan.code().length() - 8);
    Map<String, Object> initiative = new HashMap<>();
    initiative.put("code", code);
    initiative.put("title", "Digital skills for Africa");
    initiative.put("kind", "REGIONAL");
    initiative.put("region", "AFRICA");
    initiative.put("description", "A regional initiative of the plan.");
    initiative.put("countries", List.of("RW", "KE", "UG"));
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/initiatives", initiative);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return code;
  }

  public static Map<String, Object> proposal(
      Plan plan,
      String partner,
      String region,
      List<String> countries,
      List<Map<String, Object>> indicators) {
    Map<String, Object> proposal = Proposals.valid(partner, "30000.00", "USD");
    proposal.put("region", region);
    proposal.put("beneficiaryCountries", countries);
    proposal.put("startDate", plan.first() + "-01-01");
    proposal.put("endDate", (plan.first() + 1) + "-12-31");
    proposal.put("reportingFrequency", "SEMI_ANNUAL");
    proposal.put("results", framework(indicators));
    return proposal;
  }

  /** People trained (to the target given), countries reached (3) and the share of women (50%). */
  public static List<Map<String, Object>> linked(Plan plan, String peopleTarget, String base) {
    Map<String, Object> people =
        indicator("People trained", "people", "NUMBER", link(plan.code(), plan.people(), null));
    people.put("target", peopleTarget);
    return List.of(
        people,
        indicator(
            "Countries reached", "countries", "NUMBER", link(plan.code(), plan.countries(), null)),
        indicator(
            "Women among people trained",
            "%",
            "PERCENTAGE",
            link(plan.code(), plan.women(), base)));
  }

  public static List<Map<String, Object>> framework(List<Map<String, Object>> indicators) {
    return List.of(
        Map.of(
            "objective",
            "Train people in digital skills",
            "activities",
            List.of(
                Map.of(
                    "description", "Run training courses",
                    "timeFrame", "Both years",
                    "responsible", "Partner",
                    "outputs", List.of("Courses"))),
            "indicators",
            indicators));
  }

  public static Map<String, Object> indicator(
      String name, String unit, String measure, Map<String, Object> kpi) {
    Map<String, Object> indicator = new LinkedHashMap<>();
    indicator.put("name", name);
    indicator.put("unit", unit);
    indicator.put("measure", measure);
    if (!"QUALITATIVE".equals(measure)) {
      indicator.put("baseline", "0");
      indicator.put("target", "PERCENTAGE".equals(measure) ? "50" : "3");
    }
    if (kpi != null) {
      indicator.put("kpi", kpi);
    }
    return indicator;
  }

  public static Map<String, Object> link(String plan, String code, String base) {
    Map<String, Object> link = new HashMap<>();
    link.put("plan", plan);
    link.put("code", code);
    if (base != null) {
      link.put("base", base);
    }
    return link;
  }

  /** The actuals of 1.1 people, 1.2 the countries named, 1.3 the share of women. */
  public static List<Map<String, Object>> actuals(
      String people, List<String> countries, String women) {
    List<Map<String, Object>> actuals = new ArrayList<>();
    actuals.add(new HashMap<>(Map.of("code", "1.1", "value", people)));
    actuals.add(
        new HashMap<>(
            Map.of(
                "code", "1.2", "value", String.valueOf(countries.size()), "countries", countries)));
    actuals.add(new HashMap<>(Map.of("code", "1.3", "value", women)));
    return actuals;
  }

  public static void accepted(
      Api api, String reference, int period, List<Map<String, Object>> actuals) {
    submit(api, reference, period, actuals);
    review(api, reference, period, "ACCEPT");
  }

  public static void submit(
      Api api, String reference, int period, List<Map<String, Object>> actuals) {
    ResponseEntity<Map<String, Object>> submitted;
    List<Map<String, Object>> periods =
        api.getList("officer", "/api/agreements/" + reference + "/reports").getBody();
    @SuppressWarnings("unchecked")
    Map<String, Object> reportingPeriod =
        (Map<String, Object>) periods.get(period - 1).get("period");
    if ("NOT_YET_DUE".equals(reportingPeriod.get("status"))) {
      api.fire(reference, period, "PeriodEnded");
    }
    submitted = report(api, reference, period, actuals);
    assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
  }

  public static ResponseEntity<Map<String, Object>> report(
      Api api, String reference, int period, List<Map<String, Object>> actuals) {
    return api.post(
        "officer",
        "/api/agreements/" + reference + "/reports/" + period,
        Map.of("narrative", "Courses held", "expenditure", "1000.00", "indicatorActuals", actuals));
  }

  public static void review(Api api, String reference, int period, String decision) {
    ResponseEntity<Map<String, Object>> reviewed =
        api.post(
            "manager",
            "/api/agreements/" + reference + "/reports/" + period + "/review",
            Map.of("decision", decision, "comment", "Checked against the attendance lists"));
    assertThat(reviewed.getStatusCode().is2xxSuccessful()).as("%s", reviewed.getBody()).isTrue();
  }
}
