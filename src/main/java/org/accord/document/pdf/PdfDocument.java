package org.accord.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.accord.shared.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A document on A4 pages: headings, paragraphs and tables whose rows break cleanly across pages
 * with their header repeated, text in any script (each character drawn with a font that has it),
 * and a footer with "Page n of m" on every page. A document in a right-to-left language is laid out
 * right to left as a whole: lines flush right, table columns from the right, the footer mirrored.
 */
public final class PdfDocument implements AutoCloseable {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 56;
  private static final float FOOTER = 36;
  private static final float TEXT = 10;
  private static final float TABLE_TEXT = 8.5f;
  private static final float GUTTER = 18;
  private static final float LEADING = 1.35f;
  private static final float CELL_PADDING = 4;
  private static final float[] RULE_GREY = {0.75f, 0.75f, 0.75f};
  private static final float[] HEADER_FILL = {0.90f, 0.92f, 0.95f};
  private static final float[] ACCENT = {0.05f, 0.20f, 0.45f};
  private static final float[] RULE_GREY_TEXT = {0.35f, 0.35f, 0.35f};

  private final PDDocument document = new PDDocument();
  private final Typesetter type;
  private final String footer;

  /** The direction of the lines being written; the footer keeps the first page's. */
  private boolean rightToLeft;

  private final boolean footerRightToLeft;
  private final PageNumber pageNumber;
  private PDPageContentStream out;
  private float y;

  /** While a block is measured: nothing is drawn, y only goes down from {@link #MEASURE_TOP}. */
  private boolean measuring;

  private boolean overflowed;

  private static final float MEASURE_TOP = 100_000;

  /** The words of a page's number in the footer, such as "Page 2 of 5". */
  @FunctionalInterface
  public interface PageNumber {
    String of(int page, int pages);
  }

  /** A document in English. */
  public PdfDocument(Fonts fonts, String title, String footer) {
    this(fonts, Language.EN, title, footer, (page, pages) -> "Page " + page + " of " + pages);
  }

  /** A document in the language, laid out in its direction, its pages numbered in its words. */
  public PdfDocument(
      Fonts fonts, Language language, String title, String footer, PageNumber pageNumber) {
    this.footer = footer;
    this.rightToLeft = language.isRightToLeft();
    this.footerRightToLeft = rightToLeft;
    this.pageNumber = pageNumber;
    this.type = new Typesetter(fonts, document, rightToLeft);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Accord");
    info.setProducer("Accord (Apache PDFBox)");
    info.setCreationDate(Calendar.getInstance());
    newPage();
  }

  public PdfDocument title(String text) {
    write(text, 18, true, ACCENT, 0);
    y -= 6;
    return this;
  }

  public PdfDocument heading(String text) {
    ensureRoom(TEXT * 4);
    y -= 8;
    write(text, 12.5f, true, ACCENT, 0);
    y -= 2;
    return this;
  }

  public PdfDocument paragraph(String text) {
    write(text, TEXT, false, null, 0);
    y -= 4;
    return this;
  }

  /** A remark in smaller grey type, such as a note under a table; none when there is nothing. */
  public PdfDocument note(String text) {
    if (text.isBlank()) {
      return this;
    }
    write(text, TABLE_TEXT, false, RULE_GREY_TEXT, 0);
    y -= 4;
    return this;
  }

  /**
   * Goes on from the top of a new page in another language, laid out in its direction: the second
   * text of a bilingual document set one after the other.
   */
  public PdfDocument continueIn(Language language) {
    newPage();
    direction(language.isRightToLeft());
    return this;
  }

  /** The kinds of text of a document, for {@link #parallel}. */
  public enum Style {
    TITLE,
    HEADING,
    PARAGRAPH,
    NOTE
  }

