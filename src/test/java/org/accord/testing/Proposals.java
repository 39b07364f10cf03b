package org.accord.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A valid proposal as {@code POST /api/agreements} takes it, to vary one field at a time. */
public final class Proposals {

  private Proposals() {}

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
}
