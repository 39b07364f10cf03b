package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * engine-rest, the API external clients read, answers the BPMN's names whatever language its user
 * chose: only the webapps' engine API speaks the reader's language (ADR 18; the webapps' side is
 * {@code TasklistLanguagesBrowserTest}'s).
 */
@AccordIntegrationTest
class TaskNamesIntegrationTest {

  @Autowired Api api;

  @AfterEach
  void backToTheDefault() {
    api.delete("admin", "/api/users/gsma/language");
    api.delete("admin", "/api/users/officer/language");
  }

  @Test
  void engineRest_answersTheBpmnsEnglishNames_toUsersWhoChoseArabic() {
    api.put("gsma", "/api/users/gsma/language", Map.of("language", "ar"));
    api.put("officer", "/api/users/officer/language", Map.of("language", "ar"));
    String reference = api.toDonorSignOff("GSMA", "5400.00");

    assertThat(api.tasks("gsma", reference, DONOR_SIGN_OFF))
        .extracting(task -> task.get("name"))
        .containsExactly("Donor sign-off");
    assertThat(
            api.get(
                    "officer",
                    "/engine-rest/process-definition/key/" + PartnershipAgreementProcess.KEY)
                .getBody())
        .containsEntry("name", "Partnership agreement");
  }
}