  /**
   * Two texts side by side, each in its column and its own direction: the first language's column
   * on the side its script starts from (Arabic's on the right, the others' on the left), so that a
   * bilingual page reads as each of its languages does.
   */
  public PdfDocument parallel(
      Style style, String first, Language firstLanguage, String second, Language secondLanguage) {
    if (style == Style.NOTE && first.isBlank() && second.isBlank()) {
      return this;
    }
    float size =
        switch (style) {
          case TITLE -> 18;
          case HEADING -> 12.5f;
          case PARAGRAPH -> TEXT;
          case NOTE -> TABLE_TEXT;
        };
    boolean isBold = style == Style.TITLE || style == Style.HEADING;
    float[] color =
        switch (style) {
          case TITLE, HEADING -> ACCENT;
          case PARAGRAPH -> null;
          case NOTE -> RULE_GREY_TEXT;
        };
    if (style == Style.HEADING) {
      ensureRoom(TEXT * 4);
      y -= 8;
    }
    boolean pageRightToLeft = rightToLeft;
    float column = (PAGE.getWidth() - 2 * MARGIN - GUTTER) / 2;
    float leftX = MARGIN;
    float rightX = MARGIN + column + GUTTER;
    boolean firstOnRight = firstLanguage.isRightToLeft();
    Column a = new Column(firstLanguage.isRightToLeft(), firstOnRight ? rightX : leftX);
    Column b = new Column(secondLanguage.isRightToLeft(), firstOnRight ? leftX : rightX);
    List<String> aLines = a.wrap(first, column, size, isBold);
    List<String> bLines = b.wrap(second, column, size, isBold);
    for (int i = 0; i < Math.max(aLines.size(), bLines.size()); i++) {
      ensureRoom(size * LEADING);
      if (i < aLines.size()) {
        a.draw(aLines.get(i), column, size, isBold, color);
      }
      if (i < bLines.size()) {
        b.draw(bLines.get(i), column, size, isBold, color);
      }
      y -= size * LEADING;
    }
    direction(pageRightToLeft);
    y -=
        switch (style) {
          case TITLE -> 6;
          case HEADING -> 2;
          case PARAGRAPH, NOTE -> 4;
        };
    return this;
  }

  /** One column of a {@link #parallel} text: its direction and where it starts. */
  private final class Column {
    private final boolean rightToLeft;
    private final float x;

    Column(boolean rightToLeft, float x) {
      this.rightToLeft = rightToLeft;
      this.x = x;
    }

    List<String> wrap(String text, float width, float size, boolean isBold) {
      direction(rightToLeft);
      return PdfDocument.this.wrap(text, width, size, isBold);
    }

    void draw(String line, float width, float size, boolean isBold, float[] color) {
      direction(rightToLeft);
      float lineX = flushRight(line) ? x + width - width(line, size, isBold) : x;
      drawLine(line, lineX, y - size, size, isBold, color);
    }
  }

  private void direction(boolean rightToLeft) {
    this.rightToLeft = rightToLeft;
    type.direction(rightToLeft);
  }

  /**
   * Writes the block on this page if it fits there, else from the top of the next: what must be
   * read together (the last article and the signatures) is not split by a page break. A block
   * taller than a page starts here and breaks as any text does.
   */
  public PdfDocument keepTogether(Consumer<PdfDocument> block) {
    float height = measure(block);
    if (height > y - bottom() && height <= PAGE.getHeight() - MARGIN - bottom()) {
      newPage();
    }
    block.accept(this);
    return this;
  }

  /** How far down the block would write on a page without end; nothing is drawn. */
  private float measure(Consumer<PdfDocument> block) {
    float before = y;
    measuring = true;
    overflowed = false;
    try {
      y = MEASURE_TOP;
      block.accept(this);
      return overflowed ? Float.MAX_VALUE : MEASURE_TOP - y;
    } finally {
      measuring = false;
      y = before;
    }
  }

  /** Rows of label and value, the label in bold. */
  public PdfDocument facts(List<String[]> rows) {
    return table(new float[] {0.3f, 0.7f}, null, rows, true, new boolean[2]);
  }

  /** A table: column widths as shares of the text width, an optional header repeated per page. */
  public PdfDocument table(float[] widths, String[] header, List<String[]> rows) {
    return table(widths, header, rows, false, new boolean[widths.length]);
  }

  /**
   * A table whose columns marked {@code rightAligned} (amounts, counts) are set flush right, header
   * included, so that their digits line up.
   */
  public PdfDocument table(
      float[] widths, boolean[] rightAligned, String[] header, List<String[]> rows) {
    return table(widths, header, rows, false, rightAligned);
  }

