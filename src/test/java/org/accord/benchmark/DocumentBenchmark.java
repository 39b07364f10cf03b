package org.accord.benchmark;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.accord.document.MouDocumentTest;
import org.accord.document.pdf.PdfWarmUp;
import org.accord.document.seal.PadesSealTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * MoU generation against the bare library: a MoU whose framework runs over ten pages, first after
 * start-up and warm, beside a one-page PDFBox document made in the same run. Prints a table, before
 * the lifecycle's ({@code ./mvnw -Pbench verify -Dbench.only=lifecycle}). Machines are noisy: read
 * the ratios.
 */
public final class DocumentBenchmark {

  private static final int WARM_RUNS = 30;

  public static void main(String[] args) throws Exception {
    long keyStart = System.nanoTime();
    PadesSealTest.seal();
    double keyMs = (System.nanoTime() - keyStart) / 1e6;
    long fontsStart = System.nanoTime();
    Class.forName(MouDocumentTest.class.getName());
    double fontsMs = (System.nanoTime() - fontsStart) / 1e6;
    long warmUpStart = System.nanoTime();
    new PdfWarmUp(MouDocumentTest.fonts()).warmUp();
    double warmUpMs = (System.nanoTime() - warmUpStart) / 1e6;
    long start = System.nanoTime();
    byte[] first = MouDocumentTest.tenPagePdf();
    double firstMs = (System.nanoTime() - start) / 1e6;
    int pages;
    try (PDDocument document = Loader.loadPDF(first)) {
      pages = document.getNumberOfPages();
    }

    double mou = median(MouDocumentTest::tenPagePdf);
    double baseline = median(DocumentBenchmark::onePage);
    double sealed = median(() -> MouDocumentTest.sealedSample(first));

    System.out.printf(
        "%n| what | median of %d warm runs | ratio to the one-page PDF |%n", WARM_RUNS);
    System.out.println("|---|---|---|");
    System.out.printf(
        "| one-page PDFBox document (Helvetica, no embedding) | %.1f ms | 1.0 |%n", baseline);
    System.out.printf(
        "| MoU, %d pages, fonts embedded as subsets | %.1f ms | %.1f |%n",
        pages, mou, mou / baseline);
    System.out.printf("| PAdES seal of that MoU | %.1f ms | %.1f |%n", sealed, sealed / baseline);
    System.out.printf(
        "| first MoU after start-up (fonts prepared, one small document made) | %.1f ms | %.1f |%n%n",
        firstMs, firstMs / baseline);
    System.out.printf(
        "At start-up, before any document: fonts read and parsed %.0f ms, the warm-up document"
            + " %.0f ms (in the background), a self-signed seal key %.0f ms.%n",
        fontsMs, warmUpMs, keyMs);
  }

  private static byte[] onePage() {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        out.beginText();
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        out.newLineAtOffset(72, 720);
        out.showText("Memorandum of Understanding");
        out.endText();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (Exception failed) {
      throw new IllegalStateException(failed);
    }
  }

  private static double median(Supplier<byte[]> work) {
    for (int i = 0; i < 5; i++) {
      work.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < WARM_RUNS; i++) {
      long start = System.nanoTime();
      work.get();
      times.add((System.nanoTime() - start) / 1e6);
    }
    Collections.sort(times);
    return times.get(times.size() / 2);
  }

  private DocumentBenchmark() {}
}
