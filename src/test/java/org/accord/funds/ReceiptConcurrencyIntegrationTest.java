package org.accord.funds;

import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.accord.funds.Ledgers.receipt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two finance clerks record receipts for one instalment at the same moment, over HTTP, each on a
 * thread of its own released by one barrier, round after round. Whatever order the database puts
 * them in, every receipt counts once and the instalment's totals are exact.
 */
@AccordIntegrationTest
class ReceiptConcurrencyIntegrationTest {

  private static final int ROUNDS = 20;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  private final ExecutorService clerks = Executors.newFixedThreadPool(2);
  private final CyclicBarrier together = new CyclicBarrier(2);
  private String reference;
  private String secondClerk;
  private String today;

  @BeforeEach
  void aCalledInstalmentOf21400Euros() {
    reference = Ledgers.activeAgreementWithThreeInstalments(api);
    Ledgers.awaitStatus(api, reference, 1, "CALLED");
    secondClerk = "finance-" + reference.toLowerCase(Locale.ROOT);
    api.newUser(secondClerk, "finance");
    today = LocalDate.now().toString();
  }

  @AfterEach
  void stopClerks() {
    clerks.shutdownNow();
  }

  /**
   * Instalment 1 is 21,400.00 EUR. 20 rounds of 500.00 and 510.00 at once: 20 × 1,010.00 =
   * 20,200.00, outstanding 1,200.00. 20 rounds of one bank advice of 10.00 sent by both: 20 × 10.00
   * = 200.00, outstanding 1,000.00. Then 1,000.00 from each at once: the first the database lets
   * through receives the instalment (0.00 outstanding), the second is more than is outstanding. 40
   * + 20 + 1 = 61 receipts, 20,200.00 + 200.00 + 1,000.00 = 21,400.00 EUR.
   */
  @Test
  void twoClerksAtOnce_eachReceiptCountsOnce_andTheInstalmentsTotalsAreExact() {
    for (int round = 1; round <= ROUNDS; round++) {
      List<ResponseEntity<Map<String, Object>>> both =
          atOnce(
              record("finance", "500.00", "BR-" + reference + "-A" + round),
              record(secondClerk, "510.00", "BR-" + reference + "-B" + round));
      assertThat(statuses(both)).as("round %d: %s", round, bodies(both)).containsExactly(201, 201);
    }
    assertThat(instalment())
        .containsEntry("status", "PARTLY_RECEIVED")
        .containsEntry("outstanding", "1200.00");
    assertThat(api.tasks("finance", reference, RECORD_RECEIPT)).hasSize(1);

    for (int round = 1; round <= ROUNDS; round++) {
      String advice = "BR-" + reference + "-S" + round;
      List<ResponseEntity<Map<String, Object>>> both =
          atOnce(record("finance", "10.00", advice), record(secondClerk, "10.00", advice));
      assertThat(statuses(both))
          .as("round %d: %s", round, bodies(both))
          .containsExactlyInAnyOrder(201, 409);
    }
    assertThat(instalment()).containsEntry("outstanding", "1000.00");

    List<ResponseEntity<Map<String, Object>>> last =
        atOnce(
            record("finance", "1000.00", "BR-" + reference + "-C1"),
            record(secondClerk, "1000.00", "BR-" + reference + "-C2"));

    assertThat(statuses(last)).as("%s", bodies(last)).containsExactlyInAnyOrder(201, 400);
    assertThat(instalment())
        .containsEntry("status", "RECEIVED")
        .containsEntry("outstanding", "0.00");
    assertThat(
            jdbc.queryForMap(
                "select count(*) as receipts, sum(toward_instalment) as total,"
                    + " count(distinct bank_reference) as advices from accord.receipt r"
                    + " join accord.agreement a on a.id = r.agreement_id where a.reference = ?",
                reference))
        .containsEntry("receipts", 61L)
        .containsEntry("advices", 61L)
        .hasEntrySatisfying("total", total -> assertThat(total.toString()).isEqualTo("21400.00"));
    assertThat(api.tasks("finance", reference, RECORD_RECEIPT)).isEmpty();
  }

  private Supplier<ResponseEntity<Map<String, Object>>> record(
      String clerk, String amount, String bankReference) {
    return () ->
        api.post(
            clerk,
            "/api/agreements/" + reference + "/receipts",
            receipt(amount, "EUR", today, bankReference, 1));
  }

  /** Both requests sent the moment both clerks are ready; the responses, in the clerks' order. */
  @SafeVarargs
  private List<ResponseEntity<Map<String, Object>>> atOnce(
      Supplier<ResponseEntity<Map<String, Object>>>... requests) {
    List<Future<ResponseEntity<Map<String, Object>>>> sent =
        List.of(requests).stream()
            .map(
                request ->
                    clerks.submit(
                        () -> {
                          together.await(10, TimeUnit.SECONDS);
                          return request.get();
                        }))
            .toList();
    return sent.stream().map(ReceiptConcurrencyIntegrationTest::await).toList();
  }

  private static List<Integer> statuses(List<ResponseEntity<Map<String, Object>>> responses) {
    return responses.stream().map(response -> response.getStatusCode().value()).toList();
  }

  private static String bodies(List<ResponseEntity<Map<String, Object>>> responses) {
    return responses.stream().map(ResponseEntity::getBody).toList().toString();
  }

  private static <T> T await(Future<T> response) {
    try {
      return response.get(30, TimeUnit.SECONDS);
    } catch (Exception failed) {
      throw new AssertionError(failed);
    }
  }

  private Map<String, Object> instalment() {
    return Ledgers.instalments(api, reference).get(0);
  }
}
