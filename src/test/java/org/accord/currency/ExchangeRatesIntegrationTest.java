package org.accord.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.shared.InvalidInputException;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exchange rates by date on the real database: each conversion at the rate in force at its date,
 * rates never overwritten, the UN table imported whole or not at all. The context and database are
 * shared with every integration test, so each test here uses currencies no other test converts, or
 * rates in force only from dates no other test converts at.
 */
@AccordIntegrationTest
class ExchangeRatesIntegrationTest {

  private static final String RATES = "/api/exchange-rates";
  private static final String IMPORT = RATES + "/import";
  private static final String HEADER = "currency,units_per_usd,effective_date\n";

  @Autowired Api api;
  @Autowired CurrencyService currencies;
  @Autowired PlatformTransactionManager transactions;

  /**
   * THB at 35 per USD from 1 March 2027, revised to 32 from 16 March; PEN at 3.75 from 1 March.
   * 7,000.00 THB on 15 March is 7,000.00 / 35 = 200.00 USD, on 16 March 7,000.00 / 32 = 218.75 USD;
   * in PEN on 15 March 7,000.00 × 3.75 / 35 = 750.00, on 20 March 7,000.00 × 3.75 / 32 = 820.3125 =
   * 820.31. On 28 February no THB rate is in force yet.
   */
  @Test
  void aRateRevisedMidMonth_eachDateConvertsAtTheRateInForceThen() {
    assertThat(
            importing(
                    "finance",
                    HEADER
                        + "THB,35,2027-03-01\n"
                        + "PEN,3.75,2027-03-01\n"
                        + "THB,32,2027-03-16\n")
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    BigDecimal baht = new BigDecimal("7000.00");
    assertThat(currencies.toUsd(baht, "THB", LocalDate.of(2027, 3, 15)))
        .isEqualByComparingTo("200.00");
    assertThat(currencies.toUsd(baht, "THB", LocalDate.of(2027, 3, 16)))
        .isEqualByComparingTo("218.75");
    assertThat(currencies.convert(baht, "THB", "PEN", LocalDate.of(2027, 3, 15)))
        .isEqualByComparingTo("750.00");
    assertThat(currencies.convert(baht, "THB", "PEN", LocalDate.of(2027, 3, 20)))
        .isEqualByComparingTo("820.31");
    InvalidInputException tooEarly =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> currencies.toUsd(baht, "THB", LocalDate.of(2027, 2, 28)));
    assertThat(tooEarly.violations())
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.field()).isEqualTo("valueDate");
              assertThat(violation.message()).contains("THB", "2027-02-28", "2027-03-01");
            });

    assertThat(rateOf(api.getList("gsma", RATES + "?date=2027-03-15").getBody(), "THB"))
        .containsEntry("unitsPerUsd", 35.0)
        .containsEntry("effectiveDate", "2027-03-01")
        .containsEntry("source", "UN_OPERATIONAL")
        .containsEntry("updatedBy", "finance");
    // 1 / 32 = 0.03125, for reading; conversions divided by 32.
    assertThat(rateOf(api.getList("gsma", RATES + "?date=2027-03-16").getBody(), "THB"))
        .containsEntry("unitsPerUsd", 32.0)
        .containsEntry("usdPerUnit", 0.03125)
        .containsEntry("effectiveDate", "2027-03-16");
    assertThat(api.getList("gsma", RATES).getBody())
        .extracting(rate -> rate.get("currency"))
        .contains("USD", "EUR")
        .doesNotContain("THB");
  }

  /**
   * MAD at 10 per USD from 1 January 2026 and 5 per USD from 1 June 2027: a proposal of 100,000.00
   * MAD made today goes to the approval matrix as 100,000.00 / 10 = 10,000.00 USD, the rate at the
   * proposal's date, not the later one (20,000.00 USD).
   */
  @Test
  void theApprovalMatrixGetsTheAmountAtTheRateOfTheProposalsDate() {
    importing("admin", HEADER + "MAD,10,2026-01-01\nMAD,5,2027-06-01\n");

    ResponseEntity<Map<String, Object>> proposed =
        api.post("officer", "/api/agreements", Proposals.valid("GSMA", "100000.00", "MAD"));

    assertThat(proposed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(
            api.get("officer", "/api/agreements/" + proposed.getBody().get("reference")).getBody())
        .containsEntry("amountUsd", "10000.00");
  }

  @Test
  void aRateIsNeverOverwritten_theSameOneAgainIsAccepted_andImportingATableTwiceIsHarmless() {
    String uah = RATES + "/UAH";
    Map<String, Object> first = Map.of("usdPerUnit", "0.025", "effectiveDate", "2027-04-01");
    assertThat(api.put("admin", uah, first).getBody())
        .containsEntry("source", "MANUAL")
        .containsEntry("effectiveDate", "2027-04-01");
    assertThat(api.put("admin", uah, first).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> changed =
        api.put("admin", uah, Map.of("usdPerUnit", "0.026", "effectiveDate", "2027-04-01"));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) changed.getBody().get("detail"))
        .contains("UAH already has a rate effective 2027-04-01 (0.025 USD per unit");
    // The UN's 40 per USD is another value than the administrator's 0.025 USD per unit.
    assertThat(importing("finance", HEADER + "UAH,40,2027-04-01\n").getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    String may = HEADER + "UAH,41.5,2027-05-01\n";
    assertThat(importing("finance", may).getBody())
        .containsEntry("recorded", 1)
        .containsEntry("alreadyRecorded", 0);
    ResponseEntity<Map<String, Object>> again = importing("admin", may);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody()).containsEntry("recorded", 0).containsEntry("alreadyRecorded", 1);

    assertThat(api.getList("gsma", uah + "/history").getBody())
        .extracting(rate -> rate.get("effectiveDate") + " " + rate.get("updatedBy"))
        .containsExactly("2027-05-01 finance", "2027-04-01 admin");
    assertThat(api.getList("gsma", uah + "/history").getBody().get(1))
        .containsEntry("usdPerUnit", 0.025)
        .doesNotContainKey("unitsPerUsd");
  }

  @Test
  void anImportWithAnyWrongLineOrConflict_writesNothing() {
    ResponseEntity<Map<String, Object>> wrong =
        importing(
            "finance", HEADER + "COP,3950,2027-05-01\nTND,3.1,2027-05-01\nGHS,-15,2027-05-01\n");
    assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(wrong))
        .containsExactly(
            Map.of(
                "field", "file",
                "message", "line 4, units_per_usd: '-15' must be greater than zero"));
    assertThat(api.get("finance", RATES + "/COP/history").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // TND's rate for May is recorded; a table giving another one for May, after two good lines,
    // records neither of them.
    importing("finance", HEADER + "TND,3.1,2027-05-01\n");
    ResponseEntity<Map<String, Object>> conflicting =
        importing(
            "finance", HEADER + "COP,3950,2027-05-01\nTND,3.1,2027-04-01\nTND,3.2,2027-05-01\n");
    assertThat(conflicting.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) conflicting.getBody().get("detail"))
        .startsWith("Nothing was imported: line 4: TND already has a rate effective 2027-05-01");
    assertThat(api.get("finance", RATES + "/COP/history").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.getList("finance", RATES + "/TND/history").getBody())
        .singleElement()
        .satisfies(rate -> assertThat(rate).containsEntry("unitsPerUsd", 3.1));
  }

  @Test
  void badInputIsNamed() {
    assertThat(errors(importing("finance", "")))
        .containsExactly(Map.of("field", "file", "message", "is empty"));
    assertThat(errors(importing("finance", "currency,effective_date\nGHS,2027-05-01\n")))
        .extracting(error -> error.get("message"))
        .containsExactly(
            "line 1, the header, has no column units_per_usd: it must name"
                + " currency,units_per_usd,effective_date");
    assertThat(
            errors(
                importing(
                    "finance",
                    HEADER
                        + "GHS,15.2,2027-05-01\nXYZ,1,2027-05-01\nGHS,15.2,2027-05-01\n"
                        + "GHS,15.2,2027-06-31\n")))
        .extracting(error -> error.get("message"))
        .containsExactly(
            "line 3, currency: 'XYZ' is not an ISO 4217 currency code such as EUR",
            "line 4 repeats the rate of GHS effective 2027-05-01 of line 2",
            "line 5, effective_date: '2027-06-31' is not a date such as 2026-12-01");
    assertThat(errors(importing("finance", HEADER + "GHS,15.2,2027-05-01\n".repeat(20_000))))
        .extracting(error -> error.get("message"))
        .containsExactly("is larger than the 262,144 bytes a rates table may be");
    assertThat(api.post("finance", IMPORT, Map.of("file", HEADER)).getStatusCode())
        .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(api.get("finance", RATES + "/GHS/history").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(errors(api.get("gsma", RATES + "?date=2027-02-30")))
        .extracting(error -> error.get("field"))
        .containsExactly("date");
    assertThat(errors(api.get("gsma", RATES + "/ZZZ/history")))
        .extracting(error -> error.get("field"))
        .containsExactly("currency");
    assertThat(
            errors(
                api.put(
                    "admin",
                    RATES + "/GHS",
                    Map.of("usdPerUnit", "0.066", "effectiveDate", "2027-13-01"))))
        .extracting(error -> error.get("field"))
        .containsExactly("effectiveDate");
    assertThat(errors(api.put("admin", RATES + "/GHS", Map.of("usdPerUnit", "0.0660000000001"))))
        .extracting(error -> error.get("field") + ": " + error.get("message"))
        .containsExactly("usdPerUnit: must have at most 10 decimal places");
  }

  @Test
  void onlyFinanceAndAdministratorsImport_everyoneReads() {
    String table = HEADER + "BOB,6.9,2027-05-01\n";
    assertThat(importing("gsma", table).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importing("officer", table).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("finance", RATES + "/BOB/history").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.put("finance", RATES + "/BOB", Map.of("usdPerUnit", "0.145")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(importing("finance", table).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(api.getList("jica", RATES + "/BOB/history").getBody()).hasSize(1);
    assertThat(api.getList("officer", RATES + "?date=2027-05-01").getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  /**
   * The sample shipped in docs/samples imports as it is: 24 rates effective 1 December 2026, on
   * which day (a later rate another test sets may follow it) 1,000.00 EUR is 1,000.00 / 0.926 =
   * 1,079.91 USD and 1,000,000 KRW is 1,000,000 / 1,370 = 729.93 USD. Imported in a transaction
   * rolled back afterwards: its rates are in force today and would change the conversions other
   * tests expect.
   */
  @Test
  void theSampleTableImportsCleanly() throws Exception {
    byte[] sample = Files.readAllBytes(Path.of("docs/samples/un-operational-rates-2026-12.csv"));
    TransactionTemplate rolledBack = new TransactionTemplate(transactions);
    rolledBack.executeWithoutResult(
        status -> {
          CurrencyService.RateImport imported =
              currencies.importOperationalRates(new ByteArrayInputStream(sample), "finance");
          assertThat(imported.recorded()).isEqualTo(24);
          assertThat(imported.rates())
              .extracting(ExchangeRate::effectiveDate)
              .containsOnly(LocalDate.of(2026, 12, 1));
          LocalDate december = LocalDate.of(2026, 12, 1);
          assertThat(currencies.toUsd(new BigDecimal("1000.00"), "EUR", december))
              .isEqualByComparingTo("1079.91");
          assertThat(currencies.toUsd(new BigDecimal("1000000"), "KRW", december))
              .isEqualByComparingTo("729.93");
          status.setRollbackOnly();
        });
    assertThat(currencies.rateOn("EUR", LocalDate.of(2026, 12, 1)).source())
        .isEqualTo(RateSource.MANUAL);
  }

  private ResponseEntity<Map<String, Object>> importing(String user, String csv) {
    return api.upload(user, IMPORT, "rates.csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return response.getBody() == null
        ? null
        : (List<Map<String, Object>>) response.getBody().get("errors");
  }

  private static Map<String, Object> rateOf(List<Map<String, Object>> rates, String currency) {
    return rates.stream()
        .filter(rate -> currency.equals(rate.get("currency")))
        .findFirst()
        .orElseThrow();
  }
}
