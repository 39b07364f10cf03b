package org.accord.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import org.accord.shared.Language;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One landscape A4 page with a double frame and centred lines, for an award such as a training
 * certificate: what a reader expects to frame, not a form. Lines are written from the top down, in
 * any script; {@link #bottom} lines are set from the foot of the page up.
 */
public final class CertificatePage implements AutoCloseable {

  /** How a line looks. */
  public enum Style {
    /** The issuer, small capitals' stand-in: spaced, grey. */
    ISSUER(11, false, GREY),
    TITLE(30, true, ACCENT),
    TEXT(13, false, null),
    /** The person the page is about. */
    NAME(26, true, null),
    EMPHASIS(17, true, ACCENT),
    SMALL(9, false, GREY);

    final float size;
    final boolean bold;
    final float[] color;

    Style(float size, boolean bold, float[] color) {
      this.size = size;
      this.bold = bold;
      this.color = color;
    }
  }

  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float[] ACCENT = {0.05f, 0.20f, 0.45f};
  private static final float[] GREY = {0.35f, 0.35f, 0.35f};
  private static final float[] GOLD = {0.72f, 0.58f, 0.22f};
  private static final float FRAME = 22;
  private static final float MARGIN = 90;
  private static final float LEADING = 1.45f;

  private final PDDocument document = new PDDocument();
  private final Typesetter type;
  private final PDPageContentStream out;
  private float y;
  private float bottom = FRAME + 34;

  /** A page in English. */
  public CertificatePage(Fonts fonts, String title) {
    this(fonts, Language.EN, title);
  }

  /** A page in the language: its lines in its direction (centred all the same). */
  public CertificatePage(Fonts fonts, Language language, String title) {
    this.type = new Typesetter(fonts, document, language.isRightToLeft());
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Accord");
    info.setProducer("Accord (Apache PDFBox)");
    info.setCreationDate(Calendar.getInstance());
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    try {
      out = new PDPageContentStream(document, page);
      frame();
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    y = PAGE.getHeight() - FRAME - 62;
  }

  /** A centred line below the last; a line too wide for the page is set smaller until it fits. */
  public CertificatePage line(String text, Style style) {
    float size = fitted(text, style);
    y -= size;
    centre(text, y, size, style);
    y -= size * (LEADING - 1);
    return this;
  }

  public CertificatePage space(float points) {
    y -= points;
    return this;
  }

  /** A short gold rule under the last line, centred. */
  public CertificatePage rule() {
    try {
      float middle = PAGE.getWidth() / 2;
      y -= 8;
      out.setStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
      out.setLineWidth(1.5f);
      out.moveTo(middle - 70, y);
      out.lineTo(middle + 70, y);
      out.stroke();
      y -= 14;
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
    return this;
  }

  /** A centred line at the foot of the page, above the ones set there before. */
  public CertificatePage bottom(String text, Style style) {
    float size = fitted(text, style);
    centre(text, bottom, size, style);
    bottom += size * LEADING;
    return this;
  }

  public byte[] finish() {
    try {
      out.close();
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

  private float fitted(String text, Style style) {
    float room = PAGE.getWidth() - 2 * MARGIN;
    float size = style.size;
    while (size > 6 && type.width(text, size, style.bold) > room) {
      size -= 1;
    }
    return size;
  }

  private void centre(String text, float baseline, float size, Style style) {
    float x = (PAGE.getWidth() - type.width(text, size, style.bold)) / 2;
    type.draw(out, text, x, baseline, size, style.bold, style.color);
  }

  private void frame() throws IOException {
    out.setStrokingColor(ACCENT[0], ACCENT[1], ACCENT[2]);
    out.setLineWidth(4);
    out.addRect(FRAME, FRAME, PAGE.getWidth() - 2 * FRAME, PAGE.getHeight() - 2 * FRAME);
    out.stroke();
    out.setStrokingColor(GOLD[0], GOLD[1], GOLD[2]);
    out.setLineWidth(1);
    float inner = FRAME + 8;
    out.addRect(inner, inner, PAGE.getWidth() - 2 * inner, PAGE.getHeight() - 2 * inner);
    out.stroke();
  }
}
