package org.accord.budget;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.testing.Proposals.instalment;
import static org.accord.testing.Proposals.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A proposal's budget by line and source and its payment schedule: completed, kept, shown to the
 * agency and the agreement's donor only, and every wrong entry named with nothing written.
 */
@AccordIntegrationTest
class BudgetIntegrationTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void euroRate() {
    // The rate the schedule's USD instalment is computed with: 1.08 USD per EUR.
    assertThat(api.put("admin", "/api/exchange-rates/EUR", Map.of("usdPerUnit", "1.08")))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * Direct costs the partner's cash finances: staff 40,000.00 + travel 10,000.00 = 50,000.00;
   * programme support costs at the default 7%: 3,500.00; the partner's cash, and so the amount,
   * 53,500.00 EUR. With 5,000.00 in kind and 8,000.00 of agency co-financing the whole budget is
   * 53,500.00 + 5,000.00 + 8,000.00 = 66,500.00. The schedule: 21,400.00 EUR on signature,
   * 17,334.00 USD on a date (17,334.00 / 1.08 = 16,050.00 EUR) and 16,050.00 EUR on the second
   * report: 21,400.00 + 16,050.00 + 16,050.00 = 53,500.00.
   */
  private static Map<String, Object> withBudget() {
    return Proposals.withBudget(
        List.of(
            line("STAFF", "PARTNER_CASH", "40000.00", null),
            line("TRAVEL", "PARTNER_CASH", "10000.00", null),
            line("TRAVEL", "IN_KIND", "5000.00", "Office space in Kigali"),
            line("EQUIPMENT", "AGENCY_COFINANCING", "8000.00", null)));
  }