  public byte[] finish() {
    try {
      out.close();
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        try (PDPageContentStream page =
            new PDPageContentStream(document, document.getPage(i), AppendMode.APPEND, true)) {
          out = page;
          String number = pageNumber.of(i + 1, pages);
          // The footer where a line starts, the page number where it ends.
          direction(footerRightToLeft);
          String left = footerRightToLeft ? number : footer;
          String right = footerRightToLeft ? footer : number;
          drawLine(left, MARGIN, FOOTER - 12, 8, false, RULE_GREY_TEXT);
          drawLine(
              right,
              PAGE.getWidth() - MARGIN - width(right, 8, false),
              FOOTER - 12,
              8,
              false,
              RULE_GREY_TEXT);
        }
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException ignored) {
      // Nothing is left to release that matters.
    }
    type.close();
  }

  private PdfDocument table(
      float[] widths, String[] header, List<String[]> rows, boolean labels, boolean[] right) {
    float textWidth = PAGE.getWidth() - 2 * MARGIN;
    float[] columns = new float[widths.length];
    for (int c = 0; c < widths.length; c++) {
      columns[c] = widths[c] * textWidth;
    }
    if (header != null) {
      ensureRoom(rowHeight(columns, header, true) + TABLE_TEXT * LEADING * 2);
      drawRow(columns, wrapRow(columns, header, true), true, HEADER_FILL, right);
    }
    for (String[] row : rows) {
      List<List<String>> cells = new ArrayList<>();
      for (int c = 0; c < row.length; c++) {
        cells.add(
            wrap(
                row[c] == null ? "" : row[c],
                columns[c] - 2 * CELL_PADDING,
                TEXT,
                labels && c == 0));
      }
      // A row that fits on a page is not cut: it moves to the next, under the header. Only a row
      // taller than a page continues from one page to the next.
      float needed =
          cells.stream().mapToInt(List::size).max().orElse(1) * TABLE_TEXT * LEADING
              + 2 * CELL_PADDING;
      float headerHeight = header == null ? 0 : rowHeight(columns, header, true);
      float page = PAGE.getHeight() - MARGIN - bottom() - headerHeight;
      if (needed > y - bottom() && needed <= page) {
        newPage();
        if (header != null) {
          drawRow(columns, wrapRow(columns, header, true), true, HEADER_FILL, right);
        }
      }
      while (!cells.stream().allMatch(List::isEmpty)) {
        int fit = (int) Math.floor((y - bottom() - 2 * CELL_PADDING) / (TABLE_TEXT * LEADING));
        int tallest = cells.stream().mapToInt(List::size).max().orElse(0);
        if (fit < Math.min(tallest, 2)) {
          newPage();
          if (header != null) {
            drawRow(columns, wrapRow(columns, header, true), true, HEADER_FILL, right);
          }
          continue;
        }
        List<List<String>> part = new ArrayList<>();
        List<List<String>> rest = new ArrayList<>();
        for (List<String> cell : cells) {
          part.add(cell.subList(0, Math.min(fit, cell.size())));
          rest.add(cell.subList(Math.min(fit, cell.size()), cell.size()));
        }
        drawRow(columns, part, labels, null, right);
        cells = rest;
      }
    }
    y -= 6;
    return this;
  }

  private List<List<String>> wrapRow(float[] columns, String[] row, boolean isBold) {
    List<List<String>> cells = new ArrayList<>();
    for (int c = 0; c < row.length; c++) {
      cells.add(wrap(row[c], columns[c] - 2 * CELL_PADDING, TABLE_TEXT, isBold));
    }
    return cells;
  }

  private float rowHeight(float[] columns, String[] row, boolean isBold) {
    int lines = wrapRow(columns, row, isBold).stream().mapToInt(List::size).max().orElse(1);
    return lines * TABLE_TEXT * LEADING + 2 * CELL_PADDING;
  }

