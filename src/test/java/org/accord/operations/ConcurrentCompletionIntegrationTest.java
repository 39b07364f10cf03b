package org.accord.operations;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/** Two clients completing one task: the first wins, the second is told it came too late. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class ConcurrentCompletionIntegrationTest {

  @Autowired Api api;

  /** A second screener: the proposals' initiator, officer, may not screen them. */
  private String secondOfficer() {
    if (api.get("admin", "/engine-rest/user/officer3/profile").getStatusCode().value() == 404) {
      api.newUser("officer3", "partnership-officers");
    }
    return "officer3";
  }

  @Test
  void secondCompletionOfATask_isAConflict_namingWhoCompletedIt() {
    String reference = api.propose("GSMA", "3000.00");
    String task = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    ResponseEntity<Map<String, Object>> first = screen("officer2", task);
    ResponseEntity<Map<String, Object>> second = screen(secondOfficer(), task);

    assertThat(first.getStatusCode().value()).isEqualTo(204);
    assertThat(second.getStatusCode().value()).isEqualTo(409);
    assertThat(second.getBody().get("message").toString()).contains(task, "already completed");
    assertThat(
            (List<Map<String, Object>>)
                api.get("officer", "/api/agreements/" + reference).getBody().get("decisions"))
        .as("one screening decision recorded")
        .filteredOn(decision -> SCREEN_PROPOSAL.equals(decision.get("taskKey")))
        .hasSize(1);
  }

  @Test
  void twoClientsCompletingATaskAtOnce_oneSucceeds_theOtherGetsAConflict() throws Exception {
    for (int round = 0; round < 5; round++) {
      String reference = api.propose("GSMA", "3100.00");
      String task = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> clients =
          List.of("officer2", secondOfficer()).stream()
              .map(
                  user ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            await(start);
                            return screen(user, task).getStatusCode().value();
                          }))
              .toList();
      start.countDown();

      assertThat(clients.stream().map(CompletableFuture::join).toList())
          .as("round %s", round)
          .containsExactlyInAnyOrder(204, 409);
      assertThat(
              (List<Map<String, Object>>)
                  api.get("officer", "/api/agreements/" + reference).getBody().get("decisions"))
          .as("one screening decision recorded")
          .filteredOn(decision -> SCREEN_PROPOSAL.equals(decision.get("taskKey")))
          .hasSize(1);
    }
  }

  @Test
  void completingATaskThatNeverExisted_isNoConflict() {
    ResponseEntity<Map<String, Object>> unknown = screen("officer2", "no-such-task");
    assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    assertThat(unknown.getBody().get("message").toString()).contains("Not found");
  }

  private ResponseEntity<Map<String, Object>> screen(String user, String task) {
    return api.post(
        user,
        "/engine-rest/task/" + task + "/complete",
        Map.of("variables", Api.engineVariables(Map.of("screeningDecision", "ACCEPT"))));
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
