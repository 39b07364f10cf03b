package org.accord.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The funds tests' agreement, receipts as the API takes them, and the ledger as finance reads it.
 */
final class Ledgers {

  private Ledgers() {}

  /**
   * JICA's agreement of 53,500.00 EUR made ACTIVE, at 1.08 USD per EUR: 50,000.00 of staff + 7%
   * programme support costs 3,500.00, paid as 21,400.00 EUR on signature, 17,334.00 USD on 1 July
   * 2027 and 16,050.00 EUR on the second report.
   */
  static String activeAgreementWithThreeInstalments(Api api) {
    assertThat(api.put("admin", "/api/exchange-rates/EUR", Map.of("usdPerUnit", "1.08")))
        .extracting(ResponseEntity::getStatusCode)
        .isEqualTo(HttpStatus.OK);
    Map<String, Object> proposal =
        Proposals.withBudget(
            List.of(
                Proposals.line("STAFF", "PARTNER_CASH", "50000.00", null),
                Proposals.line("TRAVEL", "AGENCY_COFINANCING", "4000.00", null)));
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    String reference = (String) created.getBody().get("reference");
    api.activate(api.throughApproval(reference), "JICA");
    return reference;
  }

  static Map<String, Object> receipt(
      String amount, String currency, String valueDate, String bankReference, int instalment) {
    Map<String, Object> receipt = new HashMap<>();
    receipt.put("amount", amount);
    receipt.put("currency", currency);
    receipt.put("valueDate", valueDate);
    receipt.put("bankReference", bankReference);
    receipt.put("instalment", instalment);
    return receipt;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> instalments(Api api, String reference) {
    return (List<Map<String, Object>>)
        api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("instalments");
  }

  static void awaitStatus(Api api, String reference, int instalment, String status) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(instalments(api, reference).get(instalment - 1))
                    .containsEntry("status", status));
  }
}
