package org.accord.funds;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SETTLE_BALANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Before an evaluated agreement closes, finance settles the cash it leaves: a refund is a recorded
 * outgoing payment, a reprogramming rests on the donor's written agreement, and nothing closes with
 * a balance nobody explained. Who recorded or reversed a receipt does not settle.
 */
@AccordIntegrationTest
class BalanceSettlementIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;

  private String reference;
  private String today;

  /** One year, one annual report, USD 18,000.00 paid on signature. */
  @BeforeEach
  void aOneYearAgreementOf18000Dollars() {
    today = LocalDate.now().toString();
    reference = api.toActive(Proposals.oneYear("GSMA", "18000.00", "USD"));
  }

  /**
   * 18,000.00 received, 15,000.25 spent: 18,000.00 − 15,000.25 = 2,999.75 left, refunded in full;
   * the ledger then holds 18,000.00 − 15,000.25 − 2,999.75 = 0.00.
   */
  @Test
  void anUnspentBalance_isRefundedByAnotherClerk_andTheLedgerAndTheDonorSayIt() {
    receive("18000.00", "finance");
    evaluateAfterSpending("15000.25");
    assertThat(status()).isEqualTo("ACTIVE");
    String settler = clerk("settler");

    ResponseEntity<Map<String, Object>> settled =
        settle(
            settler,
            Map.of(
                "settlementDecision",
                "REFUND",
                "refundValueDate",
                today,
                "refundBankReference",
                "OUT-" + reference));

    assertThat(settled.getStatusCode())
        .as("%s", settled.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status()).isEqualTo("CLOSED");
    Map<String, Object> ledger =
        api.get("gsma", "/api/agreements/" + reference + "/ledger").getBody();
    assertThat(ledger)
        .extractingByKey("cash")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("currency", "USD")
        .containsEntry("budget", "18000.00")
        .containsEntry("received", "18000.00")
        .containsEntry("spent", "15000.25")
        .containsEntry("refunded", "2999.75")
        .containsEntry("balance", "0.00")
        .containsEntry("burnRatePercent", "83.33")
        .containsEntry("overspent", false);
    assertThat(ledger)
        .extractingByKey("settlement")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("decision", "REFUND")
        .containsEntry("balance", "2999.75")
        .containsEntry("refundBankReference", "OUT-" + reference)
        .containsEntry("settledBy", settler);
    awaitMailTo("gsma", "Balance settled at closure: " + reference);
  }

  @Test
  void whoRecordedOrReversedAReceipt_doesNotSettleTheBalance() {
    String recorder = clerk("recorder");
    String reverser = clerk("reverser");
    receive("18000.00", recorder);
    long mistaken = receive("10.00", recorder);
    ResponseEntity<Map<String, Object>> reversal =
        api.post(
            reverser,
            "/api/agreements/" + reference + "/receipts/" + mistaken + "/reversal",
            Map.of("reason", "Credited to the wrong agreement"));
    assertThat(reversal.getStatusCode()).as("%s", reversal.getBody()).isEqualTo(HttpStatus.OK);
    evaluateAfterSpending("15000.25");
    Map<String, Object> refund =
        Map.of(
            "settlementDecision",
            "REFUND",
            "refundValueDate",
            today,
            "refundBankReference",
            "OUT-" + reference);

    ResponseEntity<Map<String, Object>> byRecorder = settle(recorder, refund);
    ResponseEntity<Map<String, Object>> byReverser = settle(reverser, refund);

    assertThat(byRecorder.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byRecorder.getBody().get("message").toString()).contains("recorder-settler");
    assertThat(byReverser.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byReverser.getBody().get("message").toString()).contains("reverser-settler");
    assertThat(settlements()).isZero();
    assertThat(status()).isEqualTo("ACTIVE");
    assertThat(settle(clerk("third"), refund).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status()).isEqualTo("CLOSED");
  }

  /** 18,000.00 received, 17,500.00 spent: 500.00 to settle, which is not an overspend. */
  @Test
  void aSettlementWithoutWhatItRestsOn_isRefusedNamingTheField_andTheAgreementStaysOpen() {
    receive("18000.00", "finance");
    evaluateAfterSpending("17500.00");
    String settler = clerk("settler");
    String tomorrow = LocalDate.now().plusDays(1).toString();

    assertRefused(settler, Map.of("settlementDecision", "REFUND"), "refundValueDate");
    assertRefused(settler, Map.of("settlementDecision", "REFUND"), "refundBankReference");
    assertRefused(
        settler,
        Map.of(
            "settlementDecision", "REFUND",
            "refundValueDate", tomorrow,
            "refundBankReference", "OUT-1"),
        "refundValueDate");
    assertRefused(
        settler,
        Map.of("settlementDecision", "REPROGRAMME", "settlementNote", "Phase two"),
        "donorConsentReference");
    assertRefused(
        settler,
        Map.of(
            "settlementDecision", "REPROGRAMME",
            "settlementNote", "Phase two",
            "donorConsentReference", "GSMA letter 2027/14",
            "donorConsentDate", "not a date"),
        "donorConsentDate");
    assertRefused(
        settler,
        Map.of("settlementDecision", "COVERED_BY_AGENCY", "settlementNote", "Absorbed"),
        "settlementDecision");
    assertRefused(settler, Map.of("settlementDecision", "WRITE_OFF"), "settlementDecision");
    assertThat(settlements()).isZero();
    assertThat(status()).isEqualTo("ACTIVE");

    ResponseEntity<Map<String, Object>> reprogrammed =
        settle(
            settler,
            Map.of(
                "settlementDecision", "REPROGRAMME",
                "settlementNote", "Teacher training in the second phase",
                "donorConsentReference", "GSMA letter 2027/14",
                "donorConsentDate", today));

    assertThat(reprogrammed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(status()).isEqualTo("CLOSED");
    Map<String, Object> ledger =
        api.get("finance", "/api/agreements/" + reference + "/ledger").getBody();
    assertThat(ledger)
        .extractingByKey("cash")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("refunded", "0.00")
        .containsEntry("balance", "500.00");
    assertThat(ledger)
        .extractingByKey("settlement")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("decision", "REPROGRAMME")
        .containsEntry("donorConsentReference", "GSMA letter 2027/14");
  }

  /** 18,000.00 received, 18,000.00 spent: 0.00 left, so nothing to settle. */
  @Test
  void aBalanceOfNothing_closesAtTheEvaluation_withoutFinance() {
    receive("18000.00", "finance");
    evaluateAfterSpending("18000.00");

    assertThat(status()).isEqualTo("CLOSED");
    assertThat(api.tasks("finance", reference, SETTLE_BALANCE)).isEmpty();
    assertThat(api.get("finance", "/api/agreements/" + reference + "/ledger").getBody())
        .extractingByKey("settlement")
        .isNull();
  }

  /** A finance clerk of this test's own, so that no other test's receipts stand in the way. */
  private String clerk(String role) {
    String id = role + "-" + reference.toLowerCase(Locale.ROOT);
    api.newUser(id, "finance");
    return id;
  }

  /** Beyond the 18,000.00 called, a receipt is an over-payment. */
  private long receive(String amount, String clerk) {
    ResponseEntity<Map<String, Object>> recorded =
        api.post(
            clerk,
            "/api/agreements/" + reference + "/receipts",
            Map.of(
                "amount",
                amount,
                "currency",
                "USD",
                "valueDate",
                today,
                "bankReference",
                "BR-" + reference + "-" + amount,
                "overpayment",
                true));
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) recorded.getBody().get("id")).longValue();
  }

  private void evaluateAfterSpending(String expenditure) {
    api.reportAccepted(reference, 1, expenditure);
    api.evaluate(reference);
  }

  private ResponseEntity<Map<String, Object>> settle(String clerk, Map<String, Object> form) {
    return api.complete(clerk, reference, SETTLE_BALANCE, form);
  }

  private void assertRefused(String clerk, Map<String, Object> form, String field) {
    ResponseEntity<Map<String, Object>> refused = settle(clerk, form);
    assertThat(refused.getStatusCode()).as("%s", form).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).as("%s", form).contains(field);
  }

  private String status() {
    return api.get("finance", "/api/agreements/" + reference).getBody().get("status").toString();
  }

  private long settlements() {
    return jdbc.queryForObject(
        "select count(*) from accord.settlement s join accord.agreement a on a.id = s.agreement_id"
            + " where a.reference = ?",
        Long.class,
        reference);
  }

  private void awaitMailTo(String recipientPart, String subject) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(
                        message -> {
                          try {
                            return message.getSubject().contains(subject)
                                && Arrays.toString(message.getAllRecipients())
                                    .contains(recipientPart);
                          } catch (jakarta.mail.MessagingException unreadable) {
                            return false;
                          }
                        }));
  }
}
