package org.accord.currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The UN operational rates as CSV: what is read, and every wrong line named with its column. */
class OperationalRatesCsvTest {

  private static final String HEADER = "currency,units_per_usd,effective_date\n";

  @Test
  void readsTheRates_inAnyColumnOrder_ignoringOtherColumnsQuotesAndAByteOrderMark() {
    List<OperationalRatesCsv.Line> lines =
        read(
            "\uFEFFCountry,Effective_Date,Currency,Units_per_USD\r\n"
                + "\"Switzerland\",2026-12-01,CHF,0.79\r\n"
                + "\"Korea, Republic of\",2026-12-01,KRW,\"1370\"\r\n"
                + "\r\n");

    assertThat(lines)
        .containsExactly(
            new OperationalRatesCsv.Line(
                2, "CHF", new BigDecimal("0.79"), LocalDate.of(2026, 12, 1)),
            new OperationalRatesCsv.Line(
                3, "KRW", new BigDecimal("1370"), LocalDate.of(2026, 12, 1)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown currency   | ZZZ,0.9,2026-12-01 | line 2, currency: 'ZZZ' is not an ISO 4217",
        "lower-case code    | eur,0.9,2026-12-01 | line 2, currency: 'eur' is not an ISO 4217",
        "negative rate      | EUR,-0.9,2026-12-01 | line 2, units_per_usd: '-0.9' must be greater than zero",
        "zero rate          | EUR,0,2026-12-01 | line 2, units_per_usd: '0' must be greater than zero",
        "unparsable rate    | EUR,0.9.1,2026-12-01 | line 2, units_per_usd: '0.9.1' is not a decimal",
        "too many decimals  | EUR,0.92600000001,2026-12-01 | line 2, units_per_usd: '0.92600000001' must have at most 10",
        "too large          | EUR,1e999999,2026-12-01 | line 2, units_per_usd: '1e999999' must be less than",
        "the dollar not 1   | USD,1.01,2026-12-01 | line 2, units_per_usd: the US dollar is 1 unit",
        "impossible date    | EUR,0.9,2027-02-30 | line 2, effective_date: '2027-02-30' is not a date",
        "not ISO date       | EUR,0.9,01/12/2026 | line 2, effective_date: '01/12/2026' is not a date",
        "missing cell       | EUR,0.9 | line 2 has 2 cells where the header has 3",
        "extra cell         | EUR,0.9,2026-12-01,x | line 2 has 4 cells where the header has 3",
        "unclosed quote     | EUR,\"0.9,2026-12-01 | line 2 has a quote that is not closed"
      })
  void aWrongLineIsNamedWithItsColumn(String what, String line, String message) {
    assertThat(problems(HEADER + line + "\n")).singleElement().asString().contains(message);
  }

  @Test
  void everyWrongLineIsNamed_andADuplicateNamesTheLineItRepeats() {
    assertThat(
            problems(
                HEADER
                    + "EUR,0.926,2026-12-01\n"
                    + "CHF,abc,2026-12-01\n"
                    + "EUR,0.926,2026-12-01\n"
                    + "EUR,0.93,2027-01-01\n"))
        .extracting(FieldViolation::message)
        .containsExactly(
            "line 3, units_per_usd: 'abc' is not a decimal number such as 0.926",
            "line 4 repeats the rate of EUR effective 2026-12-01 of line 2");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no column          | currency;units_per_usd;effective_date | line 1, the header, has no column currency",
        "a missing column   | currency,effective_date | line 1, the header, has no column units_per_usd",
        "a column twice     | currency,units_per_usd,effective_date,currency | names the column currency twice",
      })
  void aWrongHeaderIsNamed(String what, String header, String message) {
    assertThat(problems(header + "\nEUR,0.926,2026-12-01\n"))
        .singleElement()
        .satisfies(problem -> assertThat(problem.message()).contains(message));
  }

  @Test
  void anEmptyFile_aHeaderAlone_andBytesThatAreNotTextAreRefused() {
    assertThat(problems("")).extracting(FieldViolation::message).containsExactly("is empty");
    assertThat(problems("\uFEFF \r\n"))
        .extracting(FieldViolation::message)
        .containsExactly("is empty");
    assertThat(problems(HEADER))
        .extracting(FieldViolation::message)
        .containsExactly("has a header and no rate");
    assertThat(problems(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00}))
        .extracting(FieldViolation::message)
        .containsExactly("is not UTF-8 text");
  }

  @Test
  void aFileOverItsSizeOrItsNumberOfRatesIsRefused() {
    String line = "EUR,0.926,2026-12-01\n";
    assertThat(problems(HEADER + line.repeat(OperationalRatesCsv.MAX_BYTES / line.length() + 1)))
        .extracting(FieldViolation::message)
        .containsExactly("is larger than the 262,144 bytes a rates table may be");
    // 2,001 lines, each of another date, under the size limit: one too many.
    StringBuilder rates = new StringBuilder(HEADER);
    LocalDate day = LocalDate.of(2000, 1, 1);
    for (int i = 0; i <= OperationalRatesCsv.MAX_RATES; i++) {
      rates.append("EUR,0.9,").append(day.plusDays(i)).append('\n');
    }
    assertThat(problems(rates.toString()))
        .extracting(FieldViolation::message)
        .containsExactly("has more than the 2,000 rates an import may hold");
  }

  @Test
  void aFileOfManyWrongLinesReportsTheFirstTwentyAndCountsTheRest() {
    assertThat(problems(HEADER + "EUR,x,2026-12-01\n".repeat(25)))
        .hasSize(21)
        .last()
        .extracting(FieldViolation::message)
        .isEqualTo("and 5 more problems");
  }

  private static List<OperationalRatesCsv.Line> read(String csv) {
    return OperationalRatesCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<FieldViolation> problems(String csv) {
    return problems(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static List<FieldViolation> problems(byte[] csv) {
    InvalidInputException refused =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OperationalRatesCsv.read(new ByteArrayInputStream(csv)));
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.violations()).extracting(FieldViolation::field).containsOnly("file");
    return refused.violations();
  }
}
