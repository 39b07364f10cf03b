package org.accord.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid proposals, to vary one field at a time: as {@code POST /api/agreements} takes them, as the
 * Tasklist start form submits them, and one with a budget by line and a three-instalment schedule.
 */
public final class Proposals {

  private Proposals() {}

  /** One year, 2027, reported on once (ANNUAL): the shortest way to an agreement's closure. */
  public static Map<String, Object> oneYear(String partnerCode, String amount, String currency) {
    Map<String, Object> proposal = valid(partnerCode, amount, currency);
    proposal.put("endDate", "2027-12-31");
    proposal.put("reportingFrequency", "ANNUAL");
    return proposal;
  }

  public static Map<String, Object> valid(String partnerCode, String amount, String currency) {
    Map<String, Object> proposal = new HashMap<>();
    proposal.put("title", "Rural broadband toolkit");
    proposal.put("partnerCode", partnerCode);
    proposal.put("type", "CONTRIBUTION_AGREEMENT");
    proposal.put("priority", "AFFORDABLE_CONNECTIVITY");
    proposal.put("region", "AFRICA");
    proposal.put("beneficiaryCountries", List.of("RW", "KE"));
    proposal.put("amount", amount);
    proposal.put("currency", currency);
    proposal.put("startDate", "2027-01-01");
    proposal.put("endDate", "2028-12-31");
    proposal.put("reportingFrequency", "SEMI_ANNUAL");
    proposal.put("outputTypes", List.of("TOOLKITS"));
    proposal.put(
        "results",
        List.of(
            Map.of(
                "objective", "Connect rural schools",
                "activities",
                    List.of(
                        Map.of(
                            "description", "Survey unconnected schools",
                            "timeFrame", "2027-Q1",
                            "responsible", "National regulator",
                            "outputs", List.of("Survey report"))),
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
                            120)))));
    return proposal;
  }

  /**
   * The Tasklist start form's fields for a proposal, without its type, amount and currency: the
   * caller adds those. Mutable, to vary one field at a time.
   */
  public static Map<String, Object> startForm(String agreementType, String currency) {
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Digital skills for women entrepreneurs");
    form.put("partnerCode", "JICA");
    form.put("agreementType", agreementType);
    form.put("priority", "DIGITAL_TRANSFORMATION");
    form.put("region", "ASIA_PACIFIC");
    form.put("beneficiaryCountries", "NP, BT");
    form.put("outputTypes", "LEARNING_FRAMEWORKS");
    form.put("currency", currency);
    form.put("startDate", "2027-03-01");
    form.put("endDate", "2028-02-29");
    form.put("reportingFrequency", "QUARTERLY");
    form.put("objective", "Train women entrepreneurs");
    form.put("activityDescription", "Run a regional bootcamp");
    form.put("activityTimeFrame", "2027-Q2");
    form.put("activityResponsible", "ITU Academy");
    form.put("indicatorName", "Women trained");
    form.put("indicatorUnit", "people");
    form.put("indicatorBaseline", 0);
    form.put("indicatorTarget", 300);
    return form;
  }

  /**
   * JICA's proposal of 53,500.00 EUR with a budget (the lines given) and three instalments, at 1.08
   * USD per EUR: 21,400.00 EUR on signature, 17,334.00 USD on 1 July 2027 (17,334.00 / 1.08 =
   * 16,050.00 EUR) and 16,050.00 EUR on the second report: 21,400.00 + 16,050.00 + 16,050.00 =
   * 53,500.00. The partner's cash lines must come to 50,000.00 (with 7% programme support costs
   * 3,500.00, 53,500.00).
   */
  public static Map<String, Object> withBudget(List<Map<String, Object>> budget) {
    Map<String, Object> proposal = valid("JICA", "53500.00", "EUR");
    proposal.put("budget", budget);
    proposal.put(
        "schedule",
        List.of(
            instalment("21400.00", "EUR", "ON_SIGNATURE", null),
            instalment("17334.00", "USD", "ON_DATE", "2027-07-01"),
            instalment("16050.00", "EUR", "ON_REPORT_ACCEPTED", 2)));
    return proposal;
  }

  /** A budget line; the description is for in-kind lines and may be null. */
  public static Map<String, Object> line(
      String line, String source, String amount, String description) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("line", line);
    entry.put("source", source);
    entry.put("amount", amount);
    entry.put("description", description);
    return entry;
  }

  /**
   * An instalment of a schedule; {@code when} is the date of one due ON_DATE, the report's number
   * of one due ON_REPORT_ACCEPTED, and null otherwise (or to leave the date out).
   */
  public static Map<String, Object> instalment(
      String amount, String currency, String trigger, Object when) {
    Map<String, Object> instalment = new HashMap<>();
    instalment.put("amount", amount);
    instalment.put("currency", currency);
    instalment.put("trigger", trigger);
    if (when != null) {
      instalment.put(trigger.equals("ON_REPORT_ACCEPTED") ? "reportNumber" : "dueDate", when);
    }
    return instalment;
  }

  /**
   * Cooperation terms with GSMA: two courses, USD 1,200.00 and 450.00 per participant, 60/40 after
   * a 10% reserve, three costs, co-hosting on certificates.
   */
  public static Map<String, Object> trainingTerms() {
    Map<String, Object> terms = new HashMap<>();
    terms.put(
        "courses",
        List.of(
            termsCourse("Spectrum management fundamentals", "Spectrum management", "JOINT"),
            termsCourse("AI governance for regulators", "AI governance", "AGENCY")));
    terms.put("fees", Map.of("currency", "USD", "standard", "1200.00", "developing", "450.00"));
    terms.put("revenueShare", Map.of("agency", "60", "partner", "40", "reserve", "10"));
    terms.put(
        "costs",
        List.of(
            Map.of("item", "Trainers and course materials", "borneBy", "AGENCY"),
            Map.of("item", "Online learning platform", "borneBy", "PARTNER"),
            Map.of("item", "Venue and catering", "borneBy", "SHARED", "agencyShare", "50")));
    terms.put("recognition", List.of("CO_HOST_ON_CERTIFICATES", "LISTED_AS_PARTNER"));
    return terms;
  }

  private static Map<String, Object> termsCourse(String title, String topic, String deliveredBy) {
    Map<String, Object> course = new HashMap<>();
    course.put("title", title);
    course.put("topic", topic);
    course.put("deliveredBy", deliveredBy);
    return course;
  }
}
