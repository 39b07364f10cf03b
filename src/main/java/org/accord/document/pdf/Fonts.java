package org.accord.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  private final java.util.Map<String, byte[]> files = new java.util.HashMap<>();
  private final java.util.Map<Face, TrueTypeFont> glyphs = new java.util.EnumMap<>(Face.class);

  public Fonts() {
    for (Face face : Face.values()) {
      files.put(face.regular, read(face.regular));
      files.put(face.bold, read(face.bold));
      glyphs.put(face, parse(files.get(face.regular)));
    }
  }

  byte[] file(Face face, boolean bold) {
    return files.get(bold ? face.bold : face.regular);
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
