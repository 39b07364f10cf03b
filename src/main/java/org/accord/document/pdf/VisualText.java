package org.accord.document.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text as a PDF shows it: PDF draws glyphs left to right and does not join letters, so Arabic is
 * shaped into its joined presentation forms and right-to-left runs are put in visual order.
 */
final class VisualText {

  private VisualText() {}

  /**
   * The line in visual order. On a left-to-right page a line runs left to right unless it is all
   * right-to-left, like an Arabic name in a cell of its own; on a right-to-left page every line
   * runs right to left, numbers and Latin words kept in their own runs.
   */
  static String of(String logical, boolean rightToLeftPage) {
    if (!rightToLeftPage && !needsBidi(logical)) {
      return logical;
    }
    try {
      String shaped =
          new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL)
              .shape(logical);
      Bidi bidi =
          new Bidi(
              shaped,
              rightToLeftPage || isRightToLeft(logical)
                  ? Bidi.DIRECTION_RIGHT_TO_LEFT
                  : Bidi.DIRECTION_LEFT_TO_RIGHT);
      return bidi.writeReordered(Bidi.DO_MIRRORING);
    } catch (ArabicShapingException unshapeable) {
      return logical;
    }
  }

  /** Right-to-left text with no left-to-right word in it: set flush right. */
  static boolean isRightToLeft(String text) {
    return needsBidi(text)
        && text.codePoints()
            .noneMatch(
                c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_LEFT_TO_RIGHT);
  }

  /** Whether the text runs right to left anywhere. */
  static boolean needsBidi(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              byte direction = Character.getDirectionality(c);
              return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                  || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            });
  }
}
