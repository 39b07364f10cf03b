package org.accord.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A progress report gives its expenditure per line of the agreement's budget; the ledger sets what
 * was spent on each line beside its budget, and the totals stay exact. One figure, as clients sent
 * it before, is other direct costs. Bad expenditure is named and nothing is written.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class ExpenditureByLineIntegrationTest {

  @Autowired Api api;
  @Autowired GreenMail smtp;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate rest;

  private String reference;

  /**
   * The partner's cash: staff 30,000.00 and travel 10,000.00, plus 7% programme support costs on
   * those 40,000.00 = 2,800.00, so 42,800.00 USD in all, paid on signature; equipment 5,000.00 is
   * the agency's co-financing. No line of other direct costs.
   */
  @BeforeEach
  void anActiveAgreementWhosePartnerFinancesStaffAndTravel() {
    Map<String, Object> proposal = Proposals.valid("JICA", "42800.00", "USD");
    proposal.put(
        "budget",
        List.of(
            Map.of("line", "STAFF", "source", "PARTNER_CASH", "amount", "30000.00"),
            Map.of("line", "TRAVEL", "source", "PARTNER_CASH", "amount", "10000.00"),
            Map.of("line", "EQUIPMENT", "source", "AGENCY_COFINANCING", "amount", "5000.00")));
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    reference = (String) created.getBody().get("reference");
    api.activate(api.throughApproval(reference), "JICA");
  }

  /**
   * Received 20,000.00. Period 1: staff 6,000.00, travel 1,250.40 = 7,250.40. Period 2: staff
   * 7,000.00, travel 0, with its total 7,000.00 given too. Spent: staff 6,000.00 + 7,000.00 =
   * 13,000.00, travel 1,250.40, so 14,250.40 in all; balance 20,000.00 − 14,250.40 = 5,749.60; burn
   * rate 14,250.40 / 42,800.00 = 33.2953…% = 33.30%. The lines' budgets add up to the budget:
   * 30,000.00 + 10,000.00 + 2,800.00 = 42,800.00.
   */
  @Test
  void expenditurePerLine_isRecorded_andTheLedgerSetsEachLinesSpendingBesideItsBudget()
      throws Exception {
    receive("20000.00");
    api.fire(reference, 1, "PeriodEnded");
    ResponseEntity<Map<String, Object>> first =
        submit(
            1,
            report(
                null,
                List.of(
                    Map.of("line", "STAFF", "amount", "6000.00"),
                    Map.of("line", "TRAVEL", "amount", "1250.40"))));
    assertThat(first.getStatusCode()).as("%s", first.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(latestSubmission(first))
        .containsEntry("expenditure", "7250.40")
        .containsEntry(
            "expenditureByLine",
            List.of(
                Map.of("line", "STAFF", "amount", "6000.00"),
                Map.of("line", "TRAVEL", "amount", "1250.40")));
    accept(1);
    api.fire(reference, 2, "PeriodEnded");
    assertThat(
            submit(
                    2,
                    report(
                        "7000.00",
                        List.of(
                            Map.of("line", "TRAVEL", "amount", "0"),
                            Map.of("line", "STAFF", "amount", "7000.00"))))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    accept(2);

    Map<String, Object> cash =
        (Map<String, Object>)
            api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("cash");
    assertThat(cash)
        .containsEntry("budget", "42800.00")
        .containsEntry("received", "20000.00")
        .containsEntry("spent", "14250.40")
        .containsEntry("balance", "5749.60")
        .containsEntry("burnRatePercent", "33.30")
        .containsEntry("overspent", false);
    assertThat((List<Map<String, Object>>) cash.get("lines"))
        .containsExactly(
            Map.of("line", "STAFF", "budget", "30000.00", "spent", "13000.00"),
            Map.of("line", "TRAVEL", "budget", "10000.00", "spent", "1250.40"),
            Map.of("line", "PROGRAMME_SUPPORT_COSTS", "budget", "2800.00", "spent", "0.00"));
    assertThat(api.get("manager", "/api/agreements/" + reference + "/progress").getBody())
        .containsEntry("spent", "14250.40")
        .containsEntry("lines", cash.get("lines"));

    // The donor's PDF of period 2: staff 13,000.00 / 30,000.00 = 43.33%, travel 12.5%, support
    // costs 0%.
    assertThat(progressReportPdf(2))
        .contains("Expenditure by budget line")
        .contains("Staff 30,000.00 7,000.00 13,000.00 43.33%")
        .contains("Travel 10,000.00 0.00 1,250.40 12.5%")
        .contains("Programme support costs 2,800.00 0.00 0.00 0%");
  }

  @Test
  void oneFigureAlone_isRecordedAsOtherDirectCosts_evenWhereTheBudgetHasNoSuchLine() {
    api.fire(reference, 1, "PeriodEnded");

    ResponseEntity<Map<String, Object>> submitted = submit(1, report("2500.00", null));

    assertThat(submitted.getStatusCode()).as("%s", submitted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(latestSubmission(submitted))
        .containsEntry("expenditure", "2500.00")
        .containsEntry(
            "expenditureByLine",
            List.of(Map.of("line", "OTHER_DIRECT_COSTS", "amount", "2500.00")));
    Map<String, Object> cash =
        (Map<String, Object>)
            api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("cash");
    assertThat((List<Map<String, Object>>) cash.get("lines"))
        .contains(Map.of("line", "OTHER_DIRECT_COSTS", "budget", "0.00", "spent", "2500.00"));
    assertThat(cash).containsEntry("spent", "2500.00");
  }

  @Test
  void badExpenditure_isRefusedNamingTheField_andNothingIsWritten() {
    api.fire(reference, 1, "PeriodEnded");
    long reports = count("progress_report");
    long lines = count("report_expenditure");

    assertRefused(report(null, List.of(line("STAFF", "-1.00"))), "expenditureByLine[0].amount");
    assertRefused(report(null, List.of(line("STAFF", "10.001"))), "expenditureByLine[0].amount");
    assertRefused(report(null, List.of(line("STAFF", "ten"))), "expenditureByLine[0].amount");
    assertRefused(report(null, List.of(line("SALARIES", "10.00"))), "expenditureByLine[0].line");
    assertRefused(report(null, List.of(line(null, "10.00"))), "expenditureByLine[0].line");
    // Equipment is in the budget, but as the agency's co-financing, not the partner's cash.
    assertRefused(report(null, List.of(line("EQUIPMENT", "10.00"))), "expenditureByLine[0].line");
    assertRefused(
        report(null, List.of(line("OTHER_DIRECT_COSTS", "10.00"))), "expenditureByLine[0].line");
    assertRefused(
        report(null, List.of(line("PROGRAMME_SUPPORT_COSTS", "10.00"))),
        "expenditureByLine[0].line");
    assertRefused(
        report(null, List.of(line("STAFF", "10.00"), line("STAFF", "5.00"))),
        "expenditureByLine[1].line");
    // 60.00 + 30.00 = 90.00, not 100.00.
    assertRefused(
        report("100.00", List.of(line("STAFF", "60.00"), line("TRAVEL", "30.00"))), "expenditure");
    assertRefused(report(null, null), "expenditure");
    assertRefused(report("-5.00", null), "expenditure");
    assertRefused(report("5.001", null), "expenditure");

    assertThat(count("progress_report")).isEqualTo(reports);
    assertThat(count("report_expenditure")).isEqualTo(lines);
    assertThat(
            ((Map<String, Object>)
                    api.getList("officer", "/api/agreements/" + reference + "/reports")
                        .getBody()
                        .get(0)
                        .get("period"))
                .get("status"))
        .isEqualTo("DUE");
  }

  /**
   * Received 5,000.00; spent staff 4,000.00 + travel 1,500.00 = 5,500.00: the balance is 5,000.00 −
   * 5,500.00 = −500.00, so the report is accepted and finance is told.
   */
  @Test
  void aReportWhoseLinesAddUpToMoreThanWasReceived_isAccepted_andFlaggedToFinance() {
    receive("5000.00");
    api.fire(reference, 1, "PeriodEnded");
    submit(1, report(null, List.of(line("STAFF", "4000.00"), line("TRAVEL", "1500.00"))));

    accept(1);

    Map<String, Object> cash =
        (Map<String, Object>)
            api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("cash");
    assertThat(cash)
        .containsEntry("spent", "5500.00")
        .containsEntry("balance", "-500.00")
        .containsEntry("overspent", true);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(smtp.getReceivedMessages())
                    .anyMatch(
                        message ->
                            subjectOf(message).contains("More spent than received: " + reference)
                                && recipientsOf(message).contains("finance@accord.example")));
  }

  private void assertRefused(Map<String, Object> report, String field) {
    ResponseEntity<Map<String, Object>> response = submit(1, report);
    assertThat(response.getStatusCode()).as("%s", report).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            ((List<Map<String, Object>>) response.getBody().get("errors"))
                .stream().map(error -> error.get("field")).toList())
        .as("%s", report)
        .contains(field);
  }

  private ResponseEntity<Map<String, Object>> submit(int period, Map<String, Object> report) {
    return api.post("officer", "/api/agreements/" + reference + "/reports/" + period, report);
  }

  private void accept(int period) {
    assertThat(
            api.post(
                    "manager",
                    "/api/agreements/" + reference + "/reports/" + period + "/review",
                    Map.of("decision", "ACCEPT"))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> report(String expenditure, List<Map<String, Object>> lines) {
    Map<String, Object> report = new HashMap<>();
    report.put("narrative", "Staff recruited, first missions travelled");
    report.put("indicatorActuals", List.of(Map.of("code", "1.1", "value", "10")));
    if (expenditure != null) {
      report.put("expenditure", expenditure);
    }
    if (lines != null) {
      report.put("expenditureByLine", lines);
    }
    return report;
  }

  private static Map<String, Object> line(String line, String amount) {
    Map<String, Object> entry = new HashMap<>();
    entry.put("line", line);
    entry.put("amount", amount);
    return entry;
  }

  private static Map<String, Object> latestSubmission(ResponseEntity<Map<String, Object>> report) {
    List<Map<String, Object>> submissions =
        (List<Map<String, Object>>) report.getBody().get("submissions");
    return submissions.get(submissions.size() - 1);
  }

  private void receive(String amount) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        ((List<Map<String, Object>>)
                                api.get("finance", "/api/agreements/" + reference + "/ledger")
                                    .getBody()
                                    .get("instalments"))
                            .get(0))
                    .containsEntry("status", "CALLED"));
    Map<String, Object> receipt = new HashMap<>();
    receipt.put("amount", amount);
    receipt.put("currency", "USD");
    receipt.put("valueDate", LocalDate.now().toString());
    receipt.put("bankReference", "BR-" + reference + "-" + amount);
    receipt.put("instalment", 1);
    assertThat(
            api.post("finance", "/api/agreements/" + reference + "/receipts", receipt)
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private String progressReportPdf(int period) throws Exception {
    await().atMost(Duration.ofSeconds(30)).until(() -> progressReports().size() >= period);
    Object id = progressReports().get(period - 1).get("id");
    try (PDDocument pdf =
        Loader.loadPDF(
            rest.exchange(
                    "/api/agreements/" + reference + "/documents/" + id,
                    HttpMethod.GET,
                    new HttpEntity<>(Api.headersOf("jica")),
                    byte[].class)
                .getBody())) {
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private List<Map<String, Object>> progressReports() {
    return api.getList("jica", "/api/agreements/" + reference + "/documents").getBody().stream()
        .filter(document -> "PROGRESS_REPORT".equals(document.get("kind")))
        .toList();
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from accord." + table, Long.class);
  }

  private static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException unreadable) {
      return "";
    }
  }

  private static String recipientsOf(MimeMessage message) {
    try {
      return Arrays.toString(message.getAllRecipients());
    } catch (jakarta.mail.MessagingException unreadable) {
      return "";
    }
  }
}
