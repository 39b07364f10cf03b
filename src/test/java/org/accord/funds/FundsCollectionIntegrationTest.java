package org.accord.funds;

import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An active agreement's instalments are called when they fall due, and finance records what comes
 * in, in Tasklist or through the API, until each is received; money is never counted twice.
 */
@AccordIntegrationTest
class FundsCollectionIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired FundsCollections collections;
  @Autowired RuntimeService runtimeService;

  private String reference;

  @BeforeEach
  void anActiveAgreementWithThreeInstalmentsInTwoCurrencies() {
    // The rate every figure below is computed with: 1.08 USD per EUR, in force today.
    reference = Ledgers.activeAgreementWithThreeInstalments(api);
  }

  @Test
  void theInstalmentDueOnSignature_isCalled_keptAsADocument_andSentToTheDonorWithTheCall()
      throws Exception {
    awaitStatus(1, "CALLED");

    assertThat(instalments())
        .extracting(instalment -> instalment.get("instalment") + " " + instalment.get("status"))
        .containsExactly("1 CALLED", "2 SCHEDULED", "3 SCHEDULED");
    // Expected at today's rate: 21,400.00 × 1.08 = 23,112.00 USD.
    assertThat(instalments().get(0))
        .containsEntry("expectedUsd", "23112.00")
        .containsEntry("outstanding", "21400.00")
        .containsEntry("payBy", LocalDate.now().plusDays(30).toString());
    assertThat(api.getList("jica", "/api/agreements/" + reference + "/documents").getBody())
        .anySatisfy(
            document ->
                assertThat(document)
                    .containsEntry("kind", "CALL_FOR_FUNDS")
                    .containsEntry("version", 1)
                    .containsKey("sha256"));

    MimeMessage call = awaitMail("Call for funds: " + reference + ", instalment 1 of 3");
    assertThat(Arrays.asList(call.getAllRecipients()).toString()).contains("jica");
    // The amounts are grouped as the language writes them, a no-break space after the currency.
    String pdf = attachedPdfText(call).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    assertThat(pdf)
        .contains("Call for funds")
        .contains("Instalment 1 of 3")
        .contains("Amount requested EUR 21,400.00")
        .contains("Reference to quote " + reference + "/1")
        .contains("CH93 0076 2011 6238 5295 7");
  }

  /**
   * 10,000.00 EUR through the task leaves 21,400.00 − 10,000.00 = 11,400.00 outstanding; then
   * 12,312.00 USD through the API is 12,312.00 / 1.08 = 11,400.00 EUR towards it, worth 12,312.00
   * USD as that part was expected to be (23,112.00 × 11,400.00 / 21,400.00 = 12,312.00): no
   * exchange difference, and the instalment is received.
   */
  @Test
  void aPartReceivedInTasklist_andTheRestThroughTheApi_receivesTheInstalment_andEndsFinancesTask() {
    awaitStatus(1, "CALLED");
    String today = LocalDate.now().toString();

    ResponseEntity<Map<String, Object>> partly =
        api.complete(
            "finance",
            reference,
            RECORD_RECEIPT,
            Map.of(
                "receiptAmount",
                "10000.00",
                "receiptCurrency",
                "EUR",
                "valueDate",
                today,
                "bankReference",
                "BR-" + reference + "-1"));

    assertThat(partly.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(instalments().get(0))
        .containsEntry("status", "PARTLY_RECEIVED")
        .containsEntry("outstanding", "11400.00");
    assertThat(api.tasks("finance", reference, RECORD_RECEIPT)).hasSize(1);

    ResponseEntity<Map<String, Object>> rest =
        api.post(
            "finance",
            "/api/agreements/" + reference + "/receipts",
            receipt("12312.00", "USD", today, "BR-" + reference + "-2", 1));

    assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(rest.getBody())
        .containsEntry("amountUsd", "12312.00")
        .containsEntry("towardInstalment", "11400.00")
        .containsEntry("exchangeDifferenceUsd", "0.00");
    assertThat(instalments().get(0))
        .containsEntry("status", "RECEIVED")
        .containsEntry("outstanding", "0.00");
    assertThat(api.tasks("finance", reference, RECORD_RECEIPT)).isEmpty();
  }

  @Test
  void theSameBankAdviceRecordedTwice_isRefused_andCountedOnce() {
    awaitStatus(1, "CALLED");
    Map<String, Object> advice =
        receipt("5000.00", "EUR", LocalDate.now().toString(), "BR-" + reference + "-dup", 1);
    assertThat(
            api.post("finance", "/api/agreements/" + reference + "/receipts", advice)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map<String, Object>> again =
        api.post("finance", "/api/agreements/" + reference + "/receipts", advice);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // 21,400.00 − 5,000.00, once.
    assertThat(instalments().get(0)).containsEntry("outstanding", "16400.00");
  }

  @Test
  void moreThanIsOutstanding_isRefused_unlessDeclaredAnOverpayment_thenManagersAreTold()
      throws Exception {
    awaitStatus(1, "CALLED");
    String today = LocalDate.now().toString();

    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "finance",
            "/api/agreements/" + reference + "/receipts",
            receipt("21400.01", "EUR", today, "BR-" + reference + "-over", 1));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(refused)).containsExactly("amount");
    Map<String, Object> declared =
        receipt("21400.01", "EUR", today, "BR-" + reference + "-over", 1);
    declared.put("overpayment", true);
    ResponseEntity<Map<String, Object>> overpaid =
        api.post("finance", "/api/agreements/" + reference + "/receipts", declared);
    assertThat(overpaid.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(overpaid.getBody()).containsEntry("overpayment", true);
    assertThat(awaitMail("Over-payment recorded: " + reference).getAllRecipients())
        .extracting(Object::toString)
        .contains("manager@accord.example");
  }

  /**
   * 21,400.00 EUR received in full ends the collection; reversed by a second clerk, it counts no
   * more: 21,400.00 is outstanding again and finance's task is back. The clerk who recorded it may
   * not reverse it, and a receipt is reversed once.
   */
  @Test
  void aReversedReceipt_countsNoMore_byAnotherClerk_andTheCollectionResumes() {
    awaitStatus(1, "CALLED");
    String clerk = "finance-" + reference.toLowerCase(java.util.Locale.ROOT);
    api.newUser(clerk, "finance");
    ResponseEntity<Map<String, Object>> recorded =
        api.post(
            "finance",
            "/api/agreements/" + reference + "/receipts",
            receipt("21400.00", "EUR", LocalDate.now().toString(), "BR-" + reference + "-rev", 1));
    assertThat(instalments().get(0)).containsEntry("status", "RECEIVED");
    String reversal =
        "/api/agreements/" + reference + "/receipts/" + recorded.getBody().get("id") + "/reversal";

    assertThat(
            api.post("finance", reversal, Map.of("reason", "Credited to the wrong agreement"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.post(clerk, reversal, Map.of("reason", " ")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> reversed =
        api.post(clerk, reversal, Map.of("reason", "Credited to the wrong agreement"));

    assertThat(reversed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(reversed.getBody())
        .containsEntry("reversedBy", clerk)
        .containsEntry("reversalReason", "Credited to the wrong agreement");
    assertThat(instalments().get(0))
        .containsEntry("status", "CALLED")
        .containsEntry("outstanding", "21400.00");
    assertThat(api.tasks("finance", reference, RECORD_RECEIPT)).hasSize(1);
    assertThat(api.post(clerk, reversal, Map.of("reason", "Again")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  /**
   * 10,000.00 EUR received, 12,000.00 spent in the first period: the balance is 10,000.00 −
   * 12,000.00 = −2,000.00, 12,000.00 / 53,500.00 = 22.43% of the budget spent; the report is
   * accepted and finance is told.
   */
  @Test
  void aReportAcceptedWithMoreSpentThanReceived_isFlaggedToFinance() throws Exception {
    awaitStatus(1, "CALLED");
    api.post(
        "finance",
        "/api/agreements/" + reference + "/receipts",
        receipt("10000.00", "EUR", LocalDate.now().toString(), "BR-" + reference + "-cash", 1));
    api.fire(reference, 1, "PeriodEnded");
    api.post(
        "officer",
        "/api/agreements/" + reference + "/reports/1",
        Map.of(
            "narrative",
            "Staff recruited",
            "expenditure",
            "12000.00",
            "indicatorActuals",
            List.of(Map.of("code", "1.1", "value", "10"))));

    ResponseEntity<Map<String, Object>> accepted =
        api.post(
            "manager",
            "/api/agreements/" + reference + "/reports/1/review",
            Map.of("decision", "ACCEPT"));

    assertThat(accepted.getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(api.get("finance", "/api/agreements/" + reference + "/ledger").getBody())
        .extractingByKey("cash")
        .isEqualTo(
            Map.of(
                "currency", "EUR",
                "budget", "53500.00",
                "received", "10000.00",
                "spent", "12000.00",
                "refunded", "0.00",
                "balance", "-2000.00",
                "burnRatePercent", "22.43",
                "overspent", true,
                // One figure is other direct costs, a line the partner's cash does not finance
                // here.
                "lines",
                    List.of(
                        Map.of("line", "STAFF", "budget", "50000.00", "spent", "0.00"),
                        Map.of("line", "OTHER_DIRECT_COSTS", "budget", "0.00", "spent", "12000.00"),
                        Map.of(
                            "line",
                            "PROGRAMME_SUPPORT_COSTS",
                            "budget",
                            "3500.00",
                            "spent",
                            "0.00"))));
    // One message per member of finance: the demo's clerk among them.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(
                        message ->
                            subjectOf(message).contains("More spent than received: " + reference))
                    .anyMatch(
                        message ->
                            Arrays.toString(recipientsOf(message))
                                .contains("finance@accord.example")));
  }

  /**
   * An agreement terminated whose collections did not stop (the stop gave up on a conflict, or the
   * node died between the ending and the stop): the sweep stops them and cancels what is owed; a
   * second sweep finds nothing left to do.
   */
  @Test
  void collectionsStillRunningForAnEndedAgreement_areStoppedByTheSweep_once() {
    awaitStatus(1, "CALLED");
    // The ending as it stands when its stop never ran: TERMINATED, and three collections running.
    jdbc.update("update accord.agreement set status = 'TERMINATED' where reference = ?", reference);
    assertThat(runningCollections()).isEqualTo(3);

    assertThat(collections.stopEndedCollections()).contains(reference);

    assertThat(runningCollections()).isZero();
    assertThat(instalments())
        .extracting(instalment -> instalment.get("instalment") + " " + instalment.get("status"))
        .containsExactly("1 CANCELLED", "2 CANCELLED", "3 CANCELLED");
    assertThat(collections.stopEndedCollections()).doesNotContain(reference);
  }

  @Test
  void badReceiptsAreNamed_andNothingIsWritten() {
    awaitStatus(1, "CALLED");
    String today = LocalDate.now().toString();
    String tomorrow = LocalDate.now().plusDays(1).toString();
    long before = receipts();

    assertRefused(receipt("-5.00", "EUR", today, "BR-x1", 1), "amount");
    assertRefused(receipt("0", "EUR", today, "BR-x2", 1), "amount");
    assertRefused(receipt("10.001", "EUR", today, "BR-x3", 1), "amount");
    assertRefused(receipt("10.00", "XYZ", today, "BR-x4", 1), "currency");
    assertRefused(receipt("10.00", "EUR", tomorrow, "BR-x5", 1), "valueDate");
    assertRefused(receipt("10.00", "EUR", "1999-12-31", "BR-x6", 1), "valueDate");
    assertRefused(receipt("10.00", "EUR", today, " ", 1), "bankReference");
    assertRefused(receipt("10.00", "EUR", today, "BR-x7", 4), "instalment");
    assertThat(receipts()).isEqualTo(before);
  }

  @Test
  void onlyFinanceRecordsReceipts_andOnlyTheAgreementsDonorReadsItsLedger() {
    Map<String, Object> receipt =
        receipt("10.00", "EUR", LocalDate.now().toString(), "BR-" + reference + "-who", 1);

    assertThat(
            api.post("officer", "/api/agreements/" + reference + "/receipts", receipt)
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.post("jica", "/api/agreements/" + reference + "/receipts", receipt).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("jica", "/api/agreements/" + reference + "/ledger").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/ledger").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.tasks("jica", reference, RECORD_RECEIPT)).isEmpty();
  }

  private void assertRefused(Map<String, Object> receipt, String field) {
    ResponseEntity<Map<String, Object>> response =
        api.post("finance", "/api/agreements/" + reference + "/receipts", receipt);
    assertThat(response.getStatusCode()).as("%s", receipt).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errorFields(response)).as("%s", receipt).contains(field);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> errorFields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field")).toList();
  }

  private static Map<String, Object> receipt(
      String amount, String currency, String valueDate, String bankReference, int instalment) {
    return Ledgers.receipt(amount, currency, valueDate, bankReference, instalment);
  }

  private long runningCollections() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(FundsCollectionProcess.KEY)
        .processInstanceBusinessKey(reference)
        .count();
  }

  private long receipts() {
    return jdbc.queryForObject("select count(*) from accord.receipt", Long.class);
  }

  private List<Map<String, Object>> instalments() {
    return Ledgers.instalments(api, reference);
  }

  private void awaitStatus(int instalment, String status) {
    Ledgers.awaitStatus(api, reference, instalment, status);
  }

  private MimeMessage awaitMail(String subject) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(message -> subjectOf(message).contains(subject)));
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> subjectOf(message).contains(subject))
        .findFirst()
        .orElseThrow();
  }

  private static jakarta.mail.Address[] recipientsOf(MimeMessage message) {
    try {
      return message.getAllRecipients();
    } catch (jakarta.mail.MessagingException unreadable) {
      return new jakarta.mail.Address[0];
    }
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException unreadable) {
      return "";
    }
  }

  private static String attachedPdfText(MimeMessage message) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null && part.getFileName().endsWith(".pdf")) {
        try (InputStream in = part.getInputStream();
            PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
          return new PDFTextStripper().getText(pdf);
        }
      }
    }
    throw new AssertionError("no PDF attached to " + message.getSubject());
  }
}
