package org.accord.agreement.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A task completed through engine-rest with a bad decision is refused and stays open. */
@AccordIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TaskDecisionIntegrationTest {

  @Autowired Api api;

  private String reference;

  @BeforeEach
  void proposal() {
    reference = api.propose("JICA", "5000.00");
  }

  @Test
  void decisionOutsideTheClosedSetIsRefusedNamingTheVariable() {
    ResponseEntity<Map<String, Object>> refused =
        api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "MAYBE"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("screeningDecision: must be one of [ACCEPT, REJECT, REVISE], not 'MAYBE'");
    assertThat(api.tasks("officer", reference, SCREEN_PROPOSAL)).hasSize(1);
  }

  @Test
  void missingDecisionIsRefused() {
    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer2", reference, SCREEN_PROPOSAL, Map.of("screeningComment", "Looks fine"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("screeningDecision");
  }

  @Test
  void rejectionWithoutAReasonIsRefusedAndWithOneEndsTheAgreement() {
    ResponseEntity<Map<String, Object>> refused =
        api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "REJECT"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("screeningComment: is required when screeningDecision is REJECT");

    ResponseEntity<Map<String, Object>> rejected =
        api.complete(
            "officer2",
            reference,
            SCREEN_PROPOSAL,
            Map.of(
                "screeningDecision", "REJECT", "screeningComment", "Outside the ITU-D priorities"));

    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "REJECTED");
  }

  @Test
  void decisionOfAnEarlierApproverDoesNotCountForTheNextOne() {
    String large = api.propose("JICA", "250000.00");
    api.screenAndClear(large);
    api.complete("head", large, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    ResponseEntity<Map<String, Object>> empty =
        api.complete("director", large, APPROVE_AGREEMENT, Map.of());

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().get("message").toString()).contains("approvalDecision");
  }

  @Test
  void aRefusedDecisionIsLoggedAsOneLine_notAsAnError(CapturedOutput output) {
    String reference = api.propose("JICA", "2700.00");

    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "MAYBE"));

    assertThat(output.getOut())
        .contains("Refused: screeningDecision: must be one of [ACCEPT, REJECT, REVISE]")
        .doesNotContain("ENGINE-16004");
  }

  @Test
  void variablesSetAlongsideADecision_areRefused_andCannotRerouteTheApproval() {
    String large = api.propose("JICA", "250000.00");
    ResponseEntity<Map<String, Object>> forged =
        api.complete(
            "officer2",
            large,
            SCREEN_PROPOSAL,
            Map.of(
                "screeningDecision",
                "ACCEPT",
                "amountUsd",
                "1.00",
                "riskRating",
                "LOW",
                "donorGroup",
                "donor-GSMA"));
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(forged.getBody().get("message").toString())
        .contains("amountUsd", "riskRating", "donorGroup");
    api.screenAndClear(large);
    api.complete("head", large, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(api.tasks("director", large, APPROVE_AGREEMENT)).hasSize(1);
    api.complete("director", large, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    assertThat(api.tasks("jica", large, DONOR_SIGN_OFF)).hasSize(1);
    assertThat(api.tasks("gsma", large, DONOR_SIGN_OFF))
        .as("the task is JICA's, whatever a variable says")
        .isEmpty();
  }
}
