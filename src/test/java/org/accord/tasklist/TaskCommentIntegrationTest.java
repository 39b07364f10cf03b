package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * Whoever may work on a task comments on it, a donor on their own task too, and the officers hear
 * of a donor's question by e-mail; nobody comments on a task they may not see, and an empty comment
 * is refused naming the field.
 */
@AccordIntegrationTest
class TaskCommentIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;

  @Test
  void theScreenerAndTheDonorCommentOnTheTasksTheyWorkOn() {
    String reference = api.propose("JICA", "2600.00");
    String screening = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    assertThat(comment("officer2", screening, "Asked the partner for its statutes"))
        .isEqualTo(HttpStatus.OK);

    api.throughApproval(reference);
    String signOff = (String) api.tasks("jica", reference, DONOR_SIGN_OFF).get(0).get("id");
    assertThat(comment("jica", signOff, "Can the first instalment move to March?"))
        .isEqualTo(HttpStatus.OK);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(smtp.getReceivedMessages())
                    .anySatisfy(
                        mail -> {
                          assertThat(mail.getSubject()).contains("asks about " + reference);
                          assertThat(mail.getAllRecipients()[0].toString()).contains("officer");
                        }));
    assertThat(api.getList("jica", "/engine-rest/task/" + signOff + "/comment").getBody())
        .singleElement()
        .satisfies(
            comment ->
                assertThat(comment)
                    .containsEntry("userId", "jica")
                    .containsEntry("message", "Can the first instalment move to March?"));
  }

  @Test
  void nobodyCommentsOnATaskTheyMayNotSee_andAnEmptyCommentIsRefused() {
    String reference = api.propose("JICA", "2650.00");
    String screening = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    assertThat(comment("gsma", screening, "Not mine")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(comment("officer2", screening, "  ")).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.getList("officer2", "/engine-rest/task/" + screening + "/comment").getBody())
        .isEmpty();
  }

  private HttpStatus comment(String user, String task, String message) {
    return HttpStatus.valueOf(
        api.post(user, "/engine-rest/task/" + task + "/comment/create", Map.of("message", message))
            .getStatusCode()
            .value());
  }
}
