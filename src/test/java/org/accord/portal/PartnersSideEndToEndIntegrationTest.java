package org.accord.portal;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Tasks.REVIEW_CONCEPT_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.attachment.AttachmentType;
import org.accord.attachment.AttachmentVisibility;
import org.accord.conceptnote.ConceptNoteIntakeProcess;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PartnerProposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The partners' side from end to end, as issue 23 is checked: a member proposes a concept note with
 * a file, an officer asks, hears the answer, accepts it as the member's proposal and publishes it
 * as an opportunity; two other partners find it, ask questions (answered for all, without the
 * askers' names), one pledges; files of every type in both visibilities are attached to the
 * proposal, and every partner is probed for every one of them.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PartnersSideEndToEndIntegrationTest {

  @Autowired Api api;

  @Test
  void aMembersConceptNote_becomesAPublishedOpportunity_askedAbout_pledgedTo_withItsFilesKept() {
    String member = newPartner("EM");
    String asker = newPartner("EA");
    String pledger = newPartner("EP");

    // The member's concept note, with its budget attached, reaches the officers' review.
    long note = ((Number) submit(member).get("id")).longValue();
    String noteFiles = "/api/concept-notes/" + note + "/attachments";
    String budget = id(upload(rep(member), noteFiles, "budget.txt", Map.of("type", "OTHER")));
    api.complete(
        "officer",
        ConceptNoteIntakeProcess.businessKey(note),
        REVIEW_CONCEPT_NOTE,
        Map.of("conceptNoteDecision", "ASK", "conceptNoteComment", "Which schools first?"));
    api.post(
        rep(member),
        "/api/concept-notes/" + note + "/answers",
        Map.of("answer", "The 40 schools of the northern districts"));
    api.complete(
        "officer",
        ConceptNoteIntakeProcess.businessKey(note),
        REVIEW_CONCEPT_NOTE,
        PartnerProposals.acceptance());
    Map<String, Object> accepted = api.get(rep(member), "/api/concept-notes/" + note).getBody();
    assertThat(accepted).containsEntry("status", "ACCEPTED");
    String reference = (String) accepted.get("agreementReference");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("partnerCode", member)
        .containsEntry("title", "Community networks for rural schools")
        .containsEntry("status", "SCREENING");

    // Published on purpose, found by two other partners by its words.
    ResponseEntity<Map<String, Object>> published =
        api.post("officer", "/api/opportunities", PartnerProposals.opportunity(reference));
    assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(201);
    long opportunity = ((Number) published.getBody().get("id")).longValue();
    for (String partner : List.of(asker, pledger)) {
      assertThat(found(rep(partner), "/api/opportunities?q=school")).contains(opportunity);
    }

    // Two questions, one from each; the officers answer one; nobody but staff sees who asked.
    String questions = "/api/opportunities/" + opportunity + "/questions";
    api.post(rep(asker), questions, Map.of("question", "Is equipment eligible?"));
    api.post(rep(pledger), questions, Map.of("question", "May we co-fund the training only?"));
    List<Map<String, Object>> asked =
        (List<Map<String, Object>>)
            api.get("officer", "/api/opportunities/" + opportunity).getBody().get("questions");
    assertThat(asked)
        .extracting(question -> question.get("askedBy"))
        .containsExactlyInAnyOrder(rep(asker), rep(pledger));
    Object equipment =
        asked.stream()
            .filter(question -> question.get("question").equals("Is equipment eligible?"))
            .findFirst()
            .orElseThrow()
            .get("id");
    api.post(
        "officer",
        questions + "/" + equipment + "/answer",
        Map.of("answer", "Yes, up to a third of the budget."));
    for (String partner : List.of(member, asker, pledger)) {
      List<Map<String, Object>> seen =
          (List<Map<String, Object>>)
              api.get(rep(partner), "/api/opportunities/" + opportunity).getBody().get("questions");
      assertThat(seen).hasSize(2).allSatisfy(q -> assertThat(q).doesNotContainKey("askedBy"));
      assertThat(seen)
          .extracting(question -> question.get("answer"))
          .containsExactlyInAnyOrder("Yes, up to a third of the budget.", null);
    }

    // One pledges USD 40,000.00 of the USD 100,000.00 sought: a gap of 60,000.00, a concept note
    // of the pledger's to start its proposal, and 40,000.00 pledged (not committed) for managers.
    Map<String, Object> pledged =
        api.post(
                rep(pledger),
                "/api/opportunities/" + opportunity + "/pledges",
                Map.of("amount", "40000.00", "currency", "USD"))
            .getBody();
    assertThat(pledged)
        .containsEntry("pledged", "40000.00")
        .containsEntry("fundingGap", "60000.00");
    assertThat(
            (List<Map<String, Object>>)
                api.get(rep(pledger), "/api/concept-notes").getBody().get("conceptNotes"))
        .singleElement()
        .satisfies(
            pledgersNote ->
                assertThat(pledgersNote)
                    .containsEntry("partnerCode", pledger)
                    .containsEntry("estimatedBudget", "40000.00"));
    assertThat(api.get("manager", "/api/metrics/pledges?donor=" + pledger).getBody())
        .containsEntry(
            "byCurrency", List.of(Map.of("currency", "USD", "pledged", "40000.00", "pledges", 1)));

    // Every type in both visibilities on the member's proposal: the member reads the shared ones
    // and its note's budget, the two other partners none of them, whatever they try.
    String files = "/api/agreements/" + reference + "/attachments";
    List<String> shared = new ArrayList<>(List.of(budget));
    List<String> agencyOnly = new ArrayList<>();
    for (AttachmentType type : AttachmentType.values()) {
      for (AttachmentVisibility visibility : AttachmentVisibility.values()) {
        String id =
            id(
                upload(
                    "officer",
                    files,
                    type + ".txt",
                    Map.of("type", type.name(), "visibility", visibility.name())));
        (visibility == AttachmentVisibility.SHARED_WITH_PARTNER ? shared : agencyOnly).add(id);
      }
    }
    shared.add(id(upload(rep(member), files, "signed.txt", Map.of("type", "SIGNED_MOU_SCAN"))));
    assertThat(listed(rep(member), "/api/attachments?size=200"))
        .containsExactlyInAnyOrderElementsOf(shared);
    for (String partner : List.of(asker, pledger)) {
      assertThat(api.get(rep(partner), files).getStatusCode().value()).isEqualTo(404);
      assertThat(api.get(rep(partner), noteFiles).getStatusCode().value()).isEqualTo(404);
      assertThat(listed(rep(partner), "/api/attachments?size=200"))
          .doesNotContainAnyElementsOf(shared)
          .doesNotContainAnyElementsOf(agencyOnly);
      for (String id : concat(shared, agencyOnly)) {
        assertThat(api.get(rep(partner), "/api/attachments/" + id).getStatusCode().value())
            .as("%s reading %s", partner, id)
            .isEqualTo(404);
      }
    }
    for (String id : agencyOnly) {
      assertThat(api.get(rep(member), "/api/attachments/" + id).getStatusCode().value())
          .isEqualTo(404);
    }
  }

  private Map<String, Object> submit(String member) {
    Map<String, Object> note = PartnerProposals.conceptNote();
    ResponseEntity<Map<String, Object>> created = api.post(rep(member), "/api/concept-notes", note);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return created.getBody();
  }

  private ResponseEntity<Map<String, Object>> upload(
      String user, String path, String fileName, Map<String, String> fields) {
    return api.upload(
        user,
        path,
        fileName,
        ("A file of " + fileName + "\n").getBytes(StandardCharsets.UTF_8),
        fields);
  }

  private static String id(ResponseEntity<Map<String, Object>> stored) {
    assertThat(stored.getStatusCode().value()).as("%s", stored.getBody()).isEqualTo(201);
    return String.valueOf(stored.getBody().get("id"));
  }

  private List<String> listed(String user, String path) {
    ResponseEntity<Map<String, Object>> page = api.get(user, path);
    assertThat(page.getStatusCode().value()).as("%s", page.getBody()).isEqualTo(200);
    return ((List<Map<String, Object>>) page.getBody().get("attachments"))
        .stream().map(attachment -> String.valueOf(attachment.get("id"))).toList();
  }

  private List<Long> found(String user, String path) {
    ResponseEntity<Map<String, Object>> page = api.get(user, path);
    assertThat(page.getStatusCode().value()).as("%s", page.getBody()).isEqualTo(200);
    return ((List<Map<String, Object>>) page.getBody().get("opportunities"))
        .stream().map(opportunity -> ((Number) opportunity.get("id")).longValue()).toList();
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private String newPartner(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(rep(code), "donor-" + code);
    return code;
  }

  private static String rep(String partner) {
    return partner.toLowerCase(Locale.ROOT);
  }
}
