package org.accord.document.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.document.pdf.Fonts.Face;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Measures and draws a line of text in any script for one PDF: each character with a font that has
 * it (loaded into the document once, its subset embedded), right-to-left runs in visual order.
 * Gives the parsed fonts back to {@link Fonts} when closed.
 */
final class Typesetter implements AutoCloseable {

  private final Fonts fonts;
  private final PDDocument document;
  private final Map<Face, PDType0Font> regular = new EnumMap<>(Face.class);
  private final Map<Face, PDType0Font> bold = new EnumMap<>(Face.class);
  private final List<Borrowed> borrowed = new ArrayList<>();
  private boolean rightToLeft;

  /** On a right-to-left page every line's base direction is right to left. */
  Typesetter(Fonts fonts, PDDocument document, boolean rightToLeft) {
    this.fonts = fonts;
    this.document = document;
    this.rightToLeft = rightToLeft;
  }

  /** Lines drawn from now on run in this base direction: a bilingual page has both. */
  void direction(boolean rightToLeft) {
    this.rightToLeft = rightToLeft;
  }

  float width(String logical, float size, boolean isBold) {
    float width = 0;
    for (Run run : runs(VisualText.of(logical, rightToLeft), isBold)) {
      try {
        width += font(run.face(), isBold).getStringWidth(run.text()) / 1000 * size;
      } catch (IOException failed) {
        throw new UncheckedIOException(failed);
      }
    }
    return width;
  }

  /** The line at x on the baseline, in the colour (black when null). */
  void draw(
      PDPageContentStream out,
      String logical,
      float x,
      float baseline,
      float size,
      boolean isBold,
      float[] color) {
    try {
      out.beginText();
      if (color != null) {
        out.setNonStrokingColor(color[0], color[1], color[2]);
      } else {
        out.setNonStrokingColor(0f, 0f, 0f);
      }
      out.newLineAtOffset(x, baseline);
      for (Run run : runs(VisualText.of(logical, rightToLeft), isBold)) {
        out.setFont(font(run.face(), isBold), size);
        out.showText(run.text());
      }
      out.endText();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  @Override
  public void close() {
    borrowed.forEach(font -> fonts.giveBack(font.face(), font.bold(), font.font()));
    borrowed.clear();
  }

  private record Run(Face face, String text) {}

  private record Borrowed(Face face, boolean bold, TrueTypeFont font) {}

  /** The text cut where the font changes; characters no font has become a replacement mark. */
  private List<Run> runs(String visual, boolean isBold) {
    List<Run> runs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Face current = null;
    for (int i = 0; i < visual.length(); ) {
      int c = visual.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isISOControl(c)) {
        continue;
      }
      Face face = fonts.faceFor(c, isBold);
      if (face == null) {
        face = Face.SANS;
        c = '?';
      }
      if (face != current && !text.isEmpty()) {
        runs.add(new Run(current, text.toString()));
        text.setLength(0);
      }
      current = face;
      text.appendCodePoint(c);
    }
    if (!text.isEmpty()) {
      runs.add(new Run(current, text.toString()));
    }
    return runs;
  }

  private PDType0Font font(Face face, boolean isBold) {
    Map<Face, PDType0Font> loaded = isBold ? bold : regular;
    return loaded.computeIfAbsent(
        face,
        f -> {
          TrueTypeFont font = fonts.borrow(f, isBold);
          borrowed.add(new Borrowed(f, isBold, font));
          try {
            return PDType0Font.load(document, font, true);
          } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
          }
        });
  }
}
