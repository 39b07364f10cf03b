package org.accord.training;

import static org.accord.training.Trainings.participant;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registrations racing over HTTP, each on a thread of its own released by one barrier, round after
 * round: for the last seat of a session, and for the last free seat of an agreement's reserve from
 * two sessions at once.
 */
@AccordIntegrationTest
class EnrolmentConcurrencyIntegrationTest {

  private static final int ROUNDS = 10;

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired TrainingReserve reserve;
  @Autowired TransactionTemplate transaction;

  private final ExecutorService participants = Executors.newFixedThreadPool(2);
  private final CyclicBarrier together = new CyclicBarrier(2);

  @AfterEach
  void stop() {
    participants.shutdownNow();
  }

  @Test
  void twoRacingForTheLastSeat_oneIsConfirmed_theOtherWaitlisted() {
    String reference = Trainings.activeTrainingCooperation(api);
    long course = Trainings.course(api, reference);
    for (int round = 1; round <= ROUNDS; round++) {
      long session = Trainings.newSession(api, course, 1);
      List<ResponseEntity<Map<String, Object>>> both =
          atOnce(
              () -> Trainings.enrol(api, session, participant("First Racer", "KE")),
              () -> Trainings.enrol(api, session, participant("Second Racer", "GH")));
      assertThat(both).allSatisfy(r -> assertThat(r.getStatusCode().value()).isEqualTo(201));
      assertThat(both.stream().map(r -> r.getBody().get("status")))
          .as("round %d", round)
          .containsExactlyInAnyOrder("CONFIRMED", "WAITLISTED");
      assertThat(
              jdbc.queryForObject(
                  "select count(*) from accord.training_enrolment"
                      + " where session_id = ? and status = 'CONFIRMED'",
                  Long.class,
                  session))
          .isEqualTo(1L);
    }
  }

  /**
   * Each round the reserve gets 450.00 USD, one free seat's worth, and an LDC participant registers
   * in each of two sessions at the same moment: one free seat (450.00 − 450.00 = 0.00 left), the
   * other pays the reduced 450.00. After 10 rounds: 10 × 450.00 credited, 10 × 450.00 debited, 0.00
   * left, never below.
   */
  @Test
  void twoRacingForTheLastFreeSeat_fromTwoSessions_oneGetsIt_theReserveNeverGoesNegative() {
    String reference = Trainings.activeTrainingCooperation(api);
    long course = Trainings.course(api, reference);
    long first = Trainings.newSession(api, course, 50);
    long second = Trainings.newSession(api, course, 50);
    for (int round = 1; round <= ROUNDS; round++) {
      transaction.executeWithoutResult(
          status -> reserve.credit(reference, "450.00", "USD", "Reserve share", "closure"));
      int r = round;
      List<ResponseEntity<Map<String, Object>>> both =
          atOnce(
              () -> Trainings.enrol(api, first, participant("Rwanda Racer " + letter(r), "RW")),
              () -> Trainings.enrol(api, second, participant("Haiti Racer " + letter(r), "HT")));
      assertThat(both.stream().map(response -> response.getBody().get("fee")))
          .as("round %d: %s", round, both)
          .containsExactlyInAnyOrder("0.00", "450.00");
      assertThat(both.stream().map(response -> response.getBody().get("freeSeat")))
          .containsExactlyInAnyOrder(true, false);
    }
    Map<String, Object> totals =
        jdbc.queryForMap(
            "select sum(case when e.kind = 'CREDIT' then e.amount else 0 end) as credited,"
                + " sum(case when e.kind = 'DEBIT' then e.amount else 0 end) as debited,"
                + " min(e.balance_after) as lowest, count(*) as entries"
                + " from accord.training_reserve_entry e join accord.agreement a on a.id ="
                + " e.agreement_id where a.reference = ?",
            reference);
    assertThat(totals.get("credited").toString()).isEqualTo("4500.00");
    assertThat(totals.get("debited").toString()).isEqualTo("4500.00");
    assertThat(totals.get("lowest").toString()).isEqualTo("0.00");
    assertThat(totals).containsEntry("entries", 20L);
  }

  private static String letter(int round) {
    return String.valueOf((char) ('A' + round));
  }

  /** Both requests sent the moment both participants are ready; the responses in their order. */
  @SafeVarargs
  private List<ResponseEntity<Map<String, Object>>> atOnce(
      Supplier<ResponseEntity<Map<String, Object>>>... requests) {
    List<Future<ResponseEntity<Map<String, Object>>>> sent =
        List.of(requests).stream()
            .map(
                request ->
                    participants.submit(
                        () -> {
                          together.await(10, TimeUnit.SECONDS);
                          return request.get();
                        }))
            .toList();
    return sent.stream().map(EnrolmentConcurrencyIntegrationTest::await).toList();
  }

  private static <T> T await(Future<T> response) {
    try {
      return response.get(30, TimeUnit.SECONDS);
    } catch (Exception failed) {
      throw new AssertionError(failed);
    }
  }
}
