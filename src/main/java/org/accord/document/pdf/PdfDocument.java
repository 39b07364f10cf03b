package org.accord.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A document on A4 pages: headings, paragraphs and tables whose rows break cleanly across pages
 * with their header repeated, text in any script (each character drawn with a font that has it),
 * and a footer with "Page n of m" on every page.
 */
public final class PdfDocument implements AutoCloseable {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 56;
  private static final float FOOTER = 36;
  private static final float TEXT = 10;
  private static final float TABLE_TEXT = 8.5f;
  private static final float LEADING = 1.35f;
  private static final float CELL_PADDING = 4;
  private static final float[] RULE_GREY = {0.75f, 0.75f, 0.75f};
  private static final float[] HEADER_FILL = {0.90f, 0.92f, 0.95f};
  private static final float[] ACCENT = {0.05f, 0.20f, 0.45f};
  private static final float[] RULE_GREY_TEXT = {0.35f, 0.35f, 0.35f};

  private final PDDocument document = new PDDocument();
  private final Typesetter type;
  private final String footer;
  private PDPageContentStream out;
  private float y;

  /** While a block is measured: nothing is drawn, y only goes down from {@link #MEASURE_TOP}. */
  private boolean measuring;

  private boolean overflowed;

  private static final float MEASURE_TOP = 100_000;

  public PdfDocument(Fonts fonts, String title, String footer) {
    this.footer = footer;
    this.type = new Typesetter(fonts, document);
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
          drawLine(footer, MARGIN, FOOTER - 12, 8, false, RULE_GREY_TEXT);
          String number = "Page " + (i + 1) + " of " + pages;
          drawLine(
              number,
              PAGE.getWidth() - MARGIN - width(number, 8, false),
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
      float x = MARGIN;
      if (fill != null) {
        out.setNonStrokingColor(fill[0], fill[1], fill[2]);
        out.addRect(MARGIN, y - height, sum(columns), height);
        out.fill();
      }
      out.setStrokingColor(RULE_GREY[0], RULE_GREY[1], RULE_GREY[2]);
      out.setLineWidth(0.5f);
      for (int c = 0; c < columns.length; c++) {
        out.addRect(x, y - height, columns[c], height);
        out.stroke();
        boolean isBold = fill != null || (firstBold && c == 0);
        float lineY = y - CELL_PADDING - TABLE_TEXT;
        for (String line : cells.get(c)) {
          float lineX =
              right[c] || VisualText.isRightToLeft(line)
                  ? x + columns[c] - CELL_PADDING - width(line, TABLE_TEXT, isBold)
                  : x + CELL_PADDING;
          drawLine(line, lineX, lineY, TABLE_TEXT, isBold, null);
          lineY -= TABLE_TEXT * LEADING;
        }
        x += columns[c];
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
          VisualText.isRightToLeft(line)
              ? PAGE.getWidth() - MARGIN - width(line, size, isBold)
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

  /** Words with their leading space; each CJK character is a word of its own. */
  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
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
