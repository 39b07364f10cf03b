package org.accord.portal;

import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REVIEW_MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The partners' portal as a donor's and a member's representative meet it, in a real headless
 * Chromium: from Tasklist's header, their agreements with their next step, and an agreement's
 * documents, reports and payments.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PortalBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void aDonor_findsThePortalInTasklist_seesTheSignOffWaiting_andOpensASignedAgreement()
      throws Exception {
    String partner = newPartner("PB");
    Map<String, Object> quarterly = Proposals.valid(partner, "120000.00", "USD");
    // Reported on quarterly for two years: eight periods, more than the detail shows at first.
    quarterly.put("reportingFrequency", "QUARTERLY");
    String signed = api.toActive(quarterly);
    String waiting = api.toDonorSignOff(partner, "80000.00");
    // What the agency typed is shown as text, never as markup.
    String title = "<b>Schools</b> & \"clinics\"";
    Map<String, Object> proposal = Proposals.valid(partner, "5000.00", "USD");
    proposal.put("title", title);
    String escaped =
        (String) api.post("officer", "/api/agreements", proposal).getBody().get("reference");

    try (Browser browser = Browser.open(port)) {
      browser
          .logInToTasklist(representative(partner))
          .await("[data-accord-portal-link=shown]")
          .clickOn("a.accord-portal-link")
          .await("body[data-loaded]");
      assertThat(browser.title()).isEqualTo("Accord · Partner portal");
      assertThat(browser.text("#tile-tasks")).isEqualTo("1");
      assertThat(browser.text("#tile-agreements")).isEqualTo("3");
      assertThat(browser.text("tr[data-reference='" + waiting + "'] td:nth-child(6)"))
          .startsWith("Donor sign-off");
      assertThat(
              browser.evaluate(
                  "return document.querySelector(\"tr[data-reference='"
                      + waiting
                      + "'] td:nth-child(6) a\").href"))
          .asString()
          .contains("/camunda/app/tasklist/default/#/?task=");
      assertThat(browser.text("tr[data-reference='" + escaped + "'] td:nth-child(2)"))
          .isEqualTo(title);
      assertThat(browser.hasElement("#agreements b")).isFalse();
      assertThat(browser.text("#tasks")).contains(waiting);

      browser
          .clickOn("tr[data-reference='" + signed + "'] button.open")
          .await("#detail[data-reference='" + signed + "']");
      browser.screenshot(Path.of("target/screenshots/portal-donor.png"));
      assertThat(browser.text("#documents")).contains("Memorandum of Understanding (signed)");
      assertThat(browser.text("#reports")).contains("Not yet due");
      assertThat(browser.text("#instalments")).contains("USD 120,000.00");
      assertThat(browser.text("#receipts")).contains("Nothing received yet.");
      assertThat(rowsOf(browser, "#reports")).isEqualTo(5);
      assertThat(browser.text("#reports-more")).isEqualTo("Show 3 more");
      browser.clickOn("#reports-more");
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> rowsOf(browser, "#reports"), shown -> shown == 8);
      assertThat(browser.evaluate("return document.getElementById('reports-more').hidden"))
          .isEqualTo(true);
      assertThat(browser.text("#reports tbody tr:last-child td:first-child"))
          .isEqualTo("8 (final)");
    }
  }

  @Test
  void aCoPartner_findsTheAgreementItJoined_besideItsLeadPartner_withNoneOfItsTasks()
      throws Exception {
    String member = newPartner("PC");
    String lead = newPartner("PL");
    Map<String, Object> proposal = Proposals.valid(lead, "60000.00", "USD");
    proposal.put("coPartners", List.of(member));
    ResponseEntity<Map<String, Object>> proposed = api.post("officer", "/api/agreements", proposal);
    assertThat(proposed.getStatusCode().value()).as("%s", proposed.getBody()).isEqualTo(201);
    String reference = (String) proposed.getBody().get("reference");
    String row = "tr[data-reference='" + reference + "']";

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative(member)).openPage("/portal", "body[data-loaded]");
      assertThat(browser.text(row + " td:nth-child(2) .party"))
          .isEqualTo("Your organization is co-partner beside Partner " + lead);
      assertThat(browser.text("#tile-tasks")).isEqualTo("0");
      browser.clickOn(row + " button.open").await("#detail[data-reference='" + reference + "']");
      browser.screenshot(Path.of("target/screenshots/portal-co-partner.png"));
      assertThat(browser.text("#detail-title")).contains(reference);
      assertThat(browser.text("#reports")).contains("No reporting periods yet");
    }
  }

  @Test
  void aMember_seesTheInitiativeItJoined_andNoAgreementYet() throws Exception {
    String partner = newPartner("PM");
    String code = "PORT-" + System.nanoTime() % 1_000_000L;
    Map<String, Object> initiative =
        Map.of(
            "code", code,
            "title", "Rural connectivity",
            "kind", "REGIONAL",
            "region", "AFRICA",
            "description", "A regional initiative of the Baku Action Plan.",
            "countries", List.of("RW"));
    assertThat(api.post("officer", "/api/initiatives", initiative).getStatusCode().value())
        .isEqualTo(201);
    ResponseEntity<Map<String, Object>> requested =
        api.post(
            representative(partner),
            "/api/initiatives/" + code + "/members",
            Map.of(
                "partnerCode",
                partner,
                "role",
                "MEMBER",
                "focalPoint",
                Map.of("name", "Ana Lima", "email", "ana@example.org"),
                "commitments",
                List.of(Map.of("kind", "EXPERTISE", "topic", "Spectrum", "personDays", 5))));
    assertThat(requested.getStatusCode().value()).isEqualTo(201);
    api.complete(
        "officer",
        "IM-" + requested.getBody().get("id"),
        REVIEW_MEMBERSHIP,
        Map.of("membershipDecision", "ACCEPT"));

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser.screenshot(Path.of("target/screenshots/portal-member.png"));
      assertThat(browser.text("#initiatives")).contains(code + " · Rural connectivity");
      assertThat(browser.text("#agreements")).contains("No agreements yet.");
    }
  }

  @Test
  void aMember_proposesAConceptNoteInThePortal_andAnswersTheOfficersQuestionThere()
      throws Exception {
    String partner = newPartner("PN");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser
          .fill("#propose [name=title]", "Community networks for rural schools")
          .fill("#propose [name=countries]", "rw, bi")
          .fill("#propose [name=summary]", "Community-owned networks connecting 120 schools.")
          .fill("#propose [name=estimatedBudget]", "180000.00")
          .fill("#propose [name=currency]", "eur")
          .fill("#propose [name=contribution]", "Spectrum and two engineers")
          .fill("#propose [name=sought]", "Co-financing of equipment")
          .clickOn("#propose button[type=submit]")
          .await("#propose [aria-invalid]");
      // No priority, no region: the form says which, and nothing is stored.
      assertThat(browser.text("#propose .field-error"))
          .contains("priority: is required")
          .contains("region: is required");
      assertThat(browser.text("#notes")).contains("No concept notes yet.");

      browser.evaluate(
          "document.querySelector('#propose [name=priority]').value = 'AFFORDABLE_CONNECTIVITY';"
              + "document.querySelector('#propose [name=region]').value = 'AFRICA';");
      browser.clickOn("#propose button[type=submit]").await("section.note[data-status=IN_REVIEW]");
      Map<String, Object> notes = api.get(representative(partner), "/api/concept-notes").getBody();
      Map<String, Object> note = ((List<Map<String, Object>>) notes.get("conceptNotes")).get(0);
      assertThat(note)
          .containsEntry("countries", List.of("RW", "BI"))
          .containsEntry("currency", "EUR");

      api.complete(
          "officer",
          "CN-" + note.get("id"),
          "reviewConceptNote",
          Map.of("conceptNoteDecision", "ASK", "conceptNoteComment", "Which districts first?"));
      browser.openPage("/portal", "section.note[data-status=QUESTION_ASKED] form.answer");
      browser
          .fill("form.answer [name=answer]", "Gasabo and Kicukiro, then the rest")
          .clickOn("form.answer button[type=submit]")
          .await("section.note[data-status=IN_REVIEW] dl.exchanges");
      browser.screenshot(Path.of("target/screenshots/portal-concept-note.png"));
      assertThat(browser.text("section.note dl.exchanges"))
          .contains("Which districts first?")
          .contains("Gasabo and Kicukiro, then the rest");
    }
  }

  @Test
  void aPartner_findsAPublishedOpportunity_asksAboutIt_andPledges() throws Exception {
    String partner = newPartner("PF");
    String reference = api.propose("GSMA", "250000.00");
    Map<String, Object> opportunity =
        Map.of(
            "agreementReference", reference,
            "summary", "Connecting rural schools to broadband, with teachers trained.",
            "amountSought", "100000.00",
            "currency", "USD",
            "deadline", "2099-06-30");
    Map<String, Object> published =
        api.post("officer", "/api/opportunities", opportunity).getBody();
    String section = "section.opportunity[data-opportunity='" + published.get("id") + "']";
    // Six questions before the partner's: it shows the first five, the rest when asked for.
    String other = newPartner("PQ");
    for (int question = 1; question <= 6; question++) {
      api.post(
          representative(other),
          "/api/opportunities/" + published.get("id") + "/questions",
          Map.of("question", "Earlier question " + question + "?"));
    }

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative(partner)).openPage("/portal", "body[data-loaded]");
      browser
          .fill("#q", "school")
          .clickOn("#search button[type=submit]")
          .await("#opportunities[data-query=school] " + section);
      browser
          .fill(section + " form.ask [name=question]", "Is equipment eligible?")
          .clickOn(section + " form.ask button[type=submit]");
      // The list is drawn anew once the question is in: its question field is empty again. The
      // questions shown before it are no longer on the page, nor is their "more" button.
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  browser.evaluate(
                      "return document.querySelector(\""
                          + section
                          + " form.ask [name=question]\").value"),
              question -> "".equals(question));
      browser.clickOn(section + " button.more-questions");
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  browser.evaluate(
                      "return document.querySelectorAll(\"" + section + " dt\").length"),
              shown -> ((Number) shown).intValue() == 7);
      assertThat(browser.text(section + " dl.exchanges")).contains("Is equipment eligible?");
      // USD 100,000.00 sought, 30,000.00 pledged: 100,000.00 - 30,000.00 = 70,000.00 remain.
      browser
          .fill(section + " form.pledge [name=amount]", "30000.00")
          .clickOn(section + " form.pledge button[type=submit]")
          .await("section.note[data-status=IN_REVIEW]");
      Awaitility.await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> browser.text(section + " .gap"), gap -> gap.equals("USD 70,000.00"));
      browser.screenshot(Path.of("target/screenshots/portal-opportunity.png"));
      assertThat(browser.text("#notes")).contains("Rural broadband toolkit");
    }
  }

  private static int rowsOf(Browser browser, String table) {
    return ((Number)
            browser.evaluate("return document.querySelectorAll(\"" + table + " tbody tr\").length"))
        .intValue();
  }

  /** A partner whose representative's user id is its code in lower case, as the fixtures sign. */
  private String newPartner(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(representative(code), "donor-" + code);
    return code;
  }

  private static String representative(String partner) {
    return partner.toLowerCase(Locale.ROOT);
  }
}
