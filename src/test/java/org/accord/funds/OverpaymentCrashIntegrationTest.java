package org.accord.funds;

import static org.accord.funds.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A crash between recording an over-payment and telling managers: the receipt and its message are
 * written in one transaction, so a failure before the commit keeps neither, and a failure after it
 * (the mail server down, the node gone before the outbox was sent) keeps both, the message going
 * out once when the mail server is back.
 */
@AccordIntegrationTest
class OverpaymentCrashIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired Receipts receipts;
  @Autowired TransactionTemplate transaction;

  private String reference;
  private Map<String, Object> overpayment;

  @BeforeEach
  void aCalledInstalmentPaidOneCentTooMuch() {
    reference = Ledgers.activeAgreementWithThreeInstalments(api);
    Ledgers.awaitStatus(api, reference, 1, "CALLED");
    // 21,400.01 EUR against 21,400.00 owed on instalment 1: one cent over.
    overpayment =
        receipt("21400.01", "EUR", LocalDate.now().toString(), "BR-" + reference + "-over", 1);
    overpayment.put("overpayment", true);
  }

  @AfterEach
  void mailServerBack() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @Test
  void aCrashAfterTheReceiptIsWrittenButBeforeTheCommit_keepsNeitherTheReceiptNorTheMessage() {
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      receipts.record(reference, request(), "finance");
                      // Written, the message queued: the node dies before the commit.
                      assertThat(outbox("PENDING")).isPositive();
                      throw new IllegalStateException("node died before the commit");
                    }))
        .hasMessage("node died before the commit");

    assertThat(receiptsKept()).isZero();
    assertThat(outbox("PENDING") + outbox("SENT") + outbox("DEAD")).isZero();
    assertThat(Ledgers.instalments(api, reference).get(0))
        .containsEntry("status", "CALLED")
        .containsEntry("outstanding", "21400.00");

    // Recovered, the clerk records the same advice again: it was never taken, and the message
    // goes out once to each manager.
    assertThat(post().getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertSentOnceToEachManager();
  }

  @Test
  void aMailServerDownAfterTheCommit_keepsTheReceipt_andTheMessageGoesOutOnceWhenItIsBack() {
    smtp.stop();

    ResponseEntity<Map<String, Object>> recorded = post();

    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(receiptsKept()).isEqualTo(1);
    assertThat(Ledgers.instalments(api, reference).get(0))
        .containsEntry("status", "RECEIVED")
        .containsEntry("outstanding", "0.00");
    // The dispatcher tried, failed to reach the server, and kept the message in the outbox.
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                jdbc.queryForObject(
                        "select count(*) from accord.notification where template = 'funds-overpaid'"
                            + " and agreement_reference = ? and status = 'PENDING'"
                            + " and last_error is not null",
                        Integer.class,
                        reference)
                    > 0);
    assertThat(outbox("SENT")).isZero();

    smtp.start();

    assertSentOnceToEachManager();
  }

  private void assertSentOnceToEachManager() {
    int recipients = outbox("PENDING") + outbox("SENT");
    assertThat(recipients).isPositive();
    await().atMost(Duration.ofSeconds(30)).until(() -> outbox("SENT") == recipients);
    List<String> to =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(message -> subjectOf(message).contains("Over-payment recorded: " + reference))
            .flatMap(OverpaymentCrashIntegrationTest::recipientsOf)
            .toList();
    assertThat(to).hasSize(recipients).doesNotHaveDuplicates().contains("manager@accord.example");
  }

  private ReceiptRequest request() {
    return new ReceiptRequest(
        "21400.01", "EUR", LocalDate.now(), "BR-" + reference + "-over", 1, true);
  }

  private ResponseEntity<Map<String, Object>> post() {
    return api.post("finance", "/api/agreements/" + reference + "/receipts", overpayment);
  }

  private int receiptsKept() {
    return jdbc.queryForObject(
        "select count(*) from accord.receipt where bank_reference = ?",
        Integer.class,
        "BR-" + reference + "-over");
  }

  private int outbox(String status) {
    return jdbc.queryForObject(
        "select count(*) from accord.notification where template = 'funds-overpaid'"
            + " and agreement_reference = ? and status = ?",
        Integer.class,
        reference,
        status);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static java.util.stream.Stream<String> recipientsOf(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Address::toString);
    } catch (MessagingException unreadable) {
      return java.util.stream.Stream.empty();
    }
  }
}
