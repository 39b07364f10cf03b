package org.accord.funds;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SETTLE_BALANCE;
import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The check the money issue asks for, through the public faces only (engine-rest as Tasklist's
 * forms use it, and {@code /api}): an agreement with three instalments in two currencies driven to
 * closure, with a partial receipt in Tasklist, a duplicate bank advice, a receipt reversed, a rate
 * change between two receipts of one instalment and the unspent balance refunded. Every total is
 * computed by hand beside the assertion.
 */
@AccordIntegrationTest
class MoneyToClosureIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate rest;

  private final LocalDate today = LocalDate.now();

  @Test
  void threeInstalmentsInTwoCurrencies_areCalledReceivedAndSettled_toTheCent() {
    // NOK is worth 0.1000 USD from 60 days ago: 100,000.00 NOK = 10,000.00 USD at the proposal.
    rate("NOK", "0.1000", today.minusDays(60));
    Map<String, Object> proposal = Proposals.oneYear("GSMA", "30000.00", "USD");
    // 10,000.00 USD + 100,000.00 NOK × 0.1000 + 10,000.00 USD = 30,000.00 USD, the partner's cash.
    proposal.put(
        "schedule",
        List.of(
            Map.of("amount", "10000.00", "currency", "USD", "trigger", "ON_SIGNATURE"),
            Map.of(
                "amount", "100000.00",
                "currency", "NOK",
                "trigger", "ON_DATE",
                "dueDate", "2027-06-01"),
            Map.of(
                "amount", "10000.00",
                "currency", "USD",
                "trigger", "ON_REPORT_ACCEPTED",
                "reportNumber", 1)));
    String reference = api.toActive(proposal);
    String recorder = clerk("recorder", reference);
    String reverser = clerk("reverser", reference);
    String settler = clerk("settler", reference);

    // Instalment 1, 10,000.00 USD, called on signature: 4,000.00 in Tasklist's form, the same
    // bank advice again refused, then 10,000.00 − 4,000.00 = 6,000.00 through the API.
    awaitStatus(reference, 1, "CALLED");
    assertThat(instalment(reference, 2)).containsEntry("status", "SCHEDULED");
    assertThat(
            api.complete(
                    recorder,
                    reference,
                    RECORD_RECEIPT,
                    Map.of(
                        "receiptAmount",
                        "4000.00",
                        "receiptCurrency",
                        "USD",
                        "valueDate",
                        today.toString(),
                        "bankReference",
                        "BR-" + reference + "-1a"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(receive(recorder, reference, "4000.00", "USD", today, "1a", 1).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(instalment(reference, 1))
        .containsEntry("status", "PARTLY_RECEIVED")
        .containsEntry("outstanding", "6000.00");
    assertThat(receive(recorder, reference, "6000.00", "USD", today, "1b", 1).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(instalment(reference, 1)).containsEntry("status", "RECEIVED");

    // Instalment 2, 100,000.00 NOK, falls due on its date: half received at 0.1000 (50,000.00 ×
    // 0.1000 = 5,000.00 USD), the rate changes to 0.0950, the other half is worth 50,000.00 ×
    // 0.0950 = 4,750.00 USD against the 5,000.00 that half was expected to be: −250.00.
    executeDueDateTimer(reference, 2);
    awaitStatus(reference, 2, "CALLED");
    ResponseEntity<Map<String, Object>> atTheOldRate =
        receive(recorder, reference, "50000.00", "NOK", today.minusDays(10), "2a", 2);
    assertThat(atTheOldRate.getBody())
        .containsEntry("amountUsd", "5000.00")
        .containsEntry("exchangeDifferenceUsd", "0.00");
    rate("NOK", "0.0950", today.minusDays(3));
    ResponseEntity<Map<String, Object>> atTheNewRate =
        receive(recorder, reference, "50000.00", "NOK", today, "2b", 2);
    assertThat(atTheNewRate.getBody())
        .containsEntry("amountUsd", "4750.00")
        .containsEntry("towardInstalment", "50000.00")
        .containsEntry("exchangeDifferenceUsd", "-250.00");
    assertThat(instalment(reference, 2)).containsEntry("status", "RECEIVED");

    // The year's report: 22,000.00 USD spent. Its acceptance calls instalment 3, 10,000.00 USD;
    // a receipt credited to the wrong agreement is reversed by another clerk, then the right one.
    api.reportAccepted(reference, 1, "22000.00");
    awaitStatus(reference, 3, "CALLED");
    long mistaken =
        ((Number)
                receive(recorder, reference, "10000.00", "USD", today, "3-wrong", 3)
                    .getBody()
                    .get("id"))
            .longValue();
    assertThat(
            api.post(
                    reverser,
                    "/api/agreements/" + reference + "/receipts/" + mistaken + "/reversal",
                    Map.of("reason", "Credited to the wrong agreement"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(instalment(reference, 3)).containsEntry("status", "CALLED");
    receive(recorder, reference, "10000.00", "USD", today, "3", 3);

    // Received: 4,000.00 + 6,000.00 + 5,000.00 + 4,750.00 + 10,000.00 = 29,750.00 USD (the
    // reversed 10,000.00 left out); spent 22,000.00; 29,750.00 − 22,000.00 = 7,750.00 in hand;
    // 22,000.00 / 30,000.00 = 73.33% spent.
    assertThat(cash(reference))
        .containsEntry("received", "29750.00")
        .containsEntry("spent", "22000.00")
        .containsEntry("balance", "7750.00")
        .containsEntry("burnRatePercent", "73.33");

    api.evaluate(reference);
    Map<String, Object> refund =
        Map.of(
            "settlementDecision",
            "REFUND",
            "refundValueDate",
            today.toString(),
            "refundBankReference",
            "OUT-" + reference);
    assertThat(api.complete(recorder, reference, SETTLE_BALANCE, refund).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.complete(settler, reference, SETTLE_BALANCE, refund).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    // 7,750.00 refunded: 29,750.00 − 22,000.00 − 7,750.00 = 0.00, and the agreement is CLOSED.
    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "CLOSED");
    assertThat(cash(reference))
        .containsEntry("budget", "30000.00")
        .containsEntry("received", "29750.00")
        .containsEntry("refunded", "7750.00")
        .containsEntry("balance", "0.00");
    assertThat(ledger(reference).get("receipts"))
        .asInstanceOf(InstanceOfAssertFactories.LIST)
        .hasSize(6);
    assertThat(receive(recorder, reference, "1.00", "USD", today, "late", 3).getStatusCode())
        .as("a closed agreement receives no money")
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void rate(String currency, String usdPerUnit, LocalDate from) {
    ResponseEntity<Map<String, Object>> recorded =
        api.put(
            "admin",
            "/api/exchange-rates/" + currency,
            Map.of("usdPerUnit", usdPerUnit, "effectiveDate", from.toString()));
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.OK);
  }

  private String clerk(String role, String reference) {
    String id = role + "-" + reference.toLowerCase(Locale.ROOT);
    api.newUser(id, "finance");
    return id;
  }

  private ResponseEntity<Map<String, Object>> receive(
      String clerk,
      String reference,
      String amount,
      String currency,
      LocalDate valueDate,
      String advice,
      int instalment) {
    Map<String, Object> receipt = new HashMap<>();
    receipt.put("amount", amount);
    receipt.put("currency", currency);
    receipt.put("valueDate", valueDate.toString());
    receipt.put("bankReference", "BR-" + reference + "-" + advice);
    receipt.put("instalment", instalment);
    return api.post(clerk, "/api/agreements/" + reference + "/receipts", receipt);
  }

  /** The ON_DATE instalment's timer, run now as the job executor would on its date. */
  private void executeDueDateTimer(String reference, int instalment) {
    List<Map<String, Object>> collections =
        rest.exchange(
                "/engine-rest/process-instance?firstResult=0&maxResults=10",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "processDefinitionKey",
                        FundsCollectionProcess.KEY,
                        "businessKey",
                        reference,
                        "variables",
                        List.of(
                            Map.of(
                                "name",
                                FundsCollectionProcess.Variables.INSTALMENT_NUMBER,
                                "operator",
                                "eq",
                                "value",
                                instalment))),
                    Api.headersOf("admin")),
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(collections).hasSize(1);
    List<Map<String, Object>> jobs =
        api.getList(
                "admin",
                "/engine-rest/job?processInstanceId="
                    + collections.get(0).get("id")
                    + "&activityId=DueDateReached")
            .getBody();
    assertThat(jobs).hasSize(1);
    assertThat(
            api.post("admin", "/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null)
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Map<String, Object> ledger(String reference) {
    return api.get("gsma", "/api/agreements/" + reference + "/ledger").getBody();
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> cash(String reference) {
    return (Map<String, Object>) ledger(reference).get("cash");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> instalment(String reference, int number) {
    return ((List<Map<String, Object>>) ledger(reference).get("instalments"))
        .stream()
            .filter(instalment -> ((Number) instalment.get("instalment")).intValue() == number)
            .findFirst()
            .orElseThrow();
  }

  private void awaitStatus(String reference, int number, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(instalment(reference, number)).containsEntry("status", status));
  }
}
