package org.accord.training;

import static org.accord.training.Trainings.completion;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.accord.training.TrainingSessionProcess.Tasks;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 19 as it will be checked: a training cooperation with GSMA driven from proposal to MoU, two
 * sessions run with participants from LDCs, SIDS and other countries (two racing for the last
 * seat), certificates issued and verified, the revenue shared and the partner paid, the reserve
 * credited and spent, and the figures at the end, each against the hand computation beside it.
 * Terms of {@link Proposals#trainingTerms()}: 10 % of the revenue to the reserve, the rest 60/40.
 */
@AccordIntegrationTest
class GsmaTrainingEndToEndIntegrationTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TestRestTemplate rest;
  @Autowired Clock clock;

  @Test
  void aGsmaTrainingCooperation_fromProposalToSharedRevenue_matchesTheHandComputation()
      throws Exception {
    // Proposal, screening, due diligence, internal approval, GSMA's sign-off, the MoU signed.
    String reference = Trainings.activeTrainingCooperation(api);
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "ACTIVE")
        .containsEntry("type", "TRAINING_COOPERATION");
    long course = Trainings.course(api, reference);
    LocalDate today = LocalDate.now(clock);

    // Session 1, four seats, USD 1,200.00 / 450.00, the reserve empty: Senegal (LDC) pays the
    // reduced 450.00; France 1,200.00; India 450.00; Fiji (SIDS) and Brazil race for the last seat
    // at 450.00 each: exactly one gets it, the other waits.
    long first = Trainings.newSession(api, course, 4);
    Map<String, Object> amina = enrolled(first, "Amina Sow", "SN");
    assertThat(amina).containsEntry("fee", "450.00").containsEntry("reserveShort", true);
    Map<String, Object> claire = enrolled(first, "Claire Martin", "FR");
    assertThat(claire).containsEntry("fee", "1200.00");
    Map<String, Object> ravi = enrolled(first, "Ravi Kumar", "IN");
    List<ResponseEntity<Map<String, Object>>> race =
        atOnce(
            () -> Trainings.enrol(api, first, Trainings.participant("Losana Vuki", "FJ")),
            () -> Trainings.enrol(api, first, Trainings.participant("Jorge Silva", "BR")));
    assertThat(race.stream().map(response -> response.getBody().get("status")))
        .containsExactlyInAnyOrder("CONFIRMED", "WAITLISTED");
    Map<String, Object> lastSeat =
        race.stream()
            .map(ResponseEntity::getBody)
            .filter(enrolment -> "CONFIRMED".equals(enrolment.get("status")))
            .findFirst()
            .orElseThrow();
    assertThat(lastSeat).containsEntry("fee", "450.00");
    for (Map<String, Object> paying : List.of(amina, ravi, lastSeat)) {
      Trainings.pay(api, paying, "450.00", today);
    }
    Trainings.pay(api, claire, "1200.00", today);
    Trainings.lastDay(jdbc, runtime, management, first);
    for (Map<String, Object> participant : List.of(amina, claire, ravi, lastSeat)) {
      completion(api, participant, 100, true);
    }

    // Revenue 450.00 + 1,200.00 + 450.00 + 450.00 = 2,550.00; reserve 10 % = 255.00; the rest
    // 2,295.00: agency 60 % = 1,377.00, partner 2,295.00 − 1,377.00 = 918.00. Trainers 900.00 to
    // the agency, platform 300.00 to the partner.
    Trainings.close(
        api, first, "Trainers and course materials: 900.00\nOnline learning platform: 300.00");
    assertThat(closure(first))
        .containsEntry("revenue", "2550.00")
        .containsEntry("reserveShare", "255.00")
        .containsEntry("agencyShare", "1377.00")
        .containsEntry("partnerShare", "918.00")
        .containsEntry("agencyCosts", "900.00")
        .containsEntry("partnerCosts", "300.00");
    settle(first, "918.00", today);
    assertThat(reserveBalance(reference)).isEqualByComparingTo("255.00");

    // Session 2, three seats, USD 1,200.00 / 200.00: Tonga (SIDS) gets a free seat worth 200.00
    // (reserve 255.00 − 200.00 = 55.00); Haiti (LDC) finds 55.00 too little and pays the reduced
    // 200.00; the United States 1,200.00.
    Map<String, Object> session = Trainings.session(course, 3);
    session.put("developingFee", "200.00");
    long second =
        ((Number) api.post("officer", "/api/training/sessions", session).getBody().get("id"))
            .longValue();
    Map<String, Object> kaveinga = enrolled(second, "Kaveinga Fifita", "TO");
    assertThat(kaveinga).containsEntry("freeSeat", true).containsEntry("fee", "0.00");
    assertThat(reserveBalance(reference)).isEqualByComparingTo("55.00");
    Map<String, Object> jean = enrolled(second, "Jean Baptiste", "HT");
    assertThat(jean).containsEntry("fee", "200.00").containsEntry("reserveShort", true);
    Map<String, Object> john = enrolled(second, "John Smith", "US");
    Trainings.pay(api, jean, "200.00", today);
    Trainings.pay(api, john, "1200.00", today);
    Trainings.lastDay(jdbc, runtime, management, second);
    completion(api, kaveinga, 100, true);
    completion(api, jean, 60, false);
    completion(api, john, 90, true);

    // Revenue 0.00 + 200.00 + 1,200.00 = 1,400.00; reserve 10 % = 140.00; the rest 1,260.00:
    // agency 756.00, partner 504.00. Venue 601.00 shared 50 %: 300.50 each. The reserve 55.00 +
    // 140.00 = 195.00.
    Trainings.close(api, second, "Venue and catering: 601.00");
    assertThat(closure(second))
        .containsEntry("revenue", "1400.00")
        .containsEntry("reserveShare", "140.00")
        .containsEntry("agencyShare", "756.00")
        .containsEntry("partnerShare", "504.00")
        .containsEntry("agencyCosts", "300.50")
        .containsEntry("partnerCosts", "300.50");
    settle(second, "504.00", today);
    assertThat(reserveBalance(reference)).isEqualByComparingTo("195.00");

    // Certificates: all four of session 1; Tonga (a free seat counts as paid) and the United
    // States of session 2, not Haiti (60 %, failed). Each checks out without logging in.
    List<String> codes =
        jdbc.queryForList(
            "select t.code from accord.training_certificate t join accord.training_enrolment e"
                + " on e.id = t.enrolment_id where e.session_id in (?, ?) order by t.id",
            String.class,
            first,
            second);
    assertThat(codes).hasSize(6);
    ResponseEntity<Map<String, Object>> checked =
        rest.exchange(
            "/api/certificates/" + certificateOf(kaveinga) + "/verify",
            HttpMethod.GET,
            HttpEntity.EMPTY,
            new ParameterizedTypeReference<Map<String, Object>>() {});
    assertThat(checked.getStatusCode().value()).isEqualTo(200);
    assertThat(checked.getBody())
        .containsOnlyKeys("participantName", "course", "date")
        .containsEntry("participantName", "Kaveinga Fifita");

    // The figures: 4 + 3 = 7 participants; completed 4 + 2 = 6 of 7 = 85.714… % = 85.7 %,
    // certified the same 6; revenue 2,550.00 + 1,400.00 = 3,950.00; costs 1,200.00 + 601.00 =
    // 1,801.00; surplus 2,149.00; cost recovery 3,950.00 / 1,801.00 = 219.32… % = 219.3 %; the
    // shares 255.00 + 140.00 = 395.00, 1,377.00 + 756.00 = 2,133.00, 918.00 + 504.00 = 1,422.00;
    // one free seat worth 200.00. LDC: Senegal, Haiti 2; SIDS: Tonga, and Fiji if it won the race;
    // developing: India, and Brazil if it won; developed: France, the United States 2.
    Map<String, Object> figures =
        api.get("gsma", "/api/training/figures?agreement=" + reference).getBody();
    assertThat(figures).containsEntry("participants", 7).containsEntry("closedSessions", 2);
    assertThat((Map<String, Object>) figures.get("completion"))
        .containsEntry("completed", 6)
        .containsEntry("certified", 6)
        .containsEntry("completionRate", "85.7");
    assertThat(((List<Map<String, Object>>) figures.get("finances")).get(0))
        .containsEntry("revenue", "3950.00")
        .containsEntry("costs", "1801.00")
        .containsEntry("surplus", "2149.00")
        .containsEntry("costRecovery", "219.3")
        .containsEntry("reserveShare", "395.00")
        .containsEntry("agencyShare", "2133.00")
        .containsEntry("partnerShare", "1422.00")
        .containsEntry("freeSeats", 1)
        .containsEntry("freeSeatValue", "200.00");
    boolean fijiWon = "FJ".equals(lastSeat.get("country"));
    assertThat((Map<String, Object>) figures.get("byCountryGroup"))
        .containsEntry("LDC", 2)
        .containsEntry("SIDS", fijiWon ? 2 : 1)
        .containsEntry("DEVELOPING", fijiWon ? 1 : 2)
        .containsEntry("DEVELOPED", 2);
  }

  private Map<String, Object> enrolled(long session, String name, String country) {
    ResponseEntity<Map<String, Object>> enrolled =
        Trainings.enrol(api, session, Trainings.participant(name, country));
    assertThat(enrolled.getStatusCode().value()).as("%s", enrolled.getBody()).isEqualTo(201);
    return enrolled.getBody();
  }

  private Map<String, Object> closure(long session) {
    return api.get("gsma", "/api/training/sessions/" + session + "/closure").getBody();
  }

  private void settle(long session, String amount, LocalDate paidOn) {
    Map<String, Object> settlement = new HashMap<>();
    settlement.put("paymentAmount", amount);
    settlement.put("paymentCurrency", "USD");
    settlement.put("paidOn", paidOn.toString());
    settlement.put("bankReference", "BR-" + session);
    ResponseEntity<Map<String, Object>> settled =
        api.complete(
            "finance",
            TrainingSessionProcess.businessKey(session),
            Tasks.SETTLE_REVENUE_SHARE,
            settlement);
    assertThat(settled.getStatusCode().value()).as("%s", settled.getBody()).isEqualTo(204);
    assertThat((Map<String, Object>) closure(session).get("payment"))
        .containsEntry("amount", amount);
  }

  private BigDecimal reserveBalance(String reference) {
    return jdbc.queryForObject(
        "select coalesce(sum(r.balance), 0) from accord.training_reserve r join accord.agreement a"
            + " on a.id = r.agreement_id where a.reference = ? and r.currency = 'USD'",
        BigDecimal.class,
        reference);
  }

  private String certificateOf(Map<String, Object> enrolment) {
    return jdbc.queryForObject(
        "select code from accord.training_certificate where enrolment_id = ?",
        String.class,
        ((Number) enrolment.get("id")).longValue());
  }

  @SafeVarargs
  private static List<ResponseEntity<Map<String, Object>>> atOnce(
      java.util.function.Supplier<ResponseEntity<Map<String, Object>>>... requests)
      throws Exception {
    CyclicBarrier together = new CyclicBarrier(requests.length);
    // A thread each: the common pool may have one thread on two cores, and the barrier waits for
    // both.
    java.util.concurrent.ExecutorService threads =
        java.util.concurrent.Executors.newFixedThreadPool(requests.length);
    List<CompletableFuture<ResponseEntity<Map<String, Object>>>> sent =
        List.of(requests).stream()
            .map(
                request ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            together.await(10, TimeUnit.SECONDS);
                          } catch (Exception interrupted) {
                            throw new IllegalStateException(interrupted);
                          }
                          return request.get();
                        },
                        threads))
            .toList();
    List<ResponseEntity<Map<String, Object>>> answers = new java.util.ArrayList<>();
    for (CompletableFuture<ResponseEntity<Map<String, Object>>> answer : sent) {
      answers.add(answer.get(30, TimeUnit.SECONDS));
    }
    threads.shutdown();
    return answers;
  }
}
