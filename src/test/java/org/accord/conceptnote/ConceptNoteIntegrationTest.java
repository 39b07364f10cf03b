package org.accord.conceptnote;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.conceptnote.ConceptNoteIntakeProcess.Tasks.REVIEW_CONCEPT_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PartnerProposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A member's concept note through its review, over the API and engine-rest as the member and the
 * officers meet it: a question answered, accepted as a proposal pre-filled from the note; declined
 * with a reason; and everything refused that should be, with nothing written.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class ConceptNoteIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;

  @Test
  void
      aNoteAskedAbout_answered_andAccepted_becomesTheMembersProposal_andTheMemberHearsOfEachStep() {
    String member = newMember("CN");
    long id = submit(member, PartnerProposals.conceptNote());
    String businessKey = ConceptNoteIntakeProcess.businessKey(id);
    awaitMail(member, "Concept note " + id + " received");

    api.complete(
        "officer",
        businessKey,
        REVIEW_CONCEPT_NOTE,
        Map.of("conceptNoteDecision", "ASK", "conceptNoteComment", "Which districts first?"));
    awaitMail(member, "A question about concept note " + id);
    assertThat(api.get(rep(member), "/api/concept-notes/" + id).getBody())
        .containsEntry("status", "QUESTION_ASKED");

    ResponseEntity<Map<String, Object>> answered =
        api.post(
            rep(member),
            "/api/concept-notes/" + id + "/answers",
            Map.of("answer", "Gasabo and Kicukiro, then the rest"));
    assertThat(answered.getStatusCode().value()).isEqualTo(200);
    assertThat((List<Map<String, Object>>) answered.getBody().get("exchanges"))
        .extracting(exchange -> exchange.get("kind") + ": " + exchange.get("body"))
        .containsExactly(
            "QUESTION: Which districts first?", "ANSWER: Gasabo and Kicukiro, then the rest");

    api.complete("officer", businessKey, REVIEW_CONCEPT_NOTE, PartnerProposals.acceptance());

    Map<String, Object> accepted = api.get(rep(member), "/api/concept-notes/" + id).getBody();
    assertThat(accepted).containsEntry("status", "ACCEPTED").containsEntry("decidedBy", "officer");
    String reference = (String) accepted.get("agreementReference");
    Map<String, Object> proposal = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(proposal)
        .containsEntry("title", "Community networks for rural schools")
        .containsEntry("partnerCode", member)
        .containsEntry("priority", "AFFORDABLE_CONNECTIVITY")
        .containsEntry("region", "AFRICA")
        .containsEntry("amount", "180000.00")
        .containsEntry("currency", "EUR")
        .containsEntry("status", "SCREENING")
        .containsEntry("initiator", "officer")
        .containsEntry("beneficiaryCountries", List.of("RW", "BI"))
        .containsEntry("outputTypes", List.of("TECHNICAL_INTERVENTIONS"))
        .containsEntry("reportingFrequency", "SEMI_ANNUAL")
        .containsEntry("coPartners", List.of())
        .containsEntry("contribution", "Spectrum and two engineers for a year")
        .containsEntry("sought", "Co-financing of equipment and training of trainers");
    // The officer screening the proposal reads what the member offers and seeks in its task.
    String screening = (String) api.tasks("officer", reference, SCREEN_PROPOSAL).get(0).get("id");
    assertThat(variable(screening, "contribution"))
        .isEqualTo("Spectrum and two engineers for a year");
    assertThat(variable(screening, "sought"))
        .isEqualTo("Co-financing of equipment and training of trainers");
    assertThat((List<Map<String, Object>>) proposal.get("results"))
        .singleElement()
        .satisfies(
            objective ->
                assertThat(objective.get("objective"))
                    .isEqualTo("Connect rural schools through community networks"));
    awaitMail(member, "Concept note " + id + " accepted as proposal " + reference);
  }

  @Test
  void
      aNoteAcceptedWithTheMemberAsCoPartner_isTheLeadsProposal_whichTheMemberReads_andNoOtherDonor() {
    String member = newMember("CM");
    String lead = newMember("CL");
    String stranger = newMember("CS");
    long id = submit(member, PartnerProposals.conceptNote());
    Map<String, Object> acceptance = PartnerProposals.acceptance();
    acceptance.put("acceptedAs", "CO_PARTNER");
    acceptance.put("leadPartnerCode", lead);

    api.complete(
        "officer", ConceptNoteIntakeProcess.businessKey(id), REVIEW_CONCEPT_NOTE, acceptance);

    Map<String, Object> note = api.get(rep(member), "/api/concept-notes/" + id).getBody();
    assertThat(note).containsEntry("status", "ACCEPTED");
    String reference = (String) note.get("agreementReference");
    String path = "/api/agreements/" + reference;
    assertThat(api.get(rep(member), path).getBody())
        .containsEntry("partnerCode", lead)
        .containsEntry("coPartners", List.of(member))
        .containsEntry("contribution", "Spectrum and two engineers for a year")
        .containsEntry("amount", "180000.00");
    assertThat(api.get(rep(lead), path).getStatusCode().value()).isEqualTo(200);
    assertThat(portalRow(member, reference))
        .containsEntry("asCoPartner", true)
        .containsEntry("partnerName", "Member " + lead);
    assertThat(portalRow(lead, reference))
        .containsEntry("asCoPartner", false)
        .containsEntry("coPartners", List.of(Map.of("code", member, "name", "Member " + member)));
    String screening = (String) api.tasks("officer", reference, SCREEN_PROPOSAL).get(0).get("id");
    assertThat(variable(screening, "coPartnerNames"))
        .isEqualTo("Member " + member + " (" + member + ")");

    // Another donor probing the agreement finds nothing, in the API as in the portal.
    assertThat(api.get(rep(stranger), path).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get(rep(stranger), path + "/documents").getStatusCode().value()).isEqualTo(404);
    assertThat(
            api.get(rep(stranger), "/api/portal/agreements/" + reference + "/reports")
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(api.get(rep(stranger), "/api/portal/agreements").getBody())
        .containsEntry("total", 0);

    // The lead partner signs off; the co-partner is given none of its tasks.
    api.throughApproval(reference);
    assertThat(api.tasks(rep(lead), reference, DONOR_SIGN_OFF)).hasSize(1);
    assertThat(api.tasks(rep(member), reference, DONOR_SIGN_OFF)).isEmpty();
    assertThat(api.tasks(rep(stranger), reference, DONOR_SIGN_OFF)).isEmpty();
  }

  @Test
  void aCoPartnerAcceptance_withoutAKnownLeadPartner_isRefusedNamingIt_andTheNoteStaysInReview() {
    String member = newMember("CQ");
    long id = submit(member, PartnerProposals.conceptNote());
    String businessKey = ConceptNoteIntakeProcess.businessKey(id);
    Map<String, Object> noLead = PartnerProposals.acceptance();
    noLead.put("acceptedAs", "CO_PARTNER");
    Map<String, Object> unknownLead = new HashMap<>(noLead);
    unknownLead.put("leadPartnerCode", "NOSUCH");
    Map<String, Object> itself = new HashMap<>(noLead);
    itself.put("leadPartnerCode", member);
    Map<String, Object> unknownRole = PartnerProposals.acceptance();
    unknownRole.put("acceptedAs", "SPONSOR");

    assertThat(refusal(api.complete("officer", businessKey, REVIEW_CONCEPT_NOTE, noLead)))
        .contains("leadPartnerCode")
        .contains("is required when the member joins as co-partner");
    assertThat(refusal(api.complete("officer", businessKey, REVIEW_CONCEPT_NOTE, unknownLead)))
        .contains("leadPartnerCode")
        .contains("no partner with code NOSUCH");
    assertThat(refusal(api.complete("officer", businessKey, REVIEW_CONCEPT_NOTE, itself)))
        .contains("leadPartnerCode");
    assertThat(refusal(api.complete("officer", businessKey, REVIEW_CONCEPT_NOTE, unknownRole)))
        .contains("acceptedAs");
    assertThat(api.get(rep(member), "/api/concept-notes/" + id).getBody())
        .containsEntry("status", "IN_REVIEW")
        .doesNotContainKey("agreementReference");
    assertThat(api.tasks("officer", businessKey, REVIEW_CONCEPT_NOTE)).hasSize(1);
  }

  @Test
  void aDeclinedNote_tellsTheMemberWhy() throws Exception {
    String member = newMember("CD");
    long id = submit(member, PartnerProposals.conceptNote());

    api.complete(
        "officer",
        ConceptNoteIntakeProcess.businessKey(id),
        REVIEW_CONCEPT_NOTE,
        Map.of(
            "conceptNoteDecision", "DECLINE",
            "conceptNoteComment", "Already covered by the regional initiative"));

    assertThat(api.get(rep(member), "/api/concept-notes/" + id).getBody())
        .containsEntry("status", "DECLINED")
        .containsEntry("declineReason", "Already covered by the regional initiative");
    MimeMessage declined = awaitMail(member, "Concept note " + id + " declined");
    assertThat(body(declined)).contains("Already covered by the regional initiative");
  }

  @Test
  void anAcceptanceWithoutThePeriod_isRefusedNamingIt_andTheNoteStaysInReview() {
    String member = newMember("CP");
    long id = submit(member, PartnerProposals.conceptNote());

    ResponseEntity<Map<String, Object>> refused =
        api.complete(
            "officer",
            ConceptNoteIntakeProcess.businessKey(id),
            REVIEW_CONCEPT_NOTE,
            Map.of(
                "conceptNoteDecision", "ACCEPT", "agreementType", "MOU", "outputType", "TOOLKITS"));

    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().toString()).contains("startDate");
    assertThat(api.get(rep(member), "/api/concept-notes/" + id).getBody())
        .containsEntry("status", "IN_REVIEW")
        .doesNotContainKey("agreementReference");
    assertThat(api.tasks("officer", ConceptNoteIntakeProcess.businessKey(id), REVIEW_CONCEPT_NOTE))
        .hasSize(1);
  }

  @Test
  void aNoteMissingWhatItNeeds_isRefusedNamingEachField_andNothingIsStored() {
    String member = newMember("CB");
    Map<String, Object> bad = PartnerProposals.conceptNote();
    bad.remove("title");
    bad.put("priority", "WORLD_PEACE");
    bad.put("countries", List.of("RW", "XX"));
    bad.put("estimatedBudget", "12.345");
    bad.put("currency", "EUR");
    bad.remove("sought");

    ResponseEntity<Map<String, Object>> refused = api.post(rep(member), "/api/concept-notes", bad);
    Map<String, Object> unknownCurrency = PartnerProposals.conceptNote();
    unknownCurrency.put("currency", "XYZ");

    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "title", "priority", "countries[1]", "estimatedBudget", "sought");
    assertThat(fields(api.post(rep(member), "/api/concept-notes", unknownCurrency)))
        .containsExactly("currency");
    assertThat(api.get(rep(member), "/api/concept-notes").getBody()).containsEntry("total", 0);
  }

  @Test
  void aMemberSeesItsOwnNotesOnly_andAnswersOnlyWhenAsked_inAFewThousandCharactersAtMost() {
    String member = newMember("CO");
    String other = newMember("CX");
    long id = submit(member, PartnerProposals.conceptNote());
    Map<String, Object> forTheOther = PartnerProposals.conceptNote();
    forTheOther.put("partnerCode", member);

    assertThat(api.get(rep(other), "/api/concept-notes/" + id).getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.get(rep(other), "/api/concept-notes").getBody()).containsEntry("total", 0);
    assertThat(
            api.post(rep(other), "/api/concept-notes/" + id + "/answers", Map.of("answer", "x"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(api.post(rep(other), "/api/concept-notes", forTheOther).getStatusCode().value())
        .isEqualTo(403);
    assertThat(
            api.post(rep(member), "/api/concept-notes/" + id + "/answers", Map.of("answer", "x"))
                .getStatusCode()
                .value())
        .as("no question was asked")
        .isEqualTo(409);
    api.complete(
        "officer",
        ConceptNoteIntakeProcess.businessKey(id),
        REVIEW_CONCEPT_NOTE,
        Map.of("conceptNoteDecision", "ASK", "conceptNoteComment", "How many schools?"));
    assertThat(
            fields(
                api.post(
                    rep(member),
                    "/api/concept-notes/" + id + "/answers",
                    Map.of("answer", "x".repeat(10_000)))))
        .containsExactly("answer");
    assertThat(
            api.post("officer", "/api/concept-notes/" + id + "/answers", Map.of("answer", "40"))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(api.get("officer", "/api/concept-notes/" + id).getBody())
        .containsEntry("status", "QUESTION_ASKED");
  }

  private static String refusal(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return response.getBody().toString();
  }

  /** The task's variable as engine-rest gives it to the officer. */
  private Object variable(String taskId, String name) {
    return api.get("officer", "/engine-rest/task/" + taskId + "/variables/" + name)
        .getBody()
        .get("value");
  }

  /** The agreement's row in the member's portal. */
  private Map<String, Object> portalRow(String member, String reference) {
    return ((List<Map<String, Object>>)
            api.get(rep(member), "/api/portal/agreements").getBody().get("agreements"))
        .stream().filter(row -> reference.equals(row.get("reference"))).findFirst().orElseThrow();
  }

  private long submit(String member, Map<String, Object> note) {
    ResponseEntity<Map<String, Object>> created = api.post(rep(member), "/api/concept-notes", note);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    assertThat(created.getBody()).containsEntry("status", "IN_REVIEW");
    return ((Number) created.getBody().get("id")).longValue();
  }

  private String newMember(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Member " + code);
    api.newUser(rep(code), "donor-" + code);
    return code;
  }

  private static String rep(String member) {
    return member.toLowerCase(Locale.ROOT);
  }

  private MimeMessage awaitMail(String member, String subject) {
    String to = rep(member) + "@accord.example";
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .filter(message -> subjectOf(message).contains(subject))
                    .filter(message -> recipientsOf(message).contains(to))
                    .findFirst()
                    .orElse(null),
            message -> message != null);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static String recipientsOf(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (MessagingException unreadable) {
      return "";
    }
  }

  private static String body(MimeMessage message) throws Exception {
    return com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
