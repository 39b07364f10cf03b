package org.accord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as a reader would quote it: Arabic letters back from their joined presentation forms
 * and every run of spaces (the no-break and narrow no-break spaces of amounts and dates too) one
 * space.
 */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = letters(new PDFTextStripper().getText(document));
      return text.replaceAll("[\\s\\u00A0\\u202F]+", " ");
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /** Arabic presentation forms back to letters; Chinese full-width punctuation stays as it is. */
  private static String letters(String text) {
    StringBuilder letters = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
              if (block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A
                  || block == Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B) {
                letters.append(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC));
              } else {
                letters.appendCodePoint(c);
              }
            });
    return letters.toString();
  }
}
