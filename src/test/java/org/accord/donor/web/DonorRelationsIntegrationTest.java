package org.accord.donor.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Donor profiles and matching through the REST API, with donors of the test's own. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class DonorRelationsIntegrationTest {

  @Autowired Api api;

  @Test
  void profileIsKeptByOfficers_readByTheDonorItself_andHiddenFromOtherDonors() {
    api.newPartner("PROFA", "Profile Foundation");
    api.newUser("profa", "donor-PROFA");

    ResponseEntity<Map<String, Object>> saved =
        api.put("officer", "/api/partners/PROFA/profile", connectivityInAfrica("QUARTERLY"));

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody())
        .containsEntry("partnerCode", "PROFA")
        .containsEntry("priorities", List.of("AFFORDABLE_CONNECTIVITY"))
        .containsEntry("ticketMin", "50000.00")
        .containsEntry("reportingFrequency", "QUARTERLY")
        .containsEntry("updatedBy", "officer");
    assertThat((List<Map<String, Object>>) saved.getBody().get("contacts"))
        .containsExactly(
            Map.of(
                "name",
                "Amina Diallo",
                "role",
                "Programme officer",
                "email",
                "amina@profa.example"));
    assertThat(api.get("profa", "/api/partners/PROFA/profile").getBody())
        .containsEntry("countryGroups", List.of("LDC"));
    assertThat(api.get("gsma", "/api/partners/PROFA/profile").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            api.put("profa", "/api/partners/PROFA/profile", connectivityInAfrica("ANNUAL"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.put("officer", "/api/partners/NOBODY/profile", connectivityInAfrica("ANNUAL"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void badProfile_isRefusedWithEveryFieldNamed_andTheOldOneKept() {
    api.newPartner("PROFB", "Bad Input Trust");
    api.put("officer", "/api/partners/PROFB/profile", connectivityInAfrica("ANNUAL"));
    Map<String, Object> bad = connectivityInAfrica("QUARTERLY");
    bad.put("countries", List.of("KE", "XX"));
    bad.put("ticketMin", "900000.00");
    bad.put("ticketMax", "1000.001");
    bad.put("ticketCurrency", "ZZZ");
    bad.put("contacts", List.of(Map.of("name", " ", "email", "not an address")));

    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", "/api/partners/PROFB/profile", bad);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "countries[1]", "ticketCurrency", "ticketMax", "contacts[0].name", "contacts[0].email");
    bad.put("ticketMax", "1000.00");
    bad.put("ticketCurrency", "USD");
    bad.put("countries", List.of("KE"));
    bad.put("contacts", List.of());
    assertThat(fields(api.put("officer", "/api/partners/PROFB/profile", bad)))
        .containsExactly("ticketMax");
    ResponseEntity<Map<String, Object>> unknownPriority =
        api.putRaw("officer", "/api/partners/PROFB/profile", "{\"priorities\": [\"WORLD_PEACE\"]}");
    assertThat(fields(unknownPriority)).containsExactly("priorities[0]");
    assertThat(api.get("officer", "/api/partners/PROFB/profile").getBody())
        .containsEntry("reportingFrequency", "ANNUAL")
        .containsEntry("ticketMin", "50000.00");
  }

  @Test
  void proposalWithoutAFrequency_takesTheDonorsRequiredOne_andReviewersSeeTheProfile() {
    api.newPartner("PROFC", "Quarterly Reporting Fund");
    api.put("officer", "/api/partners/PROFC/profile", connectivityInAfrica("QUARTERLY"));
    Map<String, Object> proposal = Proposals.valid("PROFC", "80000.00", "USD");
    proposal.remove("reportingFrequency");

    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = (String) created.getBody().get("reference");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("reportingFrequency", "QUARTERLY");
    String taskId = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");
    Map<String, Object> donorProfile =
        (Map<String, Object>)
            api.get(
                    "officer2",
                    "/engine-rest/task/" + taskId + "/form-variables?variableNames=donorProfile")
                .getBody()
                .get("donorProfile");
    assertThat(donorProfile.get("value").toString())
        .contains(
            "Funds: AFFORDABLE_CONNECTIVITY", "Typical contribution: 50000.00 to 500000.00 USD");

    api.newPartner("PROFD", "No Profile Yet");
    Map<String, Object> noDefault = Proposals.valid("PROFD", "80000.00", "USD");
    noDefault.remove("reportingFrequency");
    ResponseEntity<Map<String, Object>> refused = api.post("officer", "/api/agreements", noDefault);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("reportingFrequency");
  }

  @Test
  void donorsAreRankedForAProposalByFit_andProposalsForADonor_withTheReasons() {
    api.newPartner("MATCHA", "Connectivity Fund");
    api.newPartner("MATCHB", "Pacific Digital Trust");
    api.newPartner("MATCHC", "Applicant Cooperative");
    api.put("officer", "/api/partners/MATCHA/profile", connectivityInAfrica("ANNUAL"));
    Map<String, Object> pacific = connectivityInAfrica("ANNUAL");
    pacific.put("priorities", List.of("DIGITAL_TRANSFORMATION"));
    pacific.put("regions", List.of("ASIA_PACIFIC"));
    pacific.put("countries", List.of());
    pacific.put("countryGroups", List.of("SIDS"));
    pacific.put("ticketMin", "1000000.00");
    pacific.put("ticketMax", null);
    api.put("officer", "/api/partners/MATCHB/profile", pacific);
    // Rwanda is an LDC, Kenya is named by MATCHA: both countries are its focus.
    String reference = api.propose("MATCHC", "100000.00");

    Map<String, Object> ranking =
        api.get("officer", "/api/agreements/" + reference + "/donor-matches").getBody();

    assertThat(ranking.get("rule").toString()).startsWith("Out of 100. Priority 30");
    List<Map<String, Object>> matches = (List<Map<String, Object>>) ranking.get("matches");
    Map<String, Object> best = matches.get(0);
    assertThat(best).containsEntry("partnerCode", "MATCHA").containsEntry("score", 85);
    assertThat((List<Map<String, Object>>) best.get("reasons"))
        .extracting(reason -> reason.get("factor") + " " + reason.get("points"))
        .containsExactly("priority 30", "region 15", "countries 20", "amount 20", "trackRecord 0");
    assertThat(matches)
        .filteredOn(match -> match.get("partnerCode").equals("MATCHB"))
        .singleElement()
        .satisfies(match -> assertThat(match).containsEntry("score", 0));

    List<Map<String, Object>> opportunities =
        (List<Map<String, Object>>)
            api.get("manager", "/api/partners/MATCHA/opportunities").getBody().get("matches");
    assertThat(opportunities)
        .filteredOn(opportunity -> opportunity.get("reference").equals(reference))
        .singleElement()
        .satisfies(opportunity -> assertThat(opportunity).containsEntry("score", 85));
    assertThat(opportunities)
        .extracting(opportunity -> (Integer) opportunity.get("score"))
        .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
  }

  @Test
  void matchingIsForStaff_andUnknownsAreNotFound() {
    String reference = api.propose("GSMA", "5000.00");
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/donor-matches").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("gsma", "/api/partners/GSMA/opportunities").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("officer", "/api/agreements/PA-1999-0001/donor-matches").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.get("officer", "/api/partners/NOBODY/opportunities").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static Map<String, Object> connectivityInAfrica(String frequency) {
    Map<String, Object> profile = new HashMap<>();
    profile.put("priorities", List.of("AFFORDABLE_CONNECTIVITY"));
    profile.put("regions", List.of("AFRICA"));
    profile.put("countries", List.of("KE"));
    profile.put("countryGroups", List.of("LDC"));
    profile.put("ticketMin", "50000.00");
    profile.put("ticketMax", "500000.00");
    profile.put("ticketCurrency", "USD");
    profile.put("reportingFrequency", frequency);
    profile.put("reportingFormat", "AGENCY_STANDARD");
    profile.put("conditions", "Visibility of the donor's logo on every output");
    profile.put(
        "contacts",
        List.of(
            Map.of(
                "name",
                "Amina Diallo",
                "role",
                "Programme officer",
                "email",
                "amina@profa.example")));
    return profile;
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
