package org.accord.agreement.web;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An agreement's documents are in its language, English unless the proposal names another, and in a
 * second one when the parties want a bilingual MoU; an amendment changes them.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class AgreementLanguagesIntegrationTest {

  @Autowired Api api;

  @Test
  void aProposalWithoutLanguage_isInEnglish_alone() {
    String reference = api.propose("JICA", "1000.00");

    Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(agreement)
        .containsEntry("language", "en")
        .doesNotContainKeys("secondLanguage", "bilingualLayout");
  }

  @Test
  void aProposalInFrenchWithEnglish_isBilingualSideBySide_unlessThePartiesChooseOneAfterTheOther() {
    Map<String, Object> proposal = Proposals.valid("JICA", "1000.00", "USD");
    proposal.put("language", "FR");
    proposal.put("secondLanguage", "en");
    Map<String, Object> sideBySide = created(proposal);
    assertThat(sideBySide)
        .containsEntry("language", "fr")
        .containsEntry("secondLanguage", "en")
        .containsEntry("bilingualLayout", "SIDE_BY_SIDE");

    proposal.put("language", "ar");
    proposal.put("bilingualLayout", "SEQUENTIAL");
    assertThat(created(proposal))
        .containsEntry("language", "ar")
        .containsEntry("secondLanguage", "en")
        .containsEntry("bilingualLayout", "SEQUENTIAL");
  }

  @Test
  void theTasklistStartForm_setsTheLanguages_andRefusesAnUnknownOneNamingTheField() {
    Map<String, Object> form = Proposals.startForm("CONTRIBUTION_AGREEMENT", "USD");
    form.put("amount", "30000.00");
    form.put("language", "es");
    form.put("secondLanguage", "en");
    form.put("bilingualLayout", "SEQUENTIAL");
    ResponseEntity<Map<String, Object>> started = submit(form);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            api.get("officer", "/api/agreements/" + started.getBody().get("businessKey")).getBody())
        .containsEntry("language", "es")
        .containsEntry("secondLanguage", "en")
        .containsEntry("bilingualLayout", "SEQUENTIAL");

    form.put("language", "pt");
    ResponseEntity<Map<String, Object>> refused = submit(form);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("language: 'pt' is not one of Accord's languages");
  }

  @Test
  void aLanguageAmendment_changesTheLanguages_withBeforeAndAfter_andANewMouVersion() {
    String reference = api.toActive("GSMA", "20000.00");

    ResponseEntity<Map<String, Object>> unknown =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "Bilingual", "language", "en", "secondLanguage", "xx"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) unknown.getBody().get("errors"))
        .extracting(error -> error.get("field"))
        .containsExactly("secondLanguage");
    ResponseEntity<Map<String, Object>> same =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "Nothing new", "language", "en"));
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<Map<String, Object>> requested =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of(
                "justification",
                "The ministry signs in Arabic",
                "language",
                "ar",
                "secondLanguage",
                "en"));
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(requested.getBody()).containsEntry("type", "LANGUAGE");
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));

    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("language", "ar")
        .containsEntry("secondLanguage", "en")
        .containsEntry("bilingualLayout", "SIDE_BY_SIDE")
        .containsEntry("mouVersion", 2);
    Map<String, Object> amendment =
        api.get("officer", "/api/agreements/" + reference + "/amendments/1").getBody();
    assertThat(amendment).containsEntry("status", "APPROVED");
    assertThat(
            (Map<String, Object>) ((Map<String, Object>) amendment.get("before")).get("languages"))
        .containsEntry("language", "en")
        .doesNotContainKey("secondLanguage");
    assertThat(
            (Map<String, Object>) ((Map<String, Object>) amendment.get("after")).get("languages"))
        .containsEntry("language", "ar")
        .containsEntry("secondLanguage", "en");
  }

  private Map<String, Object> created(Map<String, Object> proposal) {
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return api.get("officer", "/api/agreements/" + created.getBody().get("reference")).getBody();
  }

  private ResponseEntity<Map<String, Object>> submit(Map<String, Object> form) {
    return api.post(
        "officer",
        "/engine-rest/process-definition/key/partnership-agreement/submit-form",
        Map.of("variables", Api.engineVariables(form)));
  }
}
