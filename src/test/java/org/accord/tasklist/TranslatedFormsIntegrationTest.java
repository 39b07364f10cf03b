package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.shared.Language;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

/**
 * The forms Camunda serves, in the language of whoever fetches them (ADR 0016): deployed in the six
 * languages beside the processes, and chosen per request, the same way for Tasklist and
 * engine-rest.
 */
@AccordIntegrationTest
class TranslatedFormsIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired Api api;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repository;

  @AfterEach
  void everyoneBackToTheDefault() {
    api.delete("admin", "/api/users/gsma/language");
    api.delete("admin", "/api/users/officer/language");
  }

  @Test
  void aTasksForm_comesInTheLanguageTheUserChose_andInTheAgencysDefaultOnceTheyChooseNone()
      throws IOException {
    String reference = api.toDonorSignOff("GSMA", "5300.00");
    String taskId = (String) api.tasks("gsma", reference, DONOR_SIGN_OFF).get(0).get("id");
    String form = "/engine-rest/task/" + taskId + "/deployed-form";

    api.put("gsma", "/api/users/gsma/language", Map.of("language", "fr"));
    JsonNode french = fetch("gsma", form);
    assertThat(french.path("id").asText()).isEqualTo("donorSignOff_fr");
    assertThat(french.path("components").get(0).path("text").asText())
        .startsWith("## Valider l'accord");
    assertThat(api.tasks("gsma", reference, DONOR_SIGN_OFF))
        .as("engine-rest's task list names the same form")
        .extracting(task -> (Object) ((Map<?, ?>) task.get("camundaFormRef")).get("key"))
        .containsOnly("donorSignOff_fr");

    api.delete("gsma", "/api/users/gsma/language");
    JsonNode english = fetch("gsma", form);
    assertThat(english.path("id").asText()).isEqualTo("donorSignOff");
    assertThat(english.path("components").get(0).path("text").asText())
        .startsWith("## Sign off the agreement");
  }

  @Test
  void aStartForm_comesInTheUsersLanguage_withTheRegistersChoicesStillInIt() throws IOException {
    api.put("officer", "/api/users/officer/language", Map.of("language", "es"));

    JsonNode spanish =
        fetch(
            "officer",
            "/engine-rest/process-definition/key/"
                + PartnershipAgreementProcess.KEY
                + "/deployed-start-form");

    assertThat(spanish.path("id").asText()).isEqualTo("proposeAgreement_es");
    assertThat(spanish.path("components").get(0).path("text").asText())
        .startsWith("## Proponer un acuerdo de asociación");
    assertThat(spanish.toString()).contains("\"value\":\"GSMA\"");
  }

  @Test
  void everyFormIsDeployedInTheSixLanguages_eachDifferingFromItsEnglishInWordsOnly()
      throws IOException {
    String deploymentId =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(PartnershipAgreementProcess.KEY)
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    Map<String, JsonNode> forms = new HashMap<>();
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
          JsonNode form = JSON.readTree(in);
          forms.put(form.path("id").asText(), form);
        }
      }
    }
    List<String> englishIds =
        forms.keySet().stream().filter(id -> !id.matches(".*_[a-z]{2}$")).toList();

    assertThat(englishIds).hasSizeGreaterThanOrEqualTo(26);
    assertThat(forms).hasSize(englishIds.size() * Language.values().length);
    for (String id : englishIds) {
      for (Language language : Language.values()) {
        JsonNode translated = forms.get(FormTexts.idIn(id, language));
        assertThat(translated).as(id + " in " + language.code()).isNotNull();
        assertThat(FormTranslationsTest.wordless(translated))
            .as(id + " in " + language.code())
            .isEqualTo(FormTranslationsTest.wordless(forms.get(id)));
      }
    }
  }

  private JsonNode fetch(String user, String path) throws IOException {
    String body =
        rest.exchange(path, HttpMethod.GET, new HttpEntity<>(Api.headersOf(user)), String.class)
            .getBody();
    return JSON.readTree(body);
  }
}
