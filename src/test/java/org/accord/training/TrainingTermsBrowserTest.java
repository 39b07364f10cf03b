package org.accord.training;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The approver and GSMA's representative in Tasklist, with a training cooperation's terms. */
@AccordIntegrationTest
class TrainingTermsBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void theApproverIsToldTheTermsAreMissing_thenApprovesThemAsShown_andTheDonorReadsThem()
      throws Exception {
    Map<String, Object> proposal = Proposals.valid("GSMA", "50000.00", "USD");
    proposal.put("type", "TRAINING_COOPERATION");
    proposal.put("title", "Spectrum and AI governance academy");
    String reference =
        (String) api.post("officer", "/api/agreements", proposal).getBody().get("reference");
    api.screenAndClear(reference);

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("head", reference, APPROVE_AGREEMENT).get(0).get("id");
      browser.logInToTasklist("head").openTask(taskId);
      assertThat(browser.hasField("trainingTerms")).as("hidden while there are none").isFalse();
      browser.claim().tick("Approve").completeTask();
      assertThat(browser.refusal()).contains("trainingTerms").contains("training-terms");
      browser.screenshot(Path.of("target/screenshots/training-terms-missing.png"));
    }
    api.put(
        "officer", "/api/agreements/" + reference + "/training-terms", Proposals.trainingTerms());

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("head", reference, APPROVE_AGREEMENT).get(0).get("id");
      browser.logInToTasklist("head").openTask(taskId);
      assertThat(browser.value("trainingTerms"))
          .startsWith(
              "Courses: Spectrum management fundamentals (Spectrum management), by both;"
                  + " AI governance for regulators (AI governance), by the agency\n"
                  + "Fees per participant: standard USD 1,200.00; developing countries USD 450.00;"
                  + " LDC and SIDS nationals free, funded by the reserve\n");
      browser.evaluate("document.querySelector(\"[id$='-Field_trainingTerms']\").scrollIntoView()");
      browser.screenshot(Path.of("target/screenshots/training-terms-approval.png"));
    }
    api.approveInternally(reference);

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("gsma", reference, DONOR_SIGN_OFF).get(0).get("id");
      browser.logInToTasklist("gsma").openTask(taskId);
      assertThat(browser.value("trainingTerms"))
          .contains("Revenue: 10% to the reserve for free LDC/SIDS seats first");
      browser.evaluate("document.querySelector(\"[id$='-Field_trainingTerms']\").scrollIntoView()");
      browser.screenshot(Path.of("target/screenshots/training-terms-donor-sign-off.png"));
    }
  }
}
