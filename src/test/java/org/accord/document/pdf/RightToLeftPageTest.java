package org.accord.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** A page in Arabic is laid out right to left as a whole; a page in English as it always was. */
class RightToLeftPageTest {

  /** Where the text area ends on an A4 page: its width less the 56-point margin. */
  private static final float RIGHT_EDGE = PDRectangle.A4.getWidth() - 56;

  private static final float LEFT_EDGE = 56;

  private static final Fonts FONTS = new Fonts();

  @Test
  void anArabicPage_setsItsLinesFlushRight_itsFirstColumnRightmost_andKeepsNumbersInTheirRuns()
      throws IOException {
    byte[] pdf;
    try (PdfDocument document =
        new PdfDocument(
            FONTS,
            Language.AR,
            "طلب أموال",
            "أكورد",
            (page, pages) -> "الصفحة " + page + " من " + pages)) {
      document
          .title("طلب أموال")
          .heading("المبلغ المطلوب")
          .paragraph("يرجى دفع 17,334.00 USD قبل 31 تموز/يوليو 2027.")
          .table(
              new float[] {0.6f, 0.4f},
              new String[] {"البند", "المبلغ"},
              List.<String[]>of(new String[] {"السفر", "1,200.00 USD"}));
      pdf = document.finish();
    }
    // To look at it: target/screenshots/right-to-left-page.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/right-to-left-page.pdf"), pdf);

    List<Line> lines = lines(pdf);
    assertThat(line(lines, "المبلغ المطلوب").right()).isCloseTo(RIGHT_EDGE, within(1f));
    Line paragraph = line(lines, "17,334.00");
    assertThat(paragraph.right()).isCloseTo(RIGHT_EDGE, within(1f));
    // The amount reads left to right inside the right-to-left line, its currency after it.
    assertThat(paragraph.visual()).contains("17,334.00").contains("USD");
    // The first column (the item) is on the right, the amount on its left, each flush right in
    // its cell: the item's cell ends at the right edge less the cell's 4-point padding.
    Line header = line(lines, "البند");
    assertThat(header.right()).isCloseTo(RIGHT_EDGE - 4, within(1f));
    assertThat(header.leftOf("المبلغ")).isLessThan(header.leftOf("البند"));
    // The footer mirrored: the page number on the left, in the language's words.
    Line footer = line(lines, "الصفحة");
    assertThat(footer.left()).isCloseTo(LEFT_EDGE, within(1f));
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
    assertThat(FONTS.missing()).isEmpty();
  }

  @Test
  void anEnglishPage_startsItsLinesOnTheLeft_withAnArabicNameAloneInItsCellFlushRight()
      throws IOException {
    byte[] pdf;
    try (PdfDocument document = new PdfDocument(FONTS, "Call for funds", "Accord")) {
      document
          .heading("Amount requested")
          .table(
              new float[] {0.5f, 0.5f},
              new String[] {"Item", "Partner"},
              List.<String[]>of(new String[] {"Travel", "وزارة المالية"}));
      pdf = document.finish();
    }
    List<Line> lines = lines(pdf);
    assertThat(line(lines, "Amount requested").left()).isCloseTo(LEFT_EDGE, within(1f));
    assertThat(line(lines, "Item").left()).isCloseTo(LEFT_EDGE + 4, within(1f));
    assertThat(line(lines, "Page 1 of 1").right()).isCloseTo(RIGHT_EDGE, within(1f));
    Line row = line(lines, "Travel");
    assertThat(row.leftOf("Travel")).isLessThan(row.right() - 100);
    assertThat(row.right()).isCloseTo(RIGHT_EDGE - 4, within(1f));
  }

  /** A line as drawn: its glyphs left to right with where each starts and ends. */
  private record Line(List<TextPosition> glyphs) {

    String visual() {
      StringBuilder text = new StringBuilder();
      glyphs.stream()
          .sorted((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()))
          .forEach(glyph -> text.append(glyph.getUnicode()));
      return text.toString();
    }

    float left() {
      return (float) glyphs.stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    float right() {
      return (float)
          glyphs.stream()
              .mapToDouble(glyph -> glyph.getXDirAdj() + glyph.getWidthDirAdj())
              .max()
              .orElseThrow();
    }

    /** Where the first glyph of the word's first letter is drawn. */
    float leftOf(String word) {
      return (float)
          glyphs.stream()
              .filter(glyph -> normalized(word).contains(normalized(glyph.getUnicode())))
              .mapToDouble(TextPosition::getXDirAdj)
              .min()
              .orElseThrow();
    }
  }

  private static Line line(List<Line> lines, String text) {
    return lines.stream()
        .filter(
            line ->
                normalized(line.visual()).contains(normalized(text))
                    || normalized(new StringBuilder(line.visual()).reverse().toString())
                        .contains(normalized(text)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line has " + text + " in " + texts(lines)));
  }

  /** Arabic letters back from their presentation forms, for comparing. */
  private static String normalized(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(Line::visual).toList();
  }

  private static List<Line> lines(byte[] pdf) throws IOException {
    List<Line> lines = new ArrayList<>();
    try (PDDocument read = Loader.loadPDF(pdf)) {
      new PDFTextStripper() {
        private final List<TextPosition> line = new ArrayList<>();
        private float baseline = Float.NaN;

        @Override
        protected void processTextPosition(TextPosition text) {
          if (!line.isEmpty() && Math.abs(text.getYDirAdj() - baseline) > 1) {
            lines.add(new Line(List.copyOf(line)));
            line.clear();
          }
          baseline = text.getYDirAdj();
          line.add(text);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
          if (!line.isEmpty()) {
            lines.add(new Line(List.copyOf(line)));
            line.clear();
          }
        }
      }.getText(read);
    }
    return lines;
  }
}
