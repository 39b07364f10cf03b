package org.accord.document.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The fonts shipped in {@code resources/fonts}, read once at start-up: Noto Sans for Latin,
 * Cyrillic and Greek, Noto Naskh for Arabic, Droid Sans Fallback for Chinese, Japanese, Korean and
 * whatever the others lack. Each PDF embeds the subsets it uses.
 */
@Component
public class Fonts {

  private static final Logger log = LoggerFactory.getLogger(Fonts.class);

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

  private static final Set<Character.UnicodeBlock> ARABIC_BLOCKS =
      Set.of(
          Character.UnicodeBlock.ARABIC,
          Character.UnicodeBlock.ARABIC_SUPPLEMENT,
          Character.UnicodeBlock.ARABIC_EXTENDED_A,
          Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_A,
          Character.UnicodeBlock.ARABIC_PRESENTATION_FORMS_B);

  /** Documents made at the same time that find a parsed font to borrow. */
  private static final int KEPT_PER_FILE = 4;

  private final Map<String, byte[]> files = new HashMap<>();
  private final Map<String, BlockingQueue<TrueTypeFont>> parsed = new ConcurrentHashMap<>();

  /** Each file parsed once to look up which characters it has. */
  private final Map<String, TrueTypeFont> glyphs = new HashMap<>();

  private final Set<String> missing = ConcurrentHashMap.newKeySet();

  public Fonts() {
    for (Face face : Face.values()) {
      for (String file : List.of(face.regular, face.bold)) {
        files.computeIfAbsent(file, Fonts::read);
        glyphs.computeIfAbsent(file, f -> parse(files.get(f)));
      }
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

  /**
   * The face that draws this character in the weight: its script's, or the fallback; null when no
   * face has it (and it is {@linkplain #missing() recorded}).
   */
  Face faceFor(int codePoint, boolean bold) {
    // By block, not script: the Arabic comma and question mark are "common" to all scripts, but
    // belong with the Arabic letters around them. A character Noto Naskh lacks goes on.
    if (ARABIC_BLOCKS.contains(Character.UnicodeBlock.of(codePoint))
        && has(Face.ARABIC, bold, codePoint)) {
      return Face.ARABIC;
    }
    if (has(Face.SANS, bold, codePoint)) {
      return Face.SANS;
    }
    if (has(Face.FALLBACK, bold, codePoint)) {
      return Face.FALLBACK;
    }
    if (missing.add(describe(codePoint, bold))) {
      log.warn("No font Accord ships has {}: it is drawn as '?'", describe(codePoint, bold));
    }
    return null;
  }

  /**
   * The characters asked for since start that no face has in the weight asked, such as "U+0D05 'അ'
   * (regular)": documents show them as '?'. The glyph test holds every document in every language
   * to none.
   */
  public Set<String> missing() {
    return Set.copyOf(missing);
  }

  private static String describe(int codePoint, boolean bold) {
    return String.format(
        "U+%04X '%s' (%s)", codePoint, Character.toString(codePoint), bold ? "bold" : "regular");
  }

  private boolean has(Face face, boolean bold, int codePoint) {
    try {
      synchronized (glyphs) {
        return glyphs
                .get(bold ? face.bold : face.regular)
                .getUnicodeCmapLookup()
                .getGlyphId(codePoint)
            > 0;
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
