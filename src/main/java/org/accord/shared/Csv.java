package org.accord.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * CSV as a spreadsheet opens it as it is: UTF-8 with a byte-order mark, CRLF lines, cells quoted
 * when they must be, and no cell a spreadsheet would run as a formula.
 */
public final class Csv {

  private Csv() {}

  /** The byte-order mark that tells a spreadsheet the file is UTF-8. */
  public static void start(Writer csv) throws IOException {
    csv.write('\uFEFF');
  }

  /** One line; a client gone mid-way surfaces as an {@link UncheckedIOException}. */
  public static void line(Writer csv, List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          csv.write(',');
        }
        csv.write(cell(cells.get(i)));
      }
      csv.write("\r\n");
    } catch (IOException clientGone) {
      throw new UncheckedIOException(clientGone);
    }
  }

  /** Quoted when it must be; a leading =, +, - or @ is neutralised against formula injection. */
  public static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
