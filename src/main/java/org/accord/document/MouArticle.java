package org.accord.document;

import java.util.List;

/**
 * An article another feature adds to an agreement's MoU, through {@link MouArticles}: its heading
 * (the MoU numbers it) and its text and tables, in order.
 */
public record MouArticle(String heading, List<Block> blocks) {

  /** A part of an article, laid out as the MoU's own are. */
  public sealed interface Block permits Paragraph, Table, Note {}

  public record Paragraph(String text) implements Block {}

  /** Columns of the given relative widths (adding up to 1), a header row and the rows. */
  public record Table(float[] widths, String[] header, List<String[]> rows) implements Block {}

  /** A smaller paragraph under a table, such as what its figures mean. */
  public record Note(String text) implements Block {}
}
