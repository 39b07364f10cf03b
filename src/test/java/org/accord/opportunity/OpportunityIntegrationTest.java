package org.accord.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PartnerProposals;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The forum of opportunities as officers and partners use it: published on purpose, found by its
 * words, asked about without the asker's name, pledged to; and every bad request refused.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class OpportunityIntegrationTest {

  @Autowired Api api;

  @Test
  void aPublishedProposal_isFoundByItsWords_askedAboutAnonymously_andPledgedTo() {
    String asker = api.newPartnerWithRepresentative("OA");
    String pledger = api.newPartnerWithRepresentative("OB");
    long id = publish(api.propose("GSMA", "250000.00"));

    // "schools" is found by "school", stemmed as English; a word it does not have finds nothing.
    assertThat(ids(api.get(Api.representativeOf(pledger), "/api/opportunities?q=school")))
        .contains(id);
    assertThat(ids(api.get(Api.representativeOf(pledger), "/api/opportunities?q=hospital")))
        .doesNotContain(id);
    assertThat(ids(api.get(Api.representativeOf(pledger), "/api/opportunities?region=EUROPE")))
        .doesNotContain(id);

    Map<String, Object> asked =
        api.post(
                Api.representativeOf(asker),
                "/api/opportunities/" + id + "/questions",
                Map.of("question", "Is equipment eligible?"))
            .getBody();
    long questionId = ((Number) questions(asked).get(0).get("id")).longValue();
    assertThat(
            questions(api.get(Api.representativeOf(pledger), "/api/opportunities/" + id).getBody()))
        .singleElement()
        .satisfies(
            question ->
                assertThat(question)
                    .containsEntry("question", "Is equipment eligible?")
                    .doesNotContainKey("askedBy"));
    assertThat(questions(api.get("officer", "/api/opportunities/" + id).getBody()).get(0))
        .containsEntry("askedBy", Api.representativeOf(asker));
    String answer = "/api/opportunities/" + id + "/questions/" + questionId + "/answer";
    api.post("officer", answer, Map.of("answer", "Yes, up to a third of the budget."));
    assertThat(api.post("officer", answer, Map.of("answer", "Again")).getStatusCode().value())
        .isEqualTo(409);
    assertThat(
            questions(api.get(Api.representativeOf(pledger), "/api/opportunities/" + id).getBody())
                .get(0))
        .containsEntry("answer", "Yes, up to a third of the budget.");

    Map<String, Object> interest =
        api.post(
                Api.representativeOf(asker),
                "/api/opportunities/" + id + "/pledges",
                Map.of("note", "Interested"))
            .getBody();
    Map<String, Object> pledged =
        api.post(
                Api.representativeOf(pledger),
                "/api/opportunities/" + id + "/pledges",
                Map.of("amount", "30000.00", "currency", "USD", "note", "From our 2027 budget"))
            .getBody();

    // Interest alone pledges nothing; USD 30,000.00 of the USD 100,000.00 sought leaves a gap of
    // 100,000.00 - 30,000.00 = 70,000.00.
    assertThat(interest).containsEntry("pledged", "0.00").containsEntry("fundingGap", "100000.00");
    assertThat(pledged)
        .containsEntry("pledged", "30000.00")
        .containsEntry("fundingGap", "70000.00");
    Map<String, Object> notes =
        api.get(Api.representativeOf(pledger), "/api/concept-notes").getBody();
    assertThat((List<Map<String, Object>>) notes.get("conceptNotes"))
        .singleElement()
        .satisfies(
            note ->
                assertThat(note)
                    .containsEntry("partnerCode", pledger)
                    .containsEntry("estimatedBudget", "30000.00")
                    .containsEntry("status", "IN_REVIEW"));
  }

  /**
   * Each opportunity is stemmed in its proposal's language: "réseau" finds the French "réseaux",
   * "школы" the Russian "школ", which neither English stemming nor the words as written would.
   */
  @Test
  void anOpportunity_isFoundByTheWordsOfItsOwnLanguage_inAnyOfTheirForms() {
    String partner = api.newPartnerWithRepresentative("OL");
    long french =
        publish(
            proposal("fr", "Réseaux communautaires pour les écoles rurales"),
            "Des réseaux communautaires relient les écoles rurales.");
    long russian =
        publish(
            proposal("ru", "Подключение сельских школ"),
            "Общинные сети для сельских школ и учителей.");

    assertThat(ids(api.get(Api.representativeOf(partner), "/api/opportunities?q=réseau")))
        .contains(french)
        .doesNotContain(russian);
    assertThat(ids(api.get(Api.representativeOf(partner), "/api/opportunities?q=школы")))
        .contains(russian)
        .doesNotContain(french);
  }

  /**
   * Seven questions: the opportunity comes with the first five and says there are seven; the rest
   * are a page away, still without the askers' names for partners; a page too large is refused.
   */
  @Test
  void anOpportunitysQuestions_comeFiveWithIt_andTheRestAPageAtATime() {
    String partner = api.newPartnerWithRepresentative("OQ");
    long id = publish(api.propose("GSMA", "250000.00"));
    for (int question = 1; question <= 7; question++) {
      api.post(
          Api.representativeOf(partner),
          "/api/opportunities/" + id + "/questions",
          Map.of("question", "Question " + question + "?"));
    }

    Map<String, Object> opportunity =
        api.get(Api.representativeOf(partner), "/api/opportunities/" + id).getBody();
    assertThat(opportunity).containsEntry("questionCount", 7);
    assertThat(questions(opportunity))
        .extracting(question -> question.get("question"))
        .containsExactly("Question 1?", "Question 2?", "Question 3?", "Question 4?", "Question 5?");
    Map<String, Object> rest =
        api.get(
                Api.representativeOf(partner),
                "/api/opportunities/" + id + "/questions?page=1&size=5")
            .getBody();
    assertThat(rest).containsEntry("total", 7).containsEntry("page", 1);
    assertThat(questions(rest))
        .extracting(question -> question.get("question"))
        .containsExactly("Question 6?", "Question 7?");
    assertThat(questions(rest)).allSatisfy(q -> assertThat(q).doesNotContainKey("askedBy"));
    assertThat(
            questions(
                api.get("officer", "/api/opportunities/" + id + "/questions?page=1&size=5")
                    .getBody()))
        .allSatisfy(q -> assertThat(q).containsEntry("askedBy", Api.representativeOf(partner)));
    assertThat(
            fields(
                api.get(
                    Api.representativeOf(partner),
                    "/api/opportunities/" + id + "/questions?size=500")))
        .containsExactly("size");
    assertThat(
            api.get(Api.representativeOf(partner), "/api/opportunities/999999999/questions")
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  @Test
  void nothingIsAnOpportunityUntilPublished_andAWithdrawnOneIsGone() {
    String partner = api.newPartnerWithRepresentative("OW");
    String reference = api.propose("GSMA", "80000.00");
    assertThat(
            api.get(Api.representativeOf(partner), "/api/opportunities?q=school")
                .getBody()
                .toString())
        .doesNotContain(reference);

    long id = publish(reference);
    assertThat(
            api.post("officer", "/api/opportunities", PartnerProposals.opportunity(reference))
                .getStatusCode()
                .value())
        .as("published once at a time")
        .isEqualTo(409);
    assertThat(api.delete("officer", "/api/opportunities/" + id).getStatusCode().value())
        .isEqualTo(204);

    assertThat(
            api.get(Api.representativeOf(partner), "/api/opportunities/" + id)
                .getStatusCode()
                .value())
        .isEqualTo(404);
    assertThat(
            api.post(
                    Api.representativeOf(partner),
                    "/api/opportunities/" + id + "/pledges",
                    Map.of("amount", "1000.00", "currency", "USD"))
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  @Test
  void badRequests_areRefusedNamingTheField_andNothingIsStored() {
    String partner = api.newPartnerWithRepresentative("OX");
    String reference = api.propose("GSMA", "60000.00");
    Map<String, Object> bad = PartnerProposals.opportunity(reference);
    bad.put("currency", "XYZ");
    bad.put("deadline", "2020-01-01");
    bad.remove("summary");
    Map<String, Object> both = PartnerProposals.opportunity(reference);
    both.put("initiativeCode", "NOPE");

    assertThat(fields(api.post("officer", "/api/opportunities", bad)))
        .containsExactlyInAnyOrder("currency", "deadline", "summary");
    assertThat(fields(api.post("officer", "/api/opportunities", both)))
        .containsExactly("agreementReference");
    assertThat(
            api.post(
                    Api.representativeOf(partner),
                    "/api/opportunities",
                    PartnerProposals.opportunity(reference))
                .getStatusCode()
                .value())
        .isEqualTo(403);

    long id = publish(reference);
    assertThat(
            fields(
                api.post(
                    Api.representativeOf(partner),
                    "/api/opportunities/" + id + "/questions",
                    Map.of("question", "?".repeat(10_000)))))
        .containsExactly("question");
    assertThat(
            fields(
                api.post(
                    Api.representativeOf(partner),
                    "/api/opportunities/" + id + "/pledges",
                    Map.of("amount", "5000.00", "currency", "XYZ"))))
        .containsExactly("currency");
    assertThat(fields(api.get(Api.representativeOf(partner), "/api/opportunities?size=500")))
        .containsExactly("size");
    Map<String, Object> untouched = api.get("officer", "/api/opportunities/" + id).getBody();
    assertThat(questions(untouched)).isEmpty();
    assertThat(untouched).containsEntry("pledged", "0.00");
  }

  private long publish(String reference) {
    return publish(reference, null);
  }

  private long publish(String reference, String summary) {
    Map<String, Object> opportunity = PartnerProposals.opportunity(reference);
    if (summary != null) {
      opportunity.put("summary", summary);
    }
    ResponseEntity<Map<String, Object>> published =
        api.post("officer", "/api/opportunities", opportunity);
    assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(201);
    return ((Number) published.getBody().get("id")).longValue();
  }

  /** A proposal of GSMA's written in the language; its reference. */
  private String proposal(String language, String title) {
    Map<String, Object> proposal = Proposals.valid("GSMA", "250000.00", "USD");
    proposal.put("language", language);
    proposal.put("title", title);
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return (String) created.getBody().get("reference");
  }

  private static List<Long> ids(ResponseEntity<Map<String, Object>> found) {
    assertThat(found.getStatusCode().value()).as("%s", found.getBody()).isEqualTo(200);
    return ((List<Map<String, Object>>) found.getBody().get("opportunities"))
        .stream().map(opportunity -> ((Number) opportunity.get("id")).longValue()).toList();
  }

  private static List<Map<String, Object>> questions(Map<String, Object> opportunity) {
    return (List<Map<String, Object>>) opportunity.get("questions");
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
