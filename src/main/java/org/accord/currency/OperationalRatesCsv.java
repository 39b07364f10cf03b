package org.accord.currency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.shared.FieldViolation;
import org.accord.shared.InvalidInputException;

/**
 * The UN operational rates of exchange as a CSV table: a header naming at least the columns {@code
 * currency} (ISO 4217), {@code units_per_usd} (units of the currency per US dollar, as the UN
 * Treasury publishes them) and {@code effective_date} (ISO 8601, usually the first of the month),
 * in any order, other columns (a country, the currency's name) ignored; then one rate a line. Every
 * problem is named by its line and column, all of them at once, before anything is recorded.
 */
final class OperationalRatesCsv {

  static final String FIELD = "file";
  // The UN table lists about 160 currencies a month: a year of monthly tables fits with room.
  static final int MAX_BYTES = 256 * 1024;
  static final int MAX_RATES = 2_000;
  // The rates column's type: ten decimals, and a rate that keeps a non-zero inverse at ten
  // decimals.
  private static final int MAX_DECIMALS = 10;
  private static final BigDecimal MAX_UNITS = new BigDecimal("1000000000");
  private static final int MAX_REPORTED = 20;

  static final String CURRENCY = "currency";
  static final String UNITS_PER_USD = "units_per_usd";
  static final String EFFECTIVE_DATE = "effective_date";
  private static final List<String> COLUMNS = List.of(CURRENCY, UNITS_PER_USD, EFFECTIVE_DATE);

  record Line(int number, String currency, BigDecimal unitsPerUsd, LocalDate effectiveDate) {}

  private OperationalRatesCsv() {}

  static List<Line> read(InputStream csv) {
    String[] lines = text(csv).split("\r\n|\n|\r", -1);
    List<String> headerCells = cells(lines[0]);
    if (headerCells == null) {
      throw new InvalidInputException(FIELD, "line 1, the header, has a quote that is not closed");
    }
    List<String> header = headerCells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    for (String column : COLUMNS) {
      if (!header.contains(column)) {
        throw new InvalidInputException(
            FIELD,
            "line 1, the header, has no column %s: it must name %s"
                .formatted(column, String.join(",", COLUMNS)));
      }
      if (header.indexOf(column) != header.lastIndexOf(column)) {
        throw new InvalidInputException(
            FIELD, "line 1, the header, names the column %s twice".formatted(column));
      }
    }
    List<String> problems = new ArrayList<>();
    List<Line> rates = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      if (rates.size() + problems.size() >= MAX_RATES) {
        throw new InvalidInputException(
            FIELD,
            String.format(
                Locale.ENGLISH, "has more than the %,d rates an import may hold", MAX_RATES));
      }
      int number = i + 1;
      List<String> cells = cells(lines[i]);
      if (cells == null) {
        problems.add("line %d has a quote that is not closed".formatted(number));
        continue;
      }
      if (cells.size() != header.size()) {
        problems.add(
            "line %d has %d cells where the header has %d"
                .formatted(number, cells.size(), header.size()));
        continue;
      }
      int before = problems.size();
      String currency = currency(cells.get(header.indexOf(CURRENCY)), number, problems);
      BigDecimal units = units(cells.get(header.indexOf(UNITS_PER_USD)), number, problems);
      LocalDate effective = date(cells.get(header.indexOf(EFFECTIVE_DATE)), number, problems);
      if ("USD".equals(currency) && units != null && units.compareTo(BigDecimal.ONE) != 0) {
        problems.add(
            "line %d, %s: the US dollar is 1 unit per US dollar, not %s"
                .formatted(number, UNITS_PER_USD, shown(cells.get(header.indexOf(UNITS_PER_USD)))));
      }
      if (problems.size() > before) {
        continue;
      }
      Integer first = seen.putIfAbsent(currency + " " + effective, number);
      if (first != null) {
        problems.add(
            "line %d repeats the rate of %s effective %s of line %d"
                .formatted(number, currency, effective, first));
        continue;
      }
      rates.add(new Line(number, currency, units, effective));
    }
    if (problems.isEmpty() && rates.isEmpty()) {
      problems.add("has a header and no rate");
    }
    if (!problems.isEmpty()) {
      List<FieldViolation> named =
          new ArrayList<>(
              problems.stream()
                  .limit(MAX_REPORTED)
                  .map(problem -> new FieldViolation(FIELD, problem))
                  .toList());
      if (problems.size() > MAX_REPORTED) {
        named.add(
            new FieldViolation(
                FIELD, "and %d more problems".formatted(problems.size() - MAX_REPORTED)));
      }
      throw new InvalidInputException(named);
    }
    return List.copyOf(rates);
  }

  private static String text(InputStream csv) {
    byte[] content;
    try {
      content = csv.readNBytes(MAX_BYTES + 1);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException(
          FIELD,
          String.format(
              Locale.ENGLISH, "is larger than the %,d bytes a rates table may be", MAX_BYTES));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException(FIELD, "is not UTF-8 text");
    }
    // A spreadsheet saving "CSV UTF-8" starts the file with a byte-order mark.
    String withoutMark = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (withoutMark.isBlank()) {
      throw new InvalidInputException(FIELD, "is empty");
    }
    return withoutMark;
  }

  /**
   * Cells as RFC 4180 writes them: split at commas outside double quotes, {@code ""} a quote inside
   * them (a country column holds "Korea, Republic of"), each trimmed; null when a quote is not
   * closed on its line.
   */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static String currency(String cell, int line, List<String> problems) {
    if (!CurrencyService.isIso4217(cell)) {
      problems.add(
          "line %d, %s: '%s' is not an ISO 4217 currency code such as EUR"
              .formatted(line, CURRENCY, shown(cell)));
      return null;
    }
    return cell;
  }

  private static BigDecimal units(String cell, int line, List<String> problems) {
    BigDecimal units;
    try {
      units = new BigDecimal(cell);
    } catch (NumberFormatException notADecimal) {
      problems.add(
          "line %d, %s: '%s' is not a decimal number such as 0.926"
              .formatted(line, UNITS_PER_USD, shown(cell)));
      return null;
    }
    String wrong =
        units.signum() <= 0
            ? "must be greater than zero"
            : units.stripTrailingZeros().scale() > MAX_DECIMALS
                ? "must have at most " + MAX_DECIMALS + " decimal places"
                : units.compareTo(MAX_UNITS) >= 0 ? "must be less than 1,000,000,000" : null;
    if (wrong != null) {
      problems.add("line %d, %s: '%s' %s".formatted(line, UNITS_PER_USD, shown(cell), wrong));
      return null;
    }
    return units;
  }

  private static LocalDate date(String cell, int line, List<String> problems) {
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException notADate) {
      problems.add(
          "line %d, %s: '%s' is not a date such as 2026-12-01"
              .formatted(line, EFFECTIVE_DATE, shown(cell)));
      return null;
    }
  }

  /** The cell as the message quotes it: a hostile file's cell may be long. */
  private static String shown(String cell) {
    return cell.length() > 40 ? cell.substring(0, 40) + "…" : cell;
  }
}
