package org.accord.document;

import java.util.ArrayList;
import java.util.List;
import org.accord.document.pdf.PdfDocument;
import org.accord.document.pdf.PdfDocument.Style;
import org.accord.shared.Language;

/**
 * A part of the MoU's text in one language: the MoU is written as these blocks once per language,
 * the same blocks in the same order in each, so that a bilingual MoU sets them one language after
 * the other or pairs them side by side.
 */
sealed interface MouBlock {

  record Title(String text) implements MouBlock {}

  record Heading(String text) implements MouBlock {}

  record Paragraph(String text) implements MouBlock {}

  record Note(String text) implements MouBlock {}

  /** Rows of label and value. */
  record Facts(List<String[]> rows) implements MouBlock {}

  record Table(float[] widths, String[] header, List<String[]> rows) implements MouBlock {}

  /** Blocks kept on one page where they fit (an article, or the last one and the signatures). */
  record Together(List<MouBlock> blocks) implements MouBlock {}

  /** Another feature's article under its numbered heading, kept on one page where it fits. */
  static MouBlock of(String heading, MouArticle article) {
    List<MouBlock> blocks = new ArrayList<>();
    blocks.add(new Heading(heading));
    for (MouArticle.Block block : article.blocks()) {
      if (block instanceof MouArticle.Paragraph paragraph) {
        blocks.add(new Paragraph(paragraph.text()));
      } else if (block instanceof MouArticle.Table table) {
        blocks.add(new Table(table.widths(), table.header(), table.rows()));
      } else if (block instanceof MouArticle.Note note) {
        blocks.add(new Note(note.text()));
      }
    }
    return new Together(blocks);
  }

  /** The blocks in one language. */
  static void write(PdfDocument pdf, List<MouBlock> blocks) {
    for (MouBlock block : blocks) {
      if (block instanceof Title title) {
        pdf.title(title.text());
      } else if (block instanceof Heading heading) {
        pdf.heading(heading.text());
      } else if (block instanceof Paragraph paragraph) {
        pdf.paragraph(paragraph.text());
      } else if (block instanceof Note note) {
        pdf.note(note.text());
      } else if (block instanceof Facts facts) {
        pdf.facts(facts.rows());
      } else if (block instanceof Table table) {
        pdf.table(table.widths(), table.header(), table.rows());
      } else if (block instanceof Together together) {
        pdf.keepTogether(page -> write(page, together.blocks()));
      }
    }
  }

  /**
   * The two languages' blocks in pairs: texts in two columns, each in its direction; tables once,
   * each cell that the languages word differently holding both, the first language above.
   */
  static void writeSideBySide(
      PdfDocument pdf,
      List<MouBlock> first,
      Language firstLanguage,
      List<MouBlock> second,
      Language secondLanguage) {
    for (int i = 0; i < first.size(); i++) {
      MouBlock a = first.get(i);
      MouBlock b = second.get(i);
      if (a instanceof Facts facts) {
        pdf.facts(both(facts.rows(), ((Facts) b).rows()));
      } else if (a instanceof Table table) {
        pdf.table(
            table.widths(),
            both(table.header(), ((Table) b).header()),
            both(table.rows(), ((Table) b).rows()));
      } else if (a instanceof Together together) {
        pdf.keepTogether(
            page ->
                writeSideBySide(
                    page,
                    together.blocks(),
                    firstLanguage,
                    ((Together) b).blocks(),
                    secondLanguage));
      } else {
        pdf.parallel(style(a), text(a), firstLanguage, text(b), secondLanguage);
      }
    }
  }

  private static Style style(MouBlock text) {
    if (text instanceof Title) {
      return Style.TITLE;
    }
    if (text instanceof Heading) {
      return Style.HEADING;
    }
    return text instanceof Note ? Style.NOTE : Style.PARAGRAPH;
  }

  private static String text(MouBlock block) {
    if (block instanceof Title title) {
      return title.text();
    }
    if (block instanceof Heading heading) {
      return heading.text();
    }
    if (block instanceof Note note) {
      return note.text();
    }
    return ((Paragraph) block).text();
  }

  private static List<String[]> both(List<String[]> first, List<String[]> second) {
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < first.size(); r++) {
      rows.add(both(first.get(r), second.get(r)));
    }
    return rows;
  }

  /** A cell the same in both languages (a name, an amount in the same digits) is written once. */
  private static String[] both(String[] first, String[] second) {
    if (first == null) {
      return null;
    }
    String[] cells = new String[first.length];
    for (int c = 0; c < first.length; c++) {
      cells[c] =
          first[c] == null || first[c].equals(second[c]) ? first[c] : first[c] + "\n" + second[c];
    }
    return cells;
  }
}
