package org.accord.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.stereotype.Component;

/**
 * The fonts shipped in {@code resources/fonts}, read once at start-up: Noto Sans for Latin,
 * Cyrillic and Greek, Noto Naskh for Arabic, Droid Sans Fallback for Chinese, Japanese, Korean and
 * whatever the others lack. Each PDF embeds the subsets it uses.
 */
@Component
public class Fonts {

  /** One typeface in its regular and bold weights. */
  public enum Face {
    SANS("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    ARABIC("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    FALLBACK("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf");

    final String regular;
    final String bold;

    Face(String regular, String bold) {
      this.regular = regular;
      this.bold = bold;
    }
  }

  /** Documents made at the same time that find a parsed font to borrow. */
  private static final int KEPT_PER_FILE = 4;

  private final Map<String, byte[]> files = new HashMap<>();
  private final Map<String, BlockingQueue<TrueTypeFont>> parsed = new ConcurrentHashMap<>();
  private final Map<Face, TrueTypeFont> glyphs = new EnumMap<>(Face.class);

  public Fonts() {
    for (Face face : Face.values()) {
      files.put(face.regular, read(face.regular));
      files.put(face.bold, read(face.bold));
      glyphs.put(face, parse(files.get(face.regular)));
    }
  }

  /**
   * A parsed font for one document: its own, since a parsed font reads its tables as they are used,
   * and kept for a later document when given back. Parsing took a sixth of an MoU's time.
   */
  TrueTypeFont borrow(Face face, boolean bold) {
    TrueTypeFont font = kept(face, bold).poll();
    if (font == null) {
      font = parse(files.get(bold ? face.bold : face.regular));
      // PDFBox's glyph substitution would only join Latin ligatures (ICU has shaped Arabic
      // already, see VisualText), and it compiled a pattern for every line drawn: it took half
      // the time of an MoU.
      font.setEnableGsub(false);
    }
    return font;
  }

  /** Kept for the next document, unless enough are kept already. */
  void giveBack(Face face, boolean bold, TrueTypeFont font) {
    kept(face, bold).offer(font);
  }

  private BlockingQueue<TrueTypeFont> kept(Face face, boolean bold) {
    return parsed.computeIfAbsent(
        bold ? face.bold : face.regular, file -> new ArrayBlockingQueue<>(KEPT_PER_FILE));
  }

  /** The face that draws this character: its script's, or the fallback. */
  Face faceFor(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    if (script == Character.UnicodeScript.ARABIC) {
      return Face.ARABIC;
    }
    if (has(Face.SANS, codePoint)) {
      return Face.SANS;
    }
    return Face.FALLBACK;
  }

  private boolean has(Face face, int codePoint) {
    try {
      synchronized (glyphs) {
        return glyphs.get(face).getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in = Fonts.class.getResourceAsStream("/fonts/" + file)) {
      if (in == null) {
        throw new IllegalStateException("Font " + file + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static TrueTypeFont parse(byte[] file) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
      font.getUnicodeCmapLookup();
      return font;
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
