package org.accord.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.accord.identity.Languages;
import org.accord.shared.Language;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Each user's language, kept in Accord: chosen by the user or an administrator, audited, and the
 * agency's default for whoever chose none.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class UserLanguageIntegrationTest {

  private static final List<String> CHOOSERS = List.of("officer", "gsma", "legal");

  @Autowired Api api;
  @Autowired Languages languages;

  @AfterEach
  void everyoneBackToTheDefault() {
    for (String user : CHOOSERS) {
      api.delete("admin", "/api/users/" + user + "/language");
    }
  }

  @Test
  void aUserChoosesTheirOwnLanguage_whichAccordThenWritesToThemIn_andTheChangeIsAudited() {
    ResponseEntity<Map<String, Object>> chosen =
        api.put("officer", "/api/users/officer/language", Map.of("language", "fr"));

    assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(chosen.getBody())
        .containsEntry("userId", "officer")
        .containsEntry("preferred", "fr")
        .containsEntry("language", "fr");
    assertThat(api.get("officer", "/api/users/officer/language").getBody())
        .containsEntry("preferred", "fr");
    assertThat(languages.of("officer")).isEqualTo(Language.FR);
    assertThat(api.getList("manager", "/api/audit?user=officer").getBody())
        .filteredOn(entry -> "USER_LANGUAGE".equals(entry.get("subjectType")))
        .first()
        .satisfies(
            entry -> {
              assertThat(entry).containsEntry("action", "CHOSEN").containsEntry("actor", "officer");
              assertThat((String) entry.get("before"))
                  .doesNotContain("preferred")
                  .contains("\"language\": \"en\"");
              assertThat((String) entry.get("after")).contains("\"preferred\": \"fr\"");
            });
  }

  @Test
  void withoutAChoice_aUserIsWrittenToInTheAgencysDefault() {
    assertThat(api.get("legal", "/api/users/legal/language").getBody())
        .doesNotContainKey("preferred")
        .containsEntry("language", "en");
    assertThat(languages.of("legal")).isEqualTo(Language.EN).isEqualTo(languages.agencyDefault());
  }

  @Test
  void aCodeIsReadInAnyCase_andClearingTheChoiceGoesBackToTheDefault() {
    api.put("legal", "/api/users/legal/language", Map.of("language", "ZH"));
    assertThat(languages.of("legal")).isEqualTo(Language.ZH);

    ResponseEntity<Map<String, Object>> cleared = api.delete("legal", "/api/users/legal/language");

    assertThat(cleared.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cleared.getBody()).doesNotContainKey("preferred").containsEntry("language", "en");
    assertThat(languages.of("legal")).isEqualTo(Language.EN);
  }

  @Test
  void anAdministratorChoosesAnyonesLanguage_aPartnersRepresentativeIncluded() {
    ResponseEntity<Map<String, Object>> chosen =
        api.put("admin", "/api/users/gsma/language", Map.of("language", "ar"));

    assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(languages.of("gsma")).isEqualTo(Language.AR);
    assertThat(api.getList("manager", "/api/audit?user=admin").getBody())
        .filteredOn(entry -> "USER_LANGUAGE".equals(entry.get("subjectType")))
        .first()
        .satisfies(entry -> assertThat(entry).containsEntry("subjectId", "gsma"));
  }

  @Test
  void someoneElsesLanguage_isForbidden_toReadAndToChange() {
    assertThat(api.get("gsma", "/api/users/officer/language").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            api.put("gsma", "/api/users/officer/language", Map.of("language", "ru"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(languages.of("officer")).isEqualTo(Language.EN);
  }

  @Test
  void anUnknownOrMissingCode_is400NamingLanguage_andNothingIsWritten() {
    api.put("officer", "/api/users/officer/language", Map.of("language", "fr"));

    for (String body : List.of("{\"language\":\"de\"}", "{\"language\":\"fr-FR\"}", "{}")) {
      ResponseEntity<Map<String, Object>> refused =
          api.putRaw("officer", "/api/users/officer/language", body);

      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
          .as(body)
          .extracting(error -> error.get("field"))
          .containsExactly("language");
    }
    assertThat(languages.of("officer")).isEqualTo(Language.FR);
  }

  @Test
  void anUnknownUser_isNotFound() {
    assertThat(api.get("admin", "/api/users/nobody/language").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(
            api.put("admin", "/api/users/nobody/language", Map.of("language", "es"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(languages.of("nobody"))
        .as("an e-mail to nobody still has a language")
        .isEqualTo(Language.EN);
  }
}
