package org.accord.metrics.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.reporting.ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The managers' money figures from agreements of a donor of the test's own, driven through the API
 * with the clock moved day by day, every total computed by hand:
 *
 * <pre>
 * day  A1: 10,000.00 USD, Africa,              A2: 8,000.00 GBP, Asia-Pacific,        A3, A4, A5 (USD, Africa)
 *      affordable connectivity                 digital transformation
 * -30                                          GBP at 1.25 USD
 *   0  ACTIVE: 4,000.00 on signature (called,
 *      pay by day 30), 6,000.00 on day 200
 *   5  3,000.00 received
 *   7  report 1 accepted, spent 2,500.00;
 *      report 2 (700.00) sent back
 *  40                                          proposed at 1.25: 10,000.00 USD; ACTIVE:
 *                                              2,000.00 on signature (called, pay by
 *                                              day 70; 2,500.00 USD), 6,000.00 on
 *                                              report 2 (7,500.00 USD)
 *  46                                          report 1 accepted, spent 1,600.00 GBP
 *  60                                          GBP at 1.30
 *  65                                          100.00 received, then reversed;
 *                                              1,500.00 received: 1,950.00 USD
 * 100                                                                                  A3 ACTIVE, 5,000.00 on signature
 *                                                                                      (called, pay by day 130)
 * 101                                                                                  A4 (3,000.00) proposed
 * 102                                                                                  A5 (2,000.00) rejected
 * 105  the figures are read
 * </pre>
 */
@AccordIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class FundsMetricsIntegrationTest {

  private static final String DONOR = "LEDG";
  private static final String FILTER = "?donor=" + DONOR;

  @LocalServerPort int port;
  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  private ZonedDateTime dayZero;
  private String a1;
  private String a2;
  private String a3;
  private LocalDate a2Report2Due;

  @BeforeAll
  void followTheMoney() {
    dayZero = LocalDate.now().minusDays(120).atTime(9, 0).atZone(ZoneId.systemDefault());
    api.newPartner(DONOR, "Ledger Trust");
    api.newUser("ledg", "donor-" + DONOR);
    api.newUser("ledgclerk", "finance");
    assertThat(
            api.put(
                    "admin",
                    "/api/exchange-rates/GBP",
                    Map.of("usdPerUnit", "1.25", "effectiveDate", day(-30).toString()))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);

    on(0);
    Map<String, Object> first = reportingSince(Proposals.valid(DONOR, "10000.00", "USD"), 0, 6);
    first.put(
        "schedule",
        List.of(
            Map.of("amount", "4000.00", "currency", "USD", "trigger", "ON_SIGNATURE"),
            Map.of(
                "amount",
                "6000.00",
                "currency",
                "USD",
                "trigger",
                "ON_DATE",
                "dueDate",
                day(200).toString())));
    a1 = activate(propose(first));
    awaitSubmissions(a1, 2);
    on(5);
    receive(a1, "3000.00", "USD", 5, "BR-LEDG-1");
    on(6);
    api.post("officer", report(a1, 1), spent("2500.00"));
    api.post("officer", report(a1, 2), spent("700.00"));
    on(7);
    review(a1, 1, "ACCEPT");
    review(a1, 2, "REVISE");

    on(40);
    Map<String, Object> second = reportingSince(Proposals.valid(DONOR, "8000.00", "GBP"), 40, 4);
    second.put("priority", "DIGITAL_TRANSFORMATION");
    second.put("region", "ASIA_PACIFIC");
    second.put(
        "schedule",
        List.of(
            Map.of("amount", "2000.00", "currency", "GBP", "trigger", "ON_SIGNATURE"),
            Map.of(
                "amount",
                "6000.00",
                "currency",
                "GBP",
                "trigger",
                "ON_REPORT_ACCEPTED",
                "reportNumber",
                2)));
    a2 = activate(propose(second));
    awaitSubmissions(a2, 1);
    on(45);
    api.post("officer", report(a2, 1), spent("1600.00"));
    on(46);
    review(a2, 1, "ACCEPT");
    on(60);
    assertThat(
            api.put(
                    "admin",
                    "/api/exchange-rates/GBP",
                    Map.of("usdPerUnit", "1.30", "effectiveDate", day(60).toString()))
                .getStatusCode())
        .isEqualTo(HttpStatus.OK);
    on(65);
    long mistaken = receive(a2, "100.00", "GBP", 65, "BR-LEDG-2");
    assertThat(
            api.post(
                    "ledgclerk",
                    "/api/agreements/" + a2 + "/receipts/" + mistaken + "/reversal",
                    Map.of("reason", "Credited to the wrong agreement"))
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    receive(a2, "1500.00", "GBP", 65, "BR-LEDG-3");
    a2Report2Due = LocalDate.parse((String) period(a2, 2).get("dueOn"));

    on(100);
    a3 = activate(propose(Proposals.valid(DONOR, "5000.00", "USD")));
    on(101);
    propose(Proposals.valid(DONOR, "3000.00", "USD"));
    on(102);
    String rejected = propose(Proposals.valid(DONOR, "2000.00", "USD"));
    api.complete(
        "officer2",
        rejected,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", "REJECT", "screeningComment", "Outside our priorities"));
    api.awaitStatus(rejected, "REJECTED");
    on(105);
  }

  @AfterAll
  void restoreTheClock() {
    ClockUtil.reset();
  }

  /**
   * Pledged: 10,000.00 + 10,000.00 (8,000.00 GBP at 1.25) + 5,000.00 + 3,000.00 = 28,000.00 (A5
   * rejected). Committed: A1, A2, A3 = 25,000.00. Received: 3,000.00 + 1,500.00 GBP at 1.30 =
   * 4,950.00 (the reversed 100.00 GBP not). Spent: A1's accepted 2,500.00 (its 700.00 was sent
   * back) + A2's 1,600.00 GBP at its own rate 10,000.00 / 8,000.00 = 2,000.00: 4,500.00. Balance:
   * 4,950.00 − 4,500.00 = 450.00.
   */
  @Test
  void pledgedCommittedReceivedSpentAndBalance_inTotal_andByRegionPriorityDonorAndMonth() {
    Map<String, Object> funds = api.get("manager", "/api/metrics/funds" + FILTER).getBody();

    assertThat(money(funds))
        .containsExactly("28000.00", "25000.00", "4950.00", "4500.00", "450.00");
    Map<String, Object> byRegion = (Map<String, Object>) funds.get("byRegion");
    assertThat(money(byRegion.get("AFRICA")))
        .containsExactly("18000.00", "15000.00", "3000.00", "2500.00", "500.00");
    // Received 1,950.00 of what it spent, 2,000.00: a balance of −50.00.
    assertThat(money(byRegion.get("ASIA_PACIFIC")))
        .containsExactly("10000.00", "10000.00", "1950.00", "2000.00", "-50.00");
    Map<String, Object> byPriority = (Map<String, Object>) funds.get("byPriority");
    assertThat(byPriority.get("AFFORDABLE_CONNECTIVITY")).isEqualTo(byRegion.get("AFRICA"));
    assertThat(byPriority.get("DIGITAL_TRANSFORMATION")).isEqualTo(byRegion.get("ASIA_PACIFIC"));
    assertThat(((Map<String, Object>) funds.get("byDonor")).get(DONOR))
        .isEqualTo(
            Map.of(
                "pledgedUsd", "28000.00",
                "committedUsd", "25000.00",
                "receivedUsd", "4950.00",
                "spentUsd", "4500.00",
                "balanceUsd", "450.00"));

    // Received by the month of each value date (days 5 and 65), and every month adds up.
    Map<String, Map<String, Object>> byMonth =
        (Map<String, Map<String, Object>>) (Map<String, ?>) funds.get("byMonth");
    Map<String, String> received = new LinkedHashMap<>();
    received.merge(month(5), "3000.00", FundsMetricsIntegrationTest::add);
    received.merge(month(65), "1950.00", FundsMetricsIntegrationTest::add);
    received.forEach(
        (month, usd) -> assertThat(byMonth.get(month)).containsEntry("receivedUsd", usd));
    for (String flow : List.of("pledgedUsd", "committedUsd", "receivedUsd", "spentUsd")) {
      assertThat(
              byMonth.values().stream()
                  .map(figures -> new java.math.BigDecimal((String) figures.get(flow)))
                  .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)
                  .toPlainString())
          .as(flow)
          .isEqualTo(funds.get(flow));
    }
  }

  /**
   * On day 105: A3's call asks payment by day 130, not yet due: 5,000.00. A2's by day 70, 35 days
   * ago: 2,000.00 − 1,500.00 = 500.00 GBP outstanding, at the 2,500.00 USD expected of the
   * 2,000.00: 625.00. A1's by day 30, 75 days ago: 4,000.00 − 3,000.00 = 1,000.00.
   */
  @Test
  void receivablesByAge_areTheCalledInstalmentsOutstanding_byDaysPastTheirPayByDate() {
    Map<String, Object> funds = api.get("manager", "/api/metrics/funds" + FILTER).getBody();

    assertThat((Map<String, Object>) funds.get("receivables"))
        .containsExactly(
            Map.entry("NOT_YET_DUE", owed(1, "5000.00")),
            Map.entry("DAYS_0_30", owed(0, "0.00")),
            Map.entry("DAYS_31_60", owed(1, "625.00")),
            Map.entry("DAYS_61_90", owed(1, "1000.00")),
            Map.entry("OVER_90", owed(0, "0.00")));
  }

  /**
   * Everything still owed, 25,000.00 committed less what came in towards it at its expected value
   * (3,000.00 and 1,500.00 GBP ≙ 1,875.00): 20,125.00, by quarter: the two overdue calls now
   * (1,000.00 + 625.00), A3's by its pay-by date (5,000.00), A1's second on its date, day 200
   * (6,000.00), A2's second by the due date of report 2 (6,000.00 GBP at 1.25: 7,500.00).
   */
  @Test
  void expectedReceipts_ofTheNextFourQuarters_comeFromTheSchedules() {
    Map<String, Object> expected =
        (Map<String, Object>)
            api.get("manager", "/api/metrics/funds" + FILTER).getBody().get("expectedReceipts");

    Map<String, Map<String, Object>> quarters = new LinkedHashMap<>();
    LocalDate today = day(105);
    for (int next = 0; next < 4; next++) {
      quarters.put(quarter(today.plusMonths(3L * next)), owed(0, "0.00"));
    }
    expect(quarters, today, 1, "1000.00");
    expect(quarters, today, 1, "625.00");
    expect(quarters, day(130), 1, "5000.00");
    expect(quarters, day(200), 1, "6000.00");
    expect(quarters, a2Report2Due, 1, "7500.00");
    assertThat(expected.get("quarters")).isEqualTo(quarters);
    assertThat(expected.get("later")).isEqualTo(owed(0, "0.00"));
    assertThat(expected.get("undated")).isEqualTo(owed(0, "0.00"));
  }

  @Test
  void theFiltersApplyToTheMoney_andBadOnesAreNamed() {
    Map<String, Object> asia =
        api.get("manager", "/api/metrics/funds" + FILTER + "&region=ASIA_PACIFIC").getBody();

    assertThat(money(asia)).containsExactly("10000.00", "10000.00", "1950.00", "2000.00", "-50.00");
    assertThat(((Map<String, Object>) asia.get("receivables")).get("DAYS_31_60"))
        .isEqualTo(owed(1, "625.00"));
    assertThat(((Map<String, Object>) asia.get("receivables")).get("DAYS_61_90"))
        .isEqualTo(owed(0, "0.00"));
    assertThat(api.get("manager", "/api/metrics/dashboard" + FILTER).getBody().get("funds"))
        .isEqualTo(api.get("manager", "/api/metrics/funds" + FILTER).getBody());

    var badPriority = api.get("manager", "/api/metrics/funds?priority=WORLD_PEACE");
    assertThat(badPriority.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badPriority.getBody().toString()).contains("priority", "WORLD_PEACE");
    ResponseEntity<String> badDate = ledger("finance", "?from=2026-13-01");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).contains("from");
    ResponseEntity<String> backwards = ledger("finance", "?from=2026-05-01&to=2026-04-01");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).contains("to");
  }

  @Test
  void theMoneyIsForManagers_andTheLedgerForFinanceToo_neverForADonor() {
    assertThat(api.get("ledg", "/api/metrics/funds").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("finance", "/api/metrics/funds").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ledger("ledg", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ledger("officer", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ledger(null, "").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(ledger("manager", FILTER).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  /**
   * A2's ledger: its first instalment partly received (500.00 GBP outstanding, 35 days overdue),
   * the receipt reversed and the one that counts (1,950.00 USD, of which 1,875.00 expected: 75.00
   * exchange difference), then its second instalment, not yet called.
   */
  @Test
  void ledgerCsv_hasEveryInstalmentWithItsCall_thenItsReceipts_reversedOnesToo() {
    ResponseEntity<String> export = ledger("finance", FILTER);

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(export.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("ledger.csv");
    List<String> lines = export.getBody().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFreference,donor,instalment,entry,status,trigger,due_date,report_number,amount,"
                + "currency,amount_usd,called_on,pay_by,outstanding,days_overdue,receipt_id,"
                + "value_date,bank_reference,toward_instalment,exchange_difference_usd,overpayment,"
                + "recorded_by,recorded_at,reversed_by,reversed_at,reversal_reason");
    List<String> a2Lines =
        lines.stream()
            .filter(line -> line.startsWith(a2 + ","))
            .map(line -> line.replaceAll(",\\d{4}-\\d\\d-\\d\\dT[^,]*Z", ",<time>"))
            .toList();
    String reversed = receiptId(lines, "BR-LEDG-2");
    String counted = receiptId(lines, "BR-LEDG-3");
    String noReceipt = ",".repeat(10);
    assertThat(a2Lines)
        .containsExactly(
            row(a2, DONOR, 1, "INSTALMENT", "PARTLY_RECEIVED", "ON_SIGNATURE", "", "", "2000.00")
                + row("", "GBP", "2500.00", day(40), day(70), "500.00", 35, noReceipt),
            row(a2, DONOR, 1, "RECEIPT", "REVERSED", "", "", "", "100.00", "GBP", "130.00")
                + row("", "", "", "", "", reversed, day(65), "BR-LEDG-2", "100.00", "5.00")
                + row("", "false", "finance", "<time>", "ledgclerk", "<time>")
                + row("", "Credited to the wrong agreement"),
            row(a2, DONOR, 1, "RECEIPT", "RECORDED", "", "", "", "1500.00", "GBP", "1950.00")
                + row("", "", "", "", "", counted, day(65), "BR-LEDG-3", "1500.00", "75.00")
                + row("", "false", "finance", "<time>", "", "", ""),
            row(a2, DONOR, 2, "INSTALMENT", "SCHEDULED", "ON_REPORT_ACCEPTED", "", 2, "6000.00")
                + row("", "GBP", "7500.00", "", "", "6000.00", "", noReceipt));
    // A3, called on day 100, asks payment by day 130: not overdue.
    assertThat(lines)
        .contains(
            row(a3, DONOR, 1, "INSTALMENT", "CALLED", "ON_SIGNATURE", "", "", "5000.00", "USD")
                + row("", "5000.00", day(100), day(130), "5000.00", "", noReceipt));
  }

  @Test
  void dashboardInChromium_showsFundsMobilizedAsReceived_withCommittedBeside_andWhatIsOwed()
      throws Exception {
    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist("manager").openPage("/dashboard" + FILTER, "body[data-drawn]");
      browser.screenshot(Path.of("target/screenshots/dashboard-funds.png"));

      assertThat(browser.text("[data-figure=mobilizedUsd]")).isEqualTo("USD 4,950");
      assertThat(browser.text("[data-figure=committedUsd]"))
          .isEqualTo("of USD 25,000 committed, USD 28,000 pledged");
      assertThat(browser.text("[data-figure=balanceUsd]")).isEqualTo("USD 450");
      assertThat(browser.text("[data-figure=overdueReceivablesUsd]")).isEqualTo("USD 1,625");
      assertThat(browser.text("#table-funds-donor tr[data-key=LEDG]"))
          .isEqualTo("Ledger Trust (LEDG) USD 28,000 USD 25,000 USD 4,950 USD 4,500 USD 450");
      assertThat(browser.text("#table-receivables tr[data-key=DAYS_61_90]"))
          .isEqualTo("61–90 days overdue 1 USD 1,000");
      assertThat(browser.text("#table-expected tr[data-key=undated]"))
          .isEqualTo("No date yet 0 USD 0");
      assertThat(
              browser.evaluate("return Chart.getChart('chart-receivables').data.datasets[0].data;"))
          .isEqualTo(List.of(5000L, 0L, 625L, 1000L, 0L));
      assertThat(browser.evaluate("return document.getElementById('ledger-export').href;"))
          .isEqualTo("http://localhost:" + port + "/api/exports/ledger.csv" + FILTER);
    }
  }

  private void on(int day) {
    ClockUtil.setCurrentTime(Date.from(dayZero.plusDays(day).toInstant()));
  }

  private LocalDate day(int day) {
    return dayZero.plusDays(day).toLocalDate();
  }

  private String month(int day) {
    return day(day).toString().substring(0, 7);
  }

  /** Reporting quarterly since some months before the day: those periods have ended. */
  private Map<String, Object> reportingSince(Map<String, Object> proposal, int day, int months) {
    LocalDate start = day(day).minusMonths(months).minusDays(5);
    proposal.put("startDate", start.toString());
    proposal.put("endDate", start.plusYears(2).toString());
    proposal.put("reportingFrequency", "QUARTERLY");
    return proposal;
  }

  private String propose(Map<String, Object> proposal) {
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("reference");
  }

  /** Through approval to ACTIVE, and its instalment due on signature called. */
  private String activate(String reference) {
    api.activate(api.throughApproval(reference), DONOR);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> assertThat(instalments(reference).get(0)).containsEntry("status", "CALLED"));
    return reference;
  }

  private List<Map<String, Object>> instalments(String reference) {
    return (List<Map<String, Object>>)
        api.get("finance", "/api/agreements/" + reference + "/ledger").getBody().get("instalments");
  }

  private void awaitSubmissions(String reference, int reports) {
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> api.tasks("officer", reference, SUBMIT_PROGRESS_REPORT).size() == reports);
  }

  private long receive(String reference, String amount, String currency, int day, String bank) {
    ResponseEntity<Map<String, Object>> recorded =
        api.post(
            "finance",
            "/api/agreements/" + reference + "/receipts",
            Map.of(
                "amount",
                amount,
                "currency",
                currency,
                "valueDate",
                day(day).toString(),
                "bankReference",
                bank,
                "instalment",
                1));
    assertThat(recorded.getStatusCode()).as("%s", recorded.getBody()).isEqualTo(HttpStatus.CREATED);
    return ((Number) recorded.getBody().get("id")).longValue();
  }

  private static String report(String reference, int period) {
    return "/api/agreements/" + reference + "/reports/" + period;
  }

  private void review(String reference, int period, String decision) {
    assertThat(
            api.post(
                    "manager",
                    report(reference, period) + "/review",
                    Map.of("decision", decision, "comment", "Checked against the accounts"))
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
  }

  private Map<String, Object> period(String reference, int number) {
    return api.getList("officer", "/api/agreements/" + reference + "/reports").getBody().stream()
        .map(report -> (Map<String, Object>) report.get("period"))
        .filter(period -> ((Number) period.get("number")).intValue() == number)
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> spent(String expenditure) {
    return Map.of(
        "narrative",
        "Schools surveyed and connected",
        "expenditure",
        expenditure,
        "indicatorActuals",
        List.of(Map.of("code", "1.1", "value", "60")));
  }

  private ResponseEntity<String> ledger(String user, String query) {
    return rest.exchange(
        "/api/exports/ledger.csv" + query,
        HttpMethod.GET,
        new HttpEntity<>(user == null ? new HttpHeaders() : Api.headersOf(user)),
        String.class);
  }

  /** Cells joined as the CSV writes them. */
  private static String row(Object... cells) {
    return String.join(",", java.util.Arrays.stream(cells).map(String::valueOf).toList());
  }

  private static String receiptId(List<String> lines, String bankReference) {
    return lines.stream()
        .filter(line -> line.contains("," + bankReference + ","))
        .findFirst()
        .orElseThrow()
        .split(",")[15];
  }

  private static List<Object> money(Object figures) {
    Map<String, Object> money = (Map<String, Object>) figures;
    return List.of(
        money.get("pledgedUsd"),
        money.get("committedUsd"),
        money.get("receivedUsd"),
        money.get("spentUsd"),
        money.get("balanceUsd"));
  }

  private static Map<String, Object> owed(int instalments, String usd) {
    return Map.of("instalments", instalments, "usd", usd);
  }

  private static String quarter(LocalDate date) {
    return date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR);
  }

  /** Adds an instalment to the quarter it is expected in. */
  private static void expect(
      Map<String, Map<String, Object>> quarters, LocalDate on, int instalments, String usd) {
    Map<String, Object> sofar = quarters.get(quarter(on));
    assertThat(sofar).as("the quarter of %s is one of the next four", on).isNotNull();
    quarters.put(
        quarter(on),
        owed(
            (Integer) sofar.get("instalments") + instalments, add((String) sofar.get("usd"), usd)));
  }

  private static String add(String one, String other) {
    return new java.math.BigDecimal(one).add(new java.math.BigDecimal(other)).toPlainString();
  }
}
