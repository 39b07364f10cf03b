package org.accord.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the partners' side proposes, valid, to vary one field at a time: a member's concept note, an
 * officer's acceptance of one (what the proposal needs beyond the note), and an opportunity
 * published from a proposal.
 */
public final class PartnerProposals {

  private PartnerProposals() {}

  /** Community networks for 120 rural schools in Rwanda and Burundi, EUR 180,000.00. */
  public static Map<String, Object> conceptNote() {
    Map<String, Object> note = new HashMap<>();
    note.put("title", "Community networks for rural schools");
    note.put("priority", "AFFORDABLE_CONNECTIVITY");
    note.put("region", "AFRICA");
    note.put("countries", List.of("RW", "BI"));
    note.put("summary", "Community-owned networks connecting 120 rural schools.");
    note.put("estimatedBudget", "180000.00");
    note.put("currency", "EUR");
    note.put("contribution", "Spectrum and two engineers for a year");
    note.put("sought", "Co-financing of equipment and training of trainers");
    return note;
  }

  /** The officer's decision ACCEPT, with the proposal's type, dates, output and first result. */
  public static Map<String, Object> acceptance() {
    Map<String, Object> acceptance = new HashMap<>();
    acceptance.put("conceptNoteDecision", "ACCEPT");
    acceptance.put("agreementType", "CONTRIBUTION_AGREEMENT");
    acceptance.put("startDate", "2027-03-01");
    acceptance.put("endDate", "2028-02-29");
    acceptance.put("outputType", "TECHNICAL_INTERVENTIONS");
    acceptance.put("reportingFrequency", "SEMI_ANNUAL");
    acceptance.put("objective", "Connect rural schools through community networks");
    acceptance.put("indicatorName", "Schools connected");
    acceptance.put("indicatorUnit", "schools");
    acceptance.put("indicatorBaseline", 0);
    acceptance.put("indicatorTarget", 120);
    return acceptance;
  }

  /** The proposal published as an opportunity: USD 100,000.00 sought until 30 June 2099. */
  public static Map<String, Object> opportunity(String reference) {
    Map<String, Object> opportunity = new HashMap<>();
    opportunity.put("agreementReference", reference);
    opportunity.put("summary", "Connecting rural schools to broadband, with teachers trained.");
    opportunity.put("amountSought", "100000.00");
    opportunity.put("currency", "USD");
    opportunity.put("deadline", "2099-06-30");
    return opportunity;
  }
}
