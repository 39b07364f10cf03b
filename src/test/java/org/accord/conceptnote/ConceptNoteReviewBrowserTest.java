package org.accord.conceptnote;

import static org.accord.conceptnote.ConceptNoteIntakeProcess.Tasks.REVIEW_CONCEPT_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.PartnerProposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer accepts a member's concept note in Tasklist, in a real headless Chromium, with the
 * member as co-partner beside a lead partner picked from the register.
 */
@AccordIntegrationTest
class ConceptNoteReviewBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void anOfficer_acceptsANoteWithTheMemberAsCoPartner_pickingTheLeadPartnerFromTheRegister()
      throws Exception {
    String member = newPartner("BM");
    String lead = newPartner("BL");
    Map<String, Object> note = PartnerProposals.conceptNote();
    long id =
        ((Number)
                api.post(member.toLowerCase(Locale.ROOT), "/api/concept-notes", note)
                    .getBody()
                    .get("id"))
            .longValue();
    String businessKey = ConceptNoteIntakeProcess.businessKey(id);
    String taskId =
        (String) api.tasks("officer", businessKey, REVIEW_CONCEPT_NOTE).get(0).get("id");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer").openTask(taskId).claim();
      assertThat(browser.value("contribution")).isEqualTo(note.get("contribution"));
      assertThat(browser.hasField("leadPartnerCode")).as("only for a co-partner").isFalse();
      browser
          .clickOn("[id$='-Field_conceptNoteDecision-0']")
          .clickOn("[id$='-Field_acceptedAs-1']")
          .search("leadPartnerCode", lead, "Partner " + lead + " (" + lead + ")")
          .select("agreementType", "Contribution agreement")
          .select("outputType", "Technical interventions")
          .date("startDate", "03/01/2027")
          .date("endDate", "02/29/2028")
          .select("reportingFrequency", "Annual")
          .type("objective", "Connect rural schools through community networks")
          .type("indicatorName", "Schools connected")
          .type("indicatorUnit", "schools")
          .type("indicatorBaseline", "0")
          .type("indicatorTarget", "120");
      browser.screenshot(Path.of("target/screenshots/concept-note-co-partner.png"));
      browser.completeTask();
      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> api.get("officer", "/api/concept-notes/" + id).getBody().get("status"),
              "ACCEPTED"::equals);
    }
    String reference =
        (String) api.get("officer", "/api/concept-notes/" + id).getBody().get("agreementReference");
    assertThat(api.get(member.toLowerCase(Locale.ROOT), "/api/agreements/" + reference).getBody())
        .containsEntry("partnerCode", lead)
        .containsEntry("coPartners", List.of(member));
  }

  private String newPartner(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(code.toLowerCase(Locale.ROOT), "donor-" + code);
    return code;
  }
}
