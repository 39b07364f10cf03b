package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs a PDF draws that its font does not have: each character shown is looked up in the font
 * it is shown with (PDFBox's {@code hasGlyph}), so a box or a blank where a letter should be is
 * named with its character, font and page. What no font Accord ships has never reaches a PDF (it is
 * drawn as '?'): {@code Fonts.missing()} names those.
 */
public final class MissingGlyphs {

  private MissingGlyphs() {}

  /** One line per glyph missing, such as "page 2: U+0627 'ا' in AAAAAA+NotoSans-Bold". */
  public static List<String> in(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> missing = new ArrayList<>();
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              PDFont font = text.getFont();
              for (int code : text.getCharacterCodes()) {
                if (!has(font, code)) {
                  missing.add(
                      String.format(
                          "page %d: U+%04X '%s' in %s",
                          getCurrentPageNo(),
                          text.getUnicode() == null ? 0 : text.getUnicode().codePointAt(0),
                          text.getUnicode(),
                          font.getName()));
                }
              }
            }
          };
      stripper.getText(document);
      return missing;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static boolean has(PDFont font, int code) {
    try {
      return font instanceof PDVectorFont vector ? vector.hasGlyph(code) : true;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
