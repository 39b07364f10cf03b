package org.accord.agreement.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.REVISE_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_PARTNER;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A proposal travels from submission to an active agreement through the REST APIs, each task
 * completed by a user of its group, on the real embedded PostgreSQL.
 */
@AccordIntegrationTest
class AgreementLifecycleIntegrationTest {

  @Autowired Api api;
  @Autowired IdentityService identityService;

  @Test
  void largeProposalFromANewPartner_travelsThroughEveryStageToAnActiveAgreement() {
    String code = newPartner("ARABTEL", "الاتحاد العربي للاتصالات", "arabtel-rep");

    String reference = propose(code, "250000.00", "USD");

    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    assertThat(status(reference)).isEqualTo("DUE_DILIGENCE");
    api.reviewDueDiligence(reference, "CLEAR", "CLEAR");
    assertThat(status(reference)).isEqualTo("INTERNAL_APPROVAL");
    assertThat(api.tasks("head", reference, APPROVE_AGREEMENT).get(0))
        .containsEntry("name", "Approve agreement");
    api.complete("head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete("director", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    assertThat(status(reference)).isEqualTo("DONOR_APPROVAL");
    api.complete(
        "arabtel-rep",
        reference,
        DONOR_SIGN_OFF,
        Map.of("donorDecision", "APPROVE", "donorComment", "موافق"));
    api.awaitStatus(reference, "MOU_SIGNING");
    api.signForTheAgency("signatory", reference);
    api.complete(
        "arabtel-rep",
        reference,
        SIGN_MOU_PARTNER,
        Map.of("partnerSignatory", "ليلى حسن", "partnerSigned", true));
    api.awaitStatus(reference, "ACTIVE");

    Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(agreement).containsEntry("status", "ACTIVE");
    assertThat((List<Map<String, Object>>) agreement.get("history"))
        .extracting(change -> change.get("status"))
        .containsExactly(
            "SCREENING",
            "DUE_DILIGENCE",
            "INTERNAL_APPROVAL",
            "DONOR_APPROVAL",
            "MOU_SIGNING",
            "ACTIVE");
    // Nothing to report before the first period ends.
    assertThat(api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT)).isEmpty();
    assertThat(api.getList("arabtel-rep", "/api/agreements/" + reference + "/reports").getBody())
        .extracting(report -> (Map<String, Object>) report.get("period"))
        .extracting(
            period ->
                period.get("endsOn") + " due " + period.get("dueOn") + " " + period.get("status"))
        .containsExactly(
            "2027-06-30 due 2027-07-30 NOT_YET_DUE",
            "2027-12-31 due 2028-01-30 NOT_YET_DUE",
            "2028-06-30 due 2028-07-30 NOT_YET_DUE",
            "2028-12-31 due 2029-01-30 NOT_YET_DUE");
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/reports").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("officer", "/api/partners/" + code).getBody())
        .containsEntry("dueDiligenceOutcome", "CLEARED")
        .containsEntry("riskRating", "LOW");

    // The partner's due diligence is now valid: its next agreement skips a fresh one.
    String next = propose(code, "20000.00", "USD");
    api.complete("officer2", next, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    assertThat(status(next)).isEqualTo("INTERNAL_APPROVAL");
    assertThat(api.tasks("legal", next, LEGAL_REVIEW)).isEmpty();
  }

  @Test
  void proposalInEuros_isConvertedAndAboveTheThresholdNeedsTheDirector() {
    // 92,592.60 EUR at 1.08 USD is 100,000.01 USD.
    String reference = propose("JICA", "92592.60", "EUR");
    Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(agreement)
        .containsEntry("amount", "92592.60")
        .containsEntry("amountUsd", "100000.01");

    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    // Another test may have cleared JICA already; a valid due diligence is not done twice.
    if (!api.tasks("legal", reference, LEGAL_REVIEW).isEmpty()) {
      api.reviewDueDiligence(reference, "CLEAR", "CLEAR");
    }
    api.complete("head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(api.tasks("director", reference, APPROVE_AGREEMENT)).hasSize(1);
  }

  @Test
  void blockingLegalFinding_rejectsTheAgreement() {
    String reference =
        propose(newPartner("LITIGA", "Litigation Holdings Ltd", "litiga-rep"), "1000.00", "USD");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    api.reviewDueDiligence(reference, "BLOCKING", "CLEAR");

    assertThat(status(reference)).isEqualTo("REJECTED");
  }

  @Test
  void donorRequestingChanges_returnsTheProposalToItsInitiatorWhoseRevisionIsScreenedAgain() {
    String reference =
        propose(
            newPartner("TELEDEV", "Τηλεπικοινωνίες για την Ανάπτυξη", "teledev-rep"),
            "50000.00",
            "USD");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    api.reviewDueDiligence(reference, "CLEAR", "CLEAR");
    api.complete("head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
    api.complete(
        "teledev-rep",
        reference,
        DONOR_SIGN_OFF,
        Map.of("donorDecision", "REQUEST_CHANGES", "donorComment", "Add Uganda"));

    assertThat(status(reference)).isEqualTo("IN_REVISION");
    assertThat(api.tasks("officer", reference, REVISE_PROPOSAL).get(0))
        .containsEntry("assignee", "officer");
    ResponseEntity<Map<String, Object>> invalid =
        api.complete("officer", reference, REVISE_PROPOSAL, revision("-1.00"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("message").toString()).contains("amount");
    assertThat(status(reference)).isEqualTo("IN_REVISION");

    api.complete("officer", reference, REVISE_PROPOSAL, revision("60000.00"));

    Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(agreement)
        .containsEntry("status", "SCREENING")
        .containsEntry("amount", "60000.00")
        .containsEntry("priority", "DIGITAL_TRANSFORMATION")
        .containsEntry("beneficiaryCountries", List.of("RW", "KE", "UG"));
  }

  private Map<String, Object> revision(String amount) {
    return Map.of(
        "title", "Rural broadband toolkit",
        "amount", amount,
        "currency", "USD",
        "startDate", "2027-01-01",
        "endDate", "2028-12-31",
        "beneficiaryCountries", "RW, KE, UG",
        "priority", "DIGITAL_TRANSFORMATION",
        "revisionNote", "Uganda added as the donor asked");
  }

  private String propose(String partnerCode, String amount, String currency) {
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/agreements", Proposals.valid(partnerCode, amount, currency));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody())
        .containsEntry("status", "SCREENING")
        .containsKey("processInstanceId");
    return (String) created.getBody().get("reference");
  }

  private String status(String reference) {
    return (String) api.get("officer", "/api/agreements/" + reference).getBody().get("status");
  }

  /** Registers a partner through the API, with one representative in its donor group. */
  private String newPartner(String code, String name, String representative) {
    api.newPartner(code, name);
    representative(representative, "donor-" + code);
    return code;
  }

  private void representative(String userId, String group) {
    User user = identityService.newUser(userId);
    user.setFirstName("Leila");
    user.setLastName("Hassan");
    user.setPassword(Api.PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, group);
  }
}
