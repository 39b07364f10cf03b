package org.accord.security;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * What the agency keeps to itself (its risk rating and due-diligence outcome of the partner, its
 * screening and approval comments and decisions, its approvers, the initiator) is not readable by
 * the partner's representative through any face, while the agency's staff still read it.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class AgencyAssessmentIntegrationTest {

  private static final List<String> AGENCY_ONLY =
      List.of(
          "riskRating",
          "dueDiligenceOutcome",
          "dueDiligenceRequired",
          "screeningDecision",
          "screeningComment",
          "approvalDecision",
          "approvalComment",
          "approverGroups",
          "initiator",
          "donorProfile",
          "dueDiligenceFindings");

  @Autowired Api api;

  private String reference;
  private String processInstanceId;
  private String taskId;

  @BeforeEach
  void agreementAtTheDonorsSignOff() {
    reference = api.propose("JICA", "2100.00");
    api.complete(
        "officer2",
        reference,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", "ACCEPT", "screeningComment", "Weak partner, watch closely"));
    if (!api.tasks("legal", reference, LEGAL_REVIEW).isEmpty()) {
      api.reviewDueDiligence(reference, "CONCERNS", "CLEAR");
    }
    api.complete(
        "head",
        reference,
        APPROVE_AGREEMENT,
        Map.of("approvalDecision", "APPROVE", "approvalComment", "Only because of the budget"));
    Map<String, Object> task = api.tasks("jica", reference, DONOR_SIGN_OFF).get(0);
    taskId = (String) task.get("id");
    processInstanceId = (String) task.get("processInstanceId");
  }

  @Test
  void theDonorsTaskShowsTheAgreementButNotTheAgencysAssessment() {
    Map<String, Object> variables =
        api.get("jica", "/engine-rest/task/" + taskId + "/variables").getBody();
    Map<String, Object> formVariables =
        api.get("jica", "/engine-rest/task/" + taskId + "/form-variables").getBody();

    assertThat(variables).containsKeys("title", "amount", "partnerName");
    assertThat(variables).doesNotContainKeys(AGENCY_ONLY.toArray(String[]::new));
    assertThat(formVariables).doesNotContainKeys(AGENCY_ONLY.toArray(String[]::new));
  }

  @Test
  void theDonorReadsNoVariableOfTheProcessOrItsHistory() {
    for (String path :
        List.of(
            "/engine-rest/variable-instance",
            "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId,
            "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId,
            "/engine-rest/history/detail?processInstanceId=" + processInstanceId)) {
      ResponseEntity<List<Map<String, Object>>> read = api.getList("jica", path);
      if (read.getStatusCode().is2xxSuccessful()) {
        assertThat(read.getBody())
            .as(path)
            .extracting(variable -> (String) variable.get("name"))
            .doesNotContainAnyElementsOf(AGENCY_ONLY);
      } else {
        assertThat(read.getStatusCode().is4xxClientError()).as(path).isTrue();
      }
    }
    ResponseEntity<Map<String, Object>> instance =
        api.get("jica", "/engine-rest/process-instance/" + processInstanceId + "/variables");
    assertThat(instance.getStatusCode().is4xxClientError()).isTrue();
  }

  @Test
  void theDonorDoesNotSeeTheRiskRatingTheAgencyGaveIt() {
    assertThat(api.get("jica", "/api/partners/JICA").getBody())
        .containsEntry("code", "JICA")
        .doesNotContainKeys("riskRating", "dueDiligenceOutcome", "dueDiligenceExpiresOn");
    assertThat(api.getList("jica", "/api/partners").getBody())
        .allSatisfy(partner -> assertThat(partner).doesNotContainKey("riskRating"));
    assertThat(api.get("officer", "/api/partners/JICA").getBody()).containsKey("riskRating");
  }

  @Test
  void theDonorReadsTheirAgreementWithoutWhoInTheAgencyProposedOrMovedIt() {
    Map<String, Object> seen = api.get("jica", "/api/agreements/" + reference).getBody();

    assertThat(seen)
        .containsEntry("reference", reference)
        .doesNotContainKeys("decisions", "initiator");
    assertThat((List<Map<String, Object>>) seen.get("history"))
        .isNotEmpty()
        .allSatisfy(change -> assertThat(change).doesNotContainKey("changedBy"));
    assertThat(api.getList("jica", "/api/agreements?partner=JICA").getBody())
        .allSatisfy(agreement -> assertThat(agreement).doesNotContainKey("initiator"));
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("initiator", "officer");
  }

  @Test
  void theAgencysStaffStillReadItsCommentsAndAssessment() {
    List<Map<String, Object>> decisions =
        (List<Map<String, Object>>)
            api.get("officer", "/api/agreements/" + reference).getBody().get("decisions");
    assertThat(decisions)
        .extracting(decision -> decision.get("taskKey") + ": " + decision.get("comment"))
        .contains(
            "screenProposal: Weak partner, watch closely",
            "approveAgreement: Only because of the budget");
    assertThat(
            api.getList(
                    "manager",
                    "/engine-rest/history/variable-instance?processInstanceId="
                        + processInstanceId
                        + "&variableName=riskRating&includeDeleted=true")
                .getBody())
        .isNotEmpty();
  }
}