  private void drawRow(
      float[] columns, List<List<String>> cells, boolean firstBold, float[] fill, boolean[] right) {
    try {
      int lines = Math.max(1, cells.stream().mapToInt(List::size).max().orElse(1));
      float height = lines * TABLE_TEXT * LEADING + 2 * CELL_PADDING;
      if (measuring) {
        y -= height;
        return;
      }
      // A right-to-left table's first column is the rightmost.
      float x = rightToLeft ? MARGIN + sum(columns) : MARGIN;
      if (fill != null) {
        out.setNonStrokingColor(fill[0], fill[1], fill[2]);
        out.addRect(MARGIN, y - height, sum(columns), height);
        out.fill();
      }
      out.setStrokingColor(RULE_GREY[0], RULE_GREY[1], RULE_GREY[2]);
      out.setLineWidth(0.5f);
      for (int c = 0; c < columns.length; c++) {
        float left = rightToLeft ? x - columns[c] : x;
        out.addRect(left, y - height, columns[c], height);
        out.stroke();
        boolean isBold = fill != null || (firstBold && c == 0);
        float lineY = y - CELL_PADDING - TABLE_TEXT;
        for (String line : cells.get(c)) {
          float lineX =
              right[c] || flushRight(line)
                  ? left + columns[c] - CELL_PADDING - width(line, TABLE_TEXT, isBold)
                  : left + CELL_PADDING;
          drawLine(line, lineX, lineY, TABLE_TEXT, isBold, null);
          lineY -= TABLE_TEXT * LEADING;
        }
        x = rightToLeft ? left : x + columns[c];
      }
      y -= height;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private void write(String text, float size, boolean isBold, float[] color, float indent) {
    float textWidth = PAGE.getWidth() - 2 * MARGIN - indent;
    for (String line : wrap(text, textWidth, size, isBold)) {
      ensureRoom(size * LEADING);
      float x =
          flushRight(line)
              ? PAGE.getWidth() - MARGIN - indent - width(line, size, isBold)
              : MARGIN + indent;
      drawLine(line, x, y - size, size, isBold, color);
      y -= size * LEADING;
    }
  }

  /**
   * Lines of logical text that fit the width; a word longer than a line is cut. A line's width is
   * the sum of its words' widths, each word measured once: measuring the growing line again for
   * every word made the MoU's paragraphs quadratic in PDFBox's glyph substitution.
   */
  private List<String> wrap(String text, float maxWidth, float size, boolean isBold) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      float lineWidth = 0;
      for (String token : tokens(paragraph)) {
        String word = token.stripTrailing();
        float wordWidth = width(word, size, isBold);
        if (lineWidth + wordWidth <= maxWidth) {
          line.append(token);
          lineWidth += word.equals(token) ? wordWidth : width(token, size, isBold);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString().strip());
          line.setLength(0);
          lineWidth = 0;
        }
        String rest = token.stripLeading();
        while (width(rest, size, isBold) > maxWidth && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), size, isBold) > maxWidth) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
        lineWidth = width(rest, size, isBold);
      }
      lines.add(line.toString().strip());
    }
    return lines;
  }

  /**
   * Words with their leading space; each CJK character is a word of its own, but a closing mark
   * (，。）) stays with the character before it: Chinese does not start a line with one.
   */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              if (token.isEmpty() && !tokens.isEmpty() && closesCjk(c)) {
                tokens.set(
                    tokens.size() - 1, tokens.get(tokens.size() - 1) + Character.toString(c));
                return;
              }
              boolean ideograph = Character.isIdeographic(c);
              if ((c == ' ' || ideograph) && !token.isEmpty()) {
                tokens.add(token.toString());
                token.setLength(0);
              }
              token.appendCodePoint(c);
              if (ideograph) {
                tokens.add(token.toString());
                token.setLength(0);
              }
            });
    if (!token.isEmpty()) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /** Every line of a right-to-left page; on a left-to-right one, a line all right to left. */
  private boolean flushRight(String line) {
    return rightToLeft || VisualText.isRightToLeft(line);
  }

  private static boolean closesCjk(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    int type = Character.getType(c);
    return (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS)
        && (type == Character.END_PUNCTUATION || type == Character.OTHER_PUNCTUATION);
  }

  private float width(String logical, float size, boolean isBold) {
    return type.width(logical, size, isBold);
  }

  private void drawLine(
      String logical, float x, float baseline, float size, boolean isBold, float[] color) {
    if (measuring) {
      return;
    }
    type.draw(out, logical, x, baseline, size, isBold, color);
  }

  private void ensureRoom(float height) {
    if (y - height < bottom()) {
      newPage();
    }
  }

  private float bottom() {
    return MARGIN + FOOTER / 2;
  }

  private void newPage() {
    if (measuring) {
      // Only a block of a hundred pages gets here: it cannot be kept on one anyway.
      overflowed = true;
      y = MEASURE_TOP;
      return;
    }
    try {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(PAGE);
      document.addPage(page);
      out = new PDPageContentStream(document, page);
      y = PAGE.getHeight() - MARGIN;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float value : values) {
      total += value;
    }
    return total;
  }
}
