package org.accord.amendment.web;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.amendment.AgreementAmendmentProcess;
import org.accord.funds.FundsCollectionProcess;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The budget and payment schedule of an active agreement change by amendment only: restated in the
 * request, typed by the cumulative change since signature, and applied with the collection of the
 * instalments following the new schedule.
 *
 * <p>Every agreement here but the last is signed with a budget of USD 100,000.00, all of it the
 * partner's cash and no programme support costs (rate 0), so that a share is the money moved over
 * 100,000.00: staff 50,000.00 + travel 30,000.00 + equipment 20,000.00 = 100,000.00; paid as
 * 40,000.00 on signature, 30,000.00 on 2027-07-01 and 30,000.00 on 2028-01-01 (40,000.00 +
 * 30,000.00 + 30,000.00 = 100,000.00). The dated instalments stay SCHEDULED: their dates are ahead.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class BudgetAmendmentIntegrationTest {

  @Autowired Api api;
  @Autowired RuntimeService runtimeService;
  @Autowired TestRestTemplate rest;

  @Test
  void aReallocationWithinTwentyPercent_isBudgetMinor_andApplied() throws IOException {
    String reference = signed();

    // 15,000.00 from staff to travel: increases 15,000.00, decreases 15,000.00, moved 15,000.00,
    // 15,000.00 / 100,000.00 = 15% ≤ 20%.
    Map<String, Object> amendment = request(reference, budget("35000.00", "45000.00", "20000.00"));

    assertThat(amendment).containsEntry("type", "BUDGET_MINOR");
    Map<String, Object> variables = amendmentVariables(reference);
    assertThat((String) variables.get("budgetTable")).contains("Travel: partner's cash 30,000.00");
    assertThat((String) variables.get("proposedBudgetTable"))
        .contains("Travel: partner's cash 45,000.00");
    assertThat((String) variables.get("amendmentSummary"))
        .contains(
            "Changed since signature: USD 15,000.00 moved of the USD 100,000.00 signed (15.0%");
    endorseAndSignOff(reference);

    assertThat(lines(reference))
        .containsExactly("STAFF 35000.00", "TRAVEL 45000.00", "EQUIPMENT 20000.00");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "100000.00")
        .containsEntry("mouVersion", 2);
    assertThat(amendment(reference, 1)).containsEntry("status", "APPROVED");
    // The MoU's second version prints the budget as amended: travel 45,000.00, staff 35,000.00.
    assertThat(mouText(reference, 2)).contains("Travel 45,000.00").contains("Staff 35,000.00");
  }

  @Test
  void twoReallocationsOfFifteenPercentInARow_makeTheSecondBudgetMajor() {
    String reference = signed();
    request(reference, budget("35000.00", "45000.00", "20000.00"));
    endorseAndSignOff(reference);

    // Another 15,000.00 from staff, to equipment: against the budget the first left, 15%; against
    // the budget as signed, staff −30,000.00 (50,000.00 → 20,000.00), travel +15,000.00 (30,000.00
    // → 45,000.00), equipment +15,000.00 (20,000.00 → 35,000.00): increases 30,000.00, decreases
    // 30,000.00, 30,000.00 / 100,000.00 = 30% > 20%.
    Map<String, Object> second = request(reference, budget("20000.00", "45000.00", "35000.00"));

    assertThat(second).containsEntry("type", "BUDGET_MAJOR");
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    assertThat(api.tasks("gsma", reference, SIGN_OFF_AMENDMENT)).as("approvers first").isEmpty();
    // USD 100,000.00: the matrix names the head of partnerships and the director.
    api.complete("head", reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete("director", reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
    assertThat(lines(reference))
        .containsExactly("STAFF 20000.00", "TRAVEL 45000.00", "EQUIPMENT 35000.00");
  }

  @Test
  void aRestatedScheduleThatDoesNotAddUp_isRefusedNamingTheField_andNothingIsWritten() {
    String reference = signed();
    List<String> scheduleBefore = schedule(reference);

    // 40,000.00 + 30,000.00 + 20,000.00 = 90,000.00, 10,000.00 short of 100,000.00.
    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            change(
                "schedule",
                List.of(
                    onSignature("40000.00"),
                    onDate("30000.00", "2027-07-01"),
                    onDate("20000.00", "2028-01-01"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("schedule");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/amendments").getBody())
        .isEmpty();
    assertThat(api.tasks("officer", reference, REVIEW_AMENDMENT)).isEmpty();
    assertThat(schedule(reference)).isEqualTo(scheduleBefore);
  }

  @Test
  void changingACalledInstalment_isRefusedNamingIt() {
    String reference = signed();
    awaitStatus(reference, 1, "CALLED");

    // 35,000.00 + 35,000.00 + 30,000.00 = 100,000.00: it adds up, but instalment 1 was called
    // for 40,000.00.
    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            change(
                "schedule",
                List.of(
                    onSignature("35000.00"),
                    onDate("35000.00", "2027-07-01"),
                    onDate("30000.00", "2028-01-01"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("schedule[0]");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/amendments").getBody())
        .isEmpty();
  }

  @Test
  void anApprovedAmendmentAddingAnInstalment_startsItsCollection() throws IOException {
    String reference = signed();

    // 40,000.00 + 30,000.00 + 20,000.00 + 10,000.00 = 100,000.00: instalment 3 restated from
    // 30,000.00 to 20,000.00, instalment 4 added; the budget is unchanged.
    Map<String, Object> amendment =
        request(
            reference,
            change(
                "schedule",
                List.of(
                    onSignature("40000.00"),
                    onDate("30000.00", "2027-07-01"),
                    onDate("20000.00", "2028-01-01"),
                    onDate("10000.00", "2028-06-30"))));
    assertThat(amendment).containsEntry("type", "BUDGET_MINOR");
    assertThat((String) amendmentVariables(reference).get("proposedPaymentSchedule"))
        .contains("4. USD 10,000.00 on 2028-06-30");
    endorseAndSignOff(reference);
    assertThat(mouText(reference, 2)).contains("4 USD 10,000.00 On 30 June 2028");

    assertThat(ledger(reference))
        .filteredOn(instalment -> (int) instalment.get("instalment") > 1)
        .extracting(i -> i.get("instalment") + " " + i.get("amount") + " " + i.get("status"))
        .containsExactly("2 30000.00 SCHEDULED", "3 20000.00 SCHEDULED", "4 10000.00 SCHEDULED");
    assertThat(collectionText(reference, 4))
        .isEqualTo("Instalment 4 of 4: USD 10,000.00, on 2028-06-30");
    assertThat(collectionText(reference, 3))
        .isEqualTo("Instalment 3 of 4: USD 20,000.00, on 2028-01-01");
    assertThat(collectionText(reference, 2))
        .isEqualTo("Instalment 2 of 4: USD 30,000.00, on 2027-07-01");
  }

  @Test
  void removingAScheduledInstalment_cancelsItsCollection() {
    String reference = signed();

    // 40,000.00 + 60,000.00 = 100,000.00: instalment 2 restated from 30,000.00 to 60,000.00,
    // instalment 3 removed.
    request(
        reference,
        change("schedule", List.of(onSignature("40000.00"), onDate("60000.00", "2027-07-01"))));
    endorseAndSignOff(reference);

    assertThat(ledger(reference))
        .filteredOn(instalment -> (int) instalment.get("instalment") > 1)
        .extracting(i -> i.get("instalment") + " " + i.get("amount") + " " + i.get("status"))
        .containsExactly("2 60000.00 SCHEDULED", "3 30000.00 CANCELLED");
    assertThat(collections(reference, 3)).as("instalment 3 no longer collected").isEmpty();
    assertThat(collectionText(reference, 2))
        .isEqualTo("Instalment 2 of 2: USD 60,000.00, on 2027-07-01");
    assertThat(schedule(reference))
        .containsExactly("1 40000.00 ON_SIGNATURE", "2 60000.00 ON_DATE");
  }

  @Test
  void theAmountAloneOnABudgetOfOneLine_stillRestatesIt_andWhatIsCalledStays() {
    String reference = api.toActive("GSMA", "50000.00");
    awaitStatus(reference, 1, "CALLED");

    // 50,000.00 → 55,000.00: (55,000.00 − 50,000.00) / 50,000.00 = 10% ≤ 20%.
    Map<String, Object> amendment =
        request(reference, Map.of("justification", "Exchange-rate gain", "amount", "55000.00"));
    assertThat(amendment).containsEntry("type", "BUDGET_MINOR");
    endorseAndSignOff(reference);

    assertThat(lines(reference)).containsExactly("OTHER_DIRECT_COSTS 55000.00");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "55000.00");
    // Instalment 1 was called for 50,000.00 and stays so; the 55,000.00 − 50,000.00 = 5,000.00
    // more falls due on the amendment's signature, and is called at once.
    assertThat(schedule(reference))
        .containsExactly("1 50000.00 ON_SIGNATURE", "2 5000.00 ON_SIGNATURE");
    awaitStatus(reference, 2, "CALLED");
  }

  /** An agreement with GSMA signed with the budget and schedule of the class comment. */
  private String signed() {
    Map<String, Object> proposal = Proposals.valid("GSMA", "100000.00", "USD");
    proposal.put("programmeSupportRate", "0");
    proposal.put("budget", lineEntries("50000.00", "30000.00", "20000.00"));
    proposal.put(
        "schedule",
        List.of(
            onSignature("40000.00"),
            onDate("30000.00", "2027-07-01"),
            onDate("30000.00", "2028-01-01")));
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return api.activate(api.throughApproval((String) created.getBody().get("reference")), "GSMA");
  }

  private static Map<String, Object> budget(String staff, String travel, String equipment) {
    return change("budget", lineEntries(staff, travel, equipment));
  }

  private static List<Map<String, Object>> lineEntries(
      String staff, String travel, String equipment) {
    return List.of(
        Map.of("line", "STAFF", "source", "PARTNER_CASH", "amount", staff),
        Map.of("line", "TRAVEL", "source", "PARTNER_CASH", "amount", travel),
        Map.of("line", "EQUIPMENT", "source", "PARTNER_CASH", "amount", equipment));
  }

  private static Map<String, Object> change(String field, Object value) {
    Map<String, Object> change = new HashMap<>();
    change.put("justification", "Costs as they turned out");
    change.put(field, value);
    return change;
  }

  private static Map<String, Object> onSignature(String amount) {
    return Map.of("amount", amount, "currency", "USD", "trigger", "ON_SIGNATURE");
  }

  private static Map<String, Object> onDate(String amount, String date) {
    return Map.of("amount", amount, "currency", "USD", "trigger", "ON_DATE", "dueDate", date);
  }

  private Map<String, Object> request(String reference, Map<String, Object> change) {
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/agreements/" + reference + "/amendments", change);
    assertThat(created.getStatusCode())
        .as("amendment of %s: %s", reference, created.getBody())
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private void endorseAndSignOff(String reference) {
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    assertThat(api.tasks("head", reference, APPROVE_AMENDMENT)).isEmpty();
    ResponseEntity<Map<String, Object>> signedOff =
        api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
    assertThat(signedOff.getStatusCode().is2xxSuccessful()).as("%s", signedOff.getBody()).isTrue();
  }

  private Map<String, Object> amendment(String reference, int number) {
    return api.get("officer", "/api/agreements/" + reference + "/amendments/" + number).getBody();
  }

  private Map<String, Object> amendmentVariables(String reference) {
    ProcessInstance instance =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(AgreementAmendmentProcess.KEY)
            .processInstanceBusinessKey(reference)
            .singleResult();
    return runtimeService.getVariables(instance.getId());
  }

  private List<String> lines(String reference) {
    return ((List<Map<String, Object>>)
            api.get("officer", "/api/agreements/" + reference + "/budget").getBody().get("lines"))
        .stream().map(line -> line.get("line") + " " + line.get("amount")).toList();
  }

  private List<String> schedule(String reference) {
    return api.getList("officer", "/api/agreements/" + reference + "/schedule").getBody().stream()
        .map(i -> i.get("number") + " " + i.get("amount") + " " + i.get("trigger"))
        .toList();
  }

  private List<Map<String, Object>> ledger(String reference) {
    return (List<Map<String, Object>>)
        api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("instalments");
  }

  private void awaitStatus(String reference, int instalment, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(ledger(reference))
                    .filteredOn(i -> (int) i.get("instalment") == instalment)
                    .extracting(i -> i.get("status"))
                    .containsExactly(status));
  }

  private List<ProcessInstance> collections(String reference, int instalment) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(FundsCollectionProcess.KEY)
        .processInstanceBusinessKey(reference)
        .variableValueEquals(FundsCollectionProcess.Variables.INSTALMENT_NUMBER, instalment)
        .list();
  }

  /** What the running collection of the instalment says it collects. */
  private String collectionText(String reference, int instalment) {
    List<ProcessInstance> running = collections(reference, instalment);
    assertThat(running).as("one collection of instalment %d", instalment).hasSize(1);
    return (String)
        runtimeService.getVariable(
            running.get(0).getId(), FundsCollectionProcess.Variables.INSTALMENT);
  }

  /** The text of the MoU of that version, as generated after the amendment. */
  private String mouText(String reference, int version) throws IOException {
    Object id =
        api.getList("officer", "/api/agreements/" + reference + "/documents").getBody().stream()
            .filter(document -> "MOU".equals(document.get("kind")))
            .filter(document -> Integer.valueOf(version).equals(document.get("version")))
            .findFirst()
            .orElseThrow()
            .get("id");
    byte[] pdf =
        rest.exchange(
                "/api/agreements/" + reference + "/documents/" + id,
                HttpMethod.GET,
                new HttpEntity<>(Api.headersOf("officer")),
                byte[].class)
            .getBody();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
