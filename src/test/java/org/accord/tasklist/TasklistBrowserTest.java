package org.accord.tasklist;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SETTLE_BALANCE;
import static org.accord.funds.FundsCollectionProcess.Tasks.RECORD_RECEIPT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Users working in Camunda Tasklist, in a real headless Chromium, with the forms rendered. */
@AccordIntegrationTest
class TasklistBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void officerProposesThroughTheStartFormAndScreensTheProposalInTasklist() {
    String title = "Школы онлайн <b>not bold</b> & partners";
    String reference;
    api.post(
        "officer",
        "/api/partners",
        Map.of(
            "code", "AFRIDEV",
            "name", "Agence africaine de développement numérique",
            "type", "IFI",
            "country", "CI",
            "contactEmail", "partenariats@afridev.example"));
    try (Browser browser = Browser.open(port)) {
      browser
          .logInToTasklist("officer")
          .openStartForm("Partnership agreement")
          .type("title", title)
          .search("partnerCode", "afri", "Agence africaine de développement numérique (AFRIDEV)")
          .select("agreementType", "Contribution agreement")
          .select("priority", "Affordable connectivity")
          .select("region", "Africa")
          .select("reportingFrequency", "Annual")
          .search("beneficiaryCountries", "Rwan", "Rwanda (RW)")
          .search("beneficiaryCountries", "Keny", "Kenya (KE)")
          .tick("Toolkits")
          .type("amount", "120000.00")
          .date("startDate", "01/01/2027")
          .date("endDate", "12/31/2028")
          .type("objective", "Connect rural schools")
          .type("activityDescription", "Survey unconnected schools")
          .type("activityTimeFrame", "2027-Q1")
          .type("activityResponsible", "National regulator")
          .type("indicatorName", "Schools connected")
          .type("indicatorUnit", "schools")
          .type("indicatorBaseline", "0")
          .type("indicatorTarget", "120")
          .submitStartForm();

      reference =
          jdbc.queryForObject(
              "select reference from accord.agreement where title = ?", String.class, title);
      Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
      assertThat(agreement)
          .containsEntry("status", "SCREENING")
          .containsEntry("initiator", "officer")
          .containsEntry("amount", "120000.00")
          .containsEntry("startDate", "2027-01-01");
    }
    // The other officer screens it: nobody screens their own proposal.
    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");
      browser.logInToTasklist("officer2").openTask(taskId);
      assertThat(browser.value("title")).isEqualTo(title);
      assertThat(browser.value("agreementReference")).isEqualTo(reference);
      assertThat(browser.value("resultsFramework"))
          .isEqualTo(
              "1. Connect rural schools\n"
                  + "   Activity: Survey unconnected schools (2027-Q1; National regulator)\n"
                  + "   Indicator 1.1: Schools connected, baseline 0, target 120 schools");
      browser.claim().tick("Accept: go to due diligence").completeTask();