  @Test
  void aBudgetByLine_getsItsProgrammeSupportCosts_andIsTheAgreementsAmount() {
    String reference = propose(withBudget());

    Map<String, Object> budget =
        api.get("officer", "/api/agreements/" + reference + "/budget").getBody();
    assertThat(budget)
        .containsEntry("currency", "EUR")
        .containsEntry("programmeSupportRate", "7.00")
        .containsEntry("partnerCash", "53500.00")
        .containsEntry("total", "66500.00");
    assertThat((List<?>) budget.get("lines"))
        .hasSize(5)
        .last()
        .isEqualTo(
            Map.of(
                "line", "PROGRAMME_SUPPORT_COSTS",
                "source", "PARTNER_CASH",
                "amount", "3500.00"));
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "53500.00");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/schedule").getBody())
        .extracting(
            instalment ->
                instalment.get("number")
                    + " "
                    + instalment.get("currency")
                    + " "
                    + instalment.get("amount")
                    + " "
                    + instalment.get("trigger"))
        .containsExactly(
            "1 EUR 21400.00 ON_SIGNATURE",
            "2 USD 17334.00 ON_DATE",
            "3 EUR 16050.00 ON_REPORT_ACCEPTED");
  }

  @Test
  void theScreenersFormShowsTheBudgetAndTheSchedule() {
    String reference = propose(withBudget());

    Map<String, Object> task = api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0);
    Map<String, Object> variables =
        api.get("officer2", "/engine-rest/task/" + task.get("id") + "/form-variables").getBody();

    assertThat(value(variables, "budgetTable"))
        .contains("Staff: partner's cash 40,000.00")
        .contains("Travel: partner's cash 10,000.00; in kind 5,000.00 (Office space in Kigali)")
        .contains(
            "Programme support costs (7% of the direct costs the partner's cash finances):"
                + " partner's cash 3,500.00")
        .contains("the whole budget EUR 66,500.00");
    assertThat(value(variables, "paymentSchedule"))
        .isEqualTo(
            "1. EUR 21,400.00 on signature\n"
                + "2. USD 17,334.00 on 2027-07-01\n"
                + "3. EUR 16,050.00 on acceptance of progress report 2");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aProposalWithOnlyAnAmount_isOneLineOfOtherDirectCosts_paidOnSignature() {
    String reference = propose(Proposals.valid("JICA", "1250000", "JPY"));

    Map<String, Object> budget =
        api.get("officer", "/api/agreements/" + reference + "/budget").getBody();
    // Amounts are kept to the cent; a yen amount reads with .00, and was refused with decimals.
    assertThat(budget)
        .containsEntry("programmeSupportRate", "0.00")
        .containsEntry("partnerCash", "1250000.00");
    assertThat((List<Object>) budget.get("lines"))
        .containsExactly(
            Map.of("line", "OTHER_DIRECT_COSTS", "source", "PARTNER_CASH", "amount", "1250000.00"));
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/schedule").getBody())
        .singleElement()
        .satisfies(
            instalment ->
                assertThat(instalment)
                    .containsEntry("amount", "1250000.00")
                    .containsEntry("currency", "JPY")
                    .containsEntry("trigger", "ON_SIGNATURE"));
  }

  @Test
  void theDonorReadsItsOwnAgreementsBudget_andNoOtherDonorDoes() {
    String reference = propose(withBudget());

    assertThat(api.get("jica", "/api/agreements/" + reference + "/budget").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.getList("jica", "/api/agreements/" + reference + "/schedule").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/budget").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/schedule").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            api.put("jica", "/api/agreements/" + reference + "/budget", Map.of("budget", List.of()))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Staff 20,000.00 at a programme support rate of 10%: 2,000.00; the amount becomes 22,000.00 and
   * the form the screener has open shows the new budget.
   */
  @Test
  void anOfficerRestatesAProposalsBudget_andTheAmountAndTheOpenFormFollow() {
    String reference = propose(withBudget());

    ResponseEntity<Map<String, Object>> replaced =
        api.put(
            "officer",
            "/api/agreements/" + reference + "/budget",
            Map.of(
                "budget",
                List.of(line("STAFF", "PARTNER_CASH", "20000.00", null)),
                "programmeSupportRate",
                "10"));

    assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "22000.00");
    Map<String, Object> task = api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0);
    Map<String, Object> variables =
        api.get("officer2", "/engine-rest/task/" + task.get("id") + "/form-variables").getBody();
    assertThat(value(variables, "amount")).isEqualTo("22000.00");
    assertThat(value(variables, "paymentSchedule")).isEqualTo("1. EUR 22,000.00 on signature");
  }

  @Test
  void anActiveAgreementsBudgetChangesOnlyByAmendment() {
    String reference = api.toActive("JICA", "1000.00");

    ResponseEntity<Map<String, Object>> refused =
        api.put(
            "officer",
            "/api/agreements/" + reference + "/budget",
            Map.of("budget", List.of(line("STAFF", "PARTNER_CASH", "1000.00", null))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  /**
   * The start form: staff 30,000.00 and travel 5,000.00 of partner's cash at a 10% rate, 3,500.00
   * of programme support costs: 38,500.00 USD, paid 20,000.00 on signature and 18,500.00 on the
   * first report; 2,000.00 in kind.
   */
  @Test
  void aBudgetAndScheduleEnteredInTheTasklistStartForm_areTheProposals() {
    Map<String, Object> form = Proposals.startForm("CONTRIBUTION_AGREEMENT", "USD");
    form.putAll(
        Map.of(
            "amount", "38500.00",
            "budgetStaff", "30000.00",
            "budgetTravel", "5000.00",
            "programmeSupportRate", "10",
            "inKindAmount", "2000.00",
            "inKindLine", "TRAINING_AND_MEETINGS",
            "inKindDescription", "Meeting rooms"));
    form.putAll(
        Map.of(
            "instalment1Amount", "20000.00",
            "instalment1Currency", "USD",
            "instalment1Trigger", "ON_SIGNATURE",
            "instalment2Amount", "18500.00",
            "instalment2Currency", "USD",
            "instalment2Trigger", "ON_REPORT_ACCEPTED",
            "instalment2Report", 1));

    ResponseEntity<Map<String, Object>> started =
        api.post(
            "officer",
            "/engine-rest/process-definition/key/partnership-agreement/submit-form",
            Map.of("variables", Api.engineVariables(form)));

    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String reference = (String) started.getBody().get("businessKey");
    assertThat(api.get("officer", "/api/agreements/" + reference + "/budget").getBody())
        .containsEntry("partnerCash", "38500.00")
        .containsEntry("total", "40500.00");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/schedule").getBody())
        .extracting(instalment -> instalment.get("amount") + " " + instalment.get("trigger"))
        .containsExactly("20000.00 ON_SIGNATURE", "18500.00 ON_REPORT_ACCEPTED");
  }

  @Test
  void aStartFormWhoseInstalmentsFallShort_isRefused_andWritesNothing() {
    long before = count("agreement");
    Map<String, Object> form = Proposals.startForm("CONTRIBUTION_AGREEMENT", "USD");
    form.putAll(
        Map.of(
            "amount", "38500.00",
            "budgetStaff", "35000.00",
            "programmeSupportRate", "10",
            "instalment1Amount", "20000.00",
            "instalment1Currency", "USD",
            "instalment1Trigger", "ON_SIGNATURE"));

    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/engine-rest/process-definition/key/partnership-agreement/submit-form",
            Map.of("variables", Api.engineVariables(form)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("schedule: the instalments come to USD 20,000.00");
    assertThat(count("agreement")).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount|amount differs from the budget|must equal the partner's cash in the budget, EUR 53,500.00",
        "budget[1].line|programme support costs entered|is computed from programmeSupportRate",
        "budget[1]|a line and source twice|STAFF financed by PARTNER_CASH appears twice",
        "budget[2].description|in kind without a description|is required",
        "budget[0].amount|a negative line|must be greater than zero",
        "programmeSupportRate|a rate above 100|at most 100",
        "schedule|instalments that fall short|the instalments come to EUR 53,490.00 at today's exchange rates, the partner's cash contribution is EUR 53,500.00: 10.00 short",
        "schedule[1].dueDate|a date outside the agreement|must fall within the agreement, 2027-01-01 to 2028-12-31",
        "schedule[2].reportNumber|a report the agreement does not have|must be the number of one of the agreement's 4 progress reports",
        "schedule[0].dueDate|a date on an instalment due on signature|is only for an instalment due ON_DATE",
        "schedule[1].currency|an unknown currency|'XYZ' is not a known ISO 4217 currency",
        "schedule[1].dueDate|a date missing|is required"
      })
  void aWrongBudgetOrScheduleIsNamed_andNothingIsWritten(
      String field, String wrong, String message) {
    Map<String, Object> proposal = withBudget();
    wrongs().get(wrong).accept(proposal);

    assertRefused(proposal, field, message);
  }

  @Test
  void aJapaneseYenAmountWithDecimalsIsRefused() {
    Map<String, Object> proposal = Proposals.valid("JICA", null, "JPY");
    proposal.put("budget", List.of(line("STAFF", "PARTNER_CASH", "1000.50", null)));

    assertRefused(
        proposal, "budget[0].amount", "must be a whole amount: the currency has no minor units");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Consumer<Map<String, Object>>> wrongs() {
    return Map.ofEntries(
        Map.entry("amount differs from the budget", p -> p.put("amount", "50000.00")),
        Map.entry(
            "programme support costs entered",
            p -> budget(p).set(1, line("PROGRAMME_SUPPORT_COSTS", "PARTNER_CASH", "700.00", null))),
        Map.entry(
            "a line and source twice",
            p -> budget(p).set(1, line("STAFF", "PARTNER_CASH", "10000.00", null))),
        Map.entry(
            "in kind without a description",
            p -> budget(p).set(2, line("TRAVEL", "IN_KIND", "5000.00", " "))),
        Map.entry(
            "a negative line", p -> budget(p).set(0, line("STAFF", "PARTNER_CASH", "-1.00", null))),
        Map.entry("a rate above 100", p -> p.put("programmeSupportRate", "101")),
        Map.entry(
            "instalments that fall short",
            p -> schedule(p).set(0, instalment("21390.00", "EUR", "ON_SIGNATURE", null))),
        Map.entry(
            "a date outside the agreement",
            p -> schedule(p).set(1, instalment("17334.00", "USD", "ON_DATE", "2029-01-01"))),
        Map.entry(
            "a report the agreement does not have",
            p -> schedule(p).set(2, instalment("16050.00", "EUR", "ON_REPORT_ACCEPTED", 5))),
        Map.entry(
            "a date on an instalment due on signature",
            p -> schedule(p).set(0, instalment("21400.00", "EUR", "ON_SIGNATURE", "2027-02-01"))),
        Map.entry(
            "an unknown currency",
            p -> schedule(p).set(1, instalment("17334.00", "XYZ", "ON_DATE", "2027-07-01"))),
        Map.entry(
            "a date missing",
            p -> schedule(p).set(1, instalment("17334.00", "USD", "ON_DATE", null))));
  }

  @SuppressWarnings("unchecked")
  private static List<Object> budget(Map<String, Object> proposal) {
    List<Object> copy = new java.util.ArrayList<>((List<Object>) proposal.get("budget"));
    proposal.put("budget", copy);
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> schedule(Map<String, Object> proposal) {
    List<Object> copy = new java.util.ArrayList<>((List<Object>) proposal.get("schedule"));
    proposal.put("schedule", copy);
    return copy;
  }

  private void assertRefused(Map<String, Object> proposal, String field, String message) {
    long agreementsBefore = count("agreement");
    long linesBefore = count("budget_line");
    long instalmentsBefore = count("instalment");

    ResponseEntity<Map<String, Object>> response = api.post("officer", "/api/agreements", proposal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
        .anySatisfy(
            error -> {
              assertThat(error.get("field")).isEqualTo(field);
              assertThat(error.get("message").toString()).contains(message);
            });
    assertThat(count("agreement")).isEqualTo(agreementsBefore);
    assertThat(count("budget_line")).isEqualTo(linesBefore);
    assertThat(count("instalment")).isEqualTo(instalmentsBefore);
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from accord." + table, Long.class);
  }

  private String propose(Map<String, Object> proposal) {
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("reference");
  }

  @SuppressWarnings("unchecked")
  private static String value(Map<String, Object> variables, String name) {
    return (String) ((Map<String, Object>) variables.get(name)).get("value");
  }
}
