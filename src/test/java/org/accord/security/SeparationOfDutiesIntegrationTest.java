package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Separation of duties holds in the engine: completing anyway is refused with 403. */
@AccordIntegrationTest
class SeparationOfDutiesIntegrationTest {

  @Autowired Api api;
  @Autowired IdentityService identityService;

  @Test
  void theInitiatorIsRefusedWhenClaimingTheScreeningOfTheirOwnProposal_beforeFillingIt() {
    String reference = api.propose("JICA", "1450.00");
    String task = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    ResponseEntity<Map<String, Object>> claimed =
        api.post("officer", "/engine-rest/task/" + task + "/claim", Map.of("userId", "officer"));

    assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(claimed.getBody().get("message").toString()).contains("initiator-screener");
    assertThat(api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("assignee")).isNull();
    assertThat(
            api.post(
                    "officer2",
                    "/engine-rest/task/" + task + "/claim",
                    Map.of("userId", "officer2"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void initiatorCannotScreenTheirOwnProposal() {
    String reference = api.propose("JICA", "1500.00");

    ResponseEntity<Map<String, Object>> refused =
        api.complete("officer", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.tasks("officer2", reference, SCREEN_PROPOSAL)).hasSize(1);
  }

  @Test
  void onePersonCannotGiveBothApprovalsOfAnAgreement() {
    user("acting-head", "head-of-partnerships", "director");
    String reference = screenedAndCleared("250000.00");
    api.complete(
        "acting-head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    ResponseEntity<Map<String, Object>> second =
        api.complete(
            "acting-head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.complete(
                    "director", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(
            (List<Map<String, Object>>)
                api.get("officer", "/api/agreements/" + reference).getBody().get("decisions"))
        .extracting(decision -> decision.get("taskKey") + ":" + decision.get("decidedBy"))
        .contains(
            "screenProposal:officer2", "approveAgreement:acting-head", "approveAgreement:director");
  }

  @Test
  void approverCannotSignTheMouForTheAgency() {
    user("signing-head", "head-of-partnerships", "signatories");
    String reference = screenedAndCleared("20000.00");
    api.complete(
        "signing-head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete(
        "jica",
        reference,
        DONOR_SIGN_OFF,
        Map.of("donorDecision", "APPROVE", "donorComment", "Agreed"));

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "signing-head",
            reference,
            SIGN_MOU_AGENCY,
            Map.of("agencySignatory", "Signing Head", "agencySigned", true));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.signForTheAgency("signatory", reference).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void whoScreenedAProposalCannotApproveIt() {
    user("screening-head", "partnership-officers", "head-of-partnerships");
    String reference = api.propose("JICA", "1700.00");
    api.complete(
        "screening-head", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    if (!api.tasks("legal", reference, LEGAL_REVIEW).isEmpty()) {
      api.reviewDueDiligence(reference, "CLEAR", "CLEAR");
    }

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "screening-head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("screener-approver");
  }

  @Test
  void theInitiatorCannotSignTheMouForTheAgency() {
    user("signing-officer", "partnership-officers", "signatories");
    ResponseEntity<Map<String, Object>> proposed =
        api.post(
            "signing-officer",
            "/api/agreements",
            org.accord.testing.Proposals.valid("JICA", "1800.00", "USD"));
    String reference = (String) proposed.getBody().get("reference");
    api.throughApproval(reference);
    api.complete("jica", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "signing-officer",
            reference,
            SIGN_MOU_AGENCY,
            Map.of("agencySignatory", "Signing Officer", "agencySigned", true));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("initiator-signatory");
  }

  @Test
  void theRequesterOfAnAmendmentCannotEndorseIt() {
    String reference = api.toActive("GSMA", "14000.00");
    api.post(
        "officer",
        "/api/agreements/" + reference + "/amendments",
        Map.of("justification", "Name as signed", "title", "Rural schools online"));

    ResponseEntity<Map<String, Object>> refused =
        api.complete("officer", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("requester-endorser");
    assertThat(
            api.complete(
                    "officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void whoSubmittedAProgressReportCannotReviewIt() {
    user("reporting-manager", "partnership-officers", "managers");
    String reference = api.toActive("GSMA", "16000.00");
    api.fire(reference, 1, "PeriodEnded");
    api.complete(
        "reporting-manager",
        reference,
        SUBMIT_PROGRESS_REPORT,
        Map.of(
            "reportNarrative", "Survey done",
            "expenditure", "1000.00",
            "indicatorActuals",
                Map.of("type", "Json", "value", "[{\"code\":\"1.1\",\"value\":10}]")));

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "reporting-manager",
            reference,
            REVIEW_PROGRESS_REPORT,
            Map.of("reportDecision", "ACCEPT"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().get("message").toString()).contains("submitter-reviewer");
  }

  @Test
  void donorsDoNotSeeTheAgencysInternalDecisions() {
    String reference = api.propose("JICA", "1200.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));

    assertThat(api.get("jica", "/api/agreements/" + reference).getBody())
        .doesNotContainKey("decisions");
  }

  private String screenedAndCleared(String amount) {
    String reference = api.propose("JICA", amount);
    api.screenAndClear(reference);
    return reference;
  }

  private void user(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setPassword(Api.PASSWORD);
    identityService.saveUser(user);
    for (String group : groups) {
      identityService.createMembership(id, group);
    }
  }
}