      api.awaitStatus(reference, "DUE_DILIGENCE");
    }
  }

  /** The whole 7,000.00 USD paid on signature, recorded by finance in Tasklist's form. */
  @Test
  @SuppressWarnings("unchecked")
  void financeRecordsTheReceiptOfACalledInstalmentInTasklist() throws Exception {
    String reference = api.toActive("GSMA", "7000.00");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !api.tasks("finance", reference, RECORD_RECEIPT).isEmpty());

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks("finance", reference, RECORD_RECEIPT).get(0).get("id");
      browser.logInToTasklist("finance").openTask(taskId);
      assertThat(browser.value("instalment"))
          .isEqualTo("Instalment 1 of 1: USD 7,000.00, on signature");
      assertThat(browser.value("outstanding")).startsWith("USD 7,000.00 of USD 7,000.00");
      LocalDate today = LocalDate.now();
      browser
          .claim()
          .type("receiptAmount", "7000.00")
          .type("receiptCurrency", "USD")
          .date(
              "valueDate",
              "%02d/%02d/%d"
                  .formatted(today.getMonthValue(), today.getDayOfMonth(), today.getYear()))
          .type("bankReference", "BR-" + reference);
      browser.screenshot(Path.of("target/screenshots/record-receipt.png"));
      browser.completeTask();
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        (List<Map<String, Object>>)
                            api.get("finance", "/api/agreements/" + reference + "/ledger")
                                .getBody()
                                .get("instalments"))
                    .singleElement()
                    .satisfies(
                        instalment -> assertThat(instalment).containsEntry("status", "RECEIVED")));
  }

  /** 7,000.00 received, 6,400.00 spent: 7,000.00 − 6,400.00 = 600.00 refunded at closure. */
  @Test
  void financeRefundsTheUnspentBalanceOfAnEvaluatedAgreementInTasklist() throws Exception {
    String reference = api.toActive(Proposals.oneYear("GSMA", "7000.00", "USD"));
    LocalDate today = LocalDate.now();
    api.post(
        "finance",
        "/api/agreements/" + reference + "/receipts",
        Map.of(
            "amount",
            "7000.00",
            "currency",
            "USD",
            "valueDate",
            today.toString(),
            "bankReference",
            "BR-" + reference));
    api.reportAccepted(reference, 1, "6400.00");
    api.evaluate(reference);
    String settler = "settler-" + reference.toLowerCase(java.util.Locale.ROOT);
    api.newUser(settler, "finance");

    try (Browser browser = Browser.open(port)) {
      String taskId = (String) api.tasks(settler, reference, SETTLE_BALANCE).get(0).get("id");
      browser.logInToTasklist(settler).openTask(taskId);
      assertThat(browser.value("balanceToSettle")).isEqualTo("USD 600.00");
      assertThat(browser.value("cashPosition"))
          .contains("Received: USD 7,000.00")
          .contains("Spent (accepted reports): USD 6,400.00");
      assertThat(browser.hasField("refundBankReference"))
          .as("shown once a refund is chosen")
          .isFalse();
      browser
          .claim()
          .tick("Refund the unspent balance to the donor")
          .date(
              "refundValueDate",
              "%02d/%02d/%d"
                  .formatted(today.getMonthValue(), today.getDayOfMonth(), today.getYear()))
          .type("refundBankReference", "OUT-" + reference);
      browser.screenshot(Path.of("target/screenshots/settle-balance.png"));
      browser.completeTask();
    }

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
                    .containsEntry("status", "CLOSED"));
    assertThat(api.get("gsma", "/api/agreements/" + reference + "/ledger").getBody())
        .extractingByKey("cash")
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("refunded", "600.00")
        .containsEntry("balance", "0.00");
  }

  @Test
  @SuppressWarnings("unchecked")
  void officerReportsAValuePerIndicatorAndSpendingPerBudgetLineInTasklist_andTheManagerReviewsIt() {
    String reference = api.toActive("GSMA", "7000.00");
    api.fire(reference, 1, "PeriodEnded");

    try (Browser browser = Browser.open(port)) {
      String taskId =
          (String) api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT).get(0).get("id");
      browser.logInToTasklist("officer").openTask(taskId);
      assertThat(browser.value("indicatorActual1_code_submitProgressReport")).isEqualTo("1.1");
      assertThat(browser.value("indicatorActual1_indicator_submitProgressReport"))
          .isEqualTo("Schools connected (schools)");
      assertThat(browser.hasField("indicatorActual2_code_submitProgressReport"))
          .as("one group per indicator, no more")
          .isFalse();
      // A budget given as one amount is one line of other direct costs: only its field shows.
      assertThat(browser.value("budgetLineOtherDirectCosts"))
          .isEqualTo("Budget 7,000.00 · spent before 0.00 · left 7,000.00");
      assertThat(browser.hasField("expenditureStaff")).as("a line not in the budget").isFalse();
      browser
          .claim()
          .type("indicatorActual1_value_submitProgressReport", "31")
          .type("reportNarrative", "Survey done; the first schools are online")
          .type("expenditureOtherDirectCosts", "1500.00")
          .completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !api.tasks("manager", reference, REVIEW_PROGRESS_REPORT).isEmpty());

    try (Browser browser = Browser.open(port)) {
      String taskId =
          (String) api.tasks("manager", reference, REVIEW_PROGRESS_REPORT).get(0).get("id");
      browser.logInToTasklist("manager").openTask(taskId);
      assertThat(browser.value("indicatorActual1_value_reviewProgressReport")).isEqualTo("31");
      assertThat(browser.value("expenditure")).isEqualTo("1500.00");
      // 1,500.00 of 7,000.00 = 21.43%.
      assertThat(browser.value("budgetLineOtherDirectCosts"))
          .isEqualTo("This period 1,500.00 · to date 1,500.00 of 7,000.00 (21.43%)");
      browser.claim().tick("Accept the report").completeTask();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                ((Map<String, Object>)
                        api.getList("gsma", "/api/agreements/" + reference + "/reports")
                            .getBody()
                            .get(0)
                            .get("period"))
                    .get("status")
                    .equals("ACCEPTED"));
  }

  @Test
  void donorSeesTheirOwnSignOffInTasklistWithoutTheAgencysInternalFindings() {
    // A donor of its own: the shared database holds other tests' sign-offs for GSMA and JICA.
    String donor = api.newPartnerWithRepresentative("TLD");
    String representative = Api.representativeOf(donor);
    String donorsReference = api.toDonorSignOff(donor, "5000.00");
    String jicaReference = api.toDonorSignOff("JICA", "5000.00");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(representative);
      assertThat(browser.taskList())
          .anySatisfy(task -> assertThat(task).contains(donorsReference))
          .noneSatisfy(task -> assertThat(task).contains(jicaReference));

      String taskId =
          (String) api.tasks(representative, donorsReference, DONOR_SIGN_OFF).get(0).get("id");
      browser.openTask(taskId);
      assertThat(browser.value("agreementReference")).isEqualTo(donorsReference);
      assertThat(browser.hasField("riskRating")).isFalse();
      assertThat(browser.hasField("legalComment")).isFalse();
    }
  }

  @Test
  void reviewersTellTheirDueDiligenceTasksApartByReferenceAndTitle() {
    String reference = api.propose(api.newPartner("REVIEWED", "Reviewed Foundation"), "3000.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("legal");
      assertThat(browser.taskList())
          .anySatisfy(
              task ->
                  assertThat(task).contains("Legal review", reference, "Rural broadband toolkit"));
    }
  }

  @Test
  void partnerNameWithMarkupIsShownAsTextAndNeverRuns() {
    String hostile = "<img src=x onerror=\"document.title='pwned'\"> Acme & Co";
    api.post(
        "officer",
        "/api/partners",
        Map.of(
            "code", "XSSCO",
            "name", hostile,
            "type", "PRIVATE_SECTOR",
            "country", "FR",
            "contactEmail", "office@xssco.example"));
    String reference = api.propose("XSSCO", "1000.00");
    String taskId = (String) api.tasks("officer2", reference, SCREEN_PROPOSAL).get(0).get("id");

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("officer2").openTask(taskId);

      assertThat(browser.value("partnerName")).isEqualTo(hostile);
      assertThat(browser.title()).doesNotContain("pwned");
      assertThat(browser.hasElement("img[src='x']")).isFalse();
    }
  }
}
