package org.accord.document.pdf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes one small document in every script at start-up, off the main thread: the first MoU a
 * donor's approval asks for then does not pay for loading PDFBox, ICU and the font subsetter.
 */
@Component
public class PdfWarmUp implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(PdfWarmUp.class);

  private final Fonts fonts;

  public PdfWarmUp(Fonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public void run(ApplicationArguments args) {
    Thread warmUp = new Thread(this::warmUp, "pdf-warm-up");
    warmUp.setDaemon(true);
    warmUp.start();
  }

  /** A page with Latin, Cyrillic, Greek, Arabic and Chinese text and a table. */
  public void warmUp() {
    long start = System.nanoTime();
    try (PdfDocument pdf = new PdfDocument(fonts, "Warm-up", "Accord")) {
      pdf.title("Accord")
          .paragraph("Ассоциация · Ένωση · الاتحاد العربي · 全球移动通信")
          .table(
              new float[] {0.5f, 0.5f},
              new String[] {"A", "B"},
              java.util.List.<String[]>of(new String[] {"1", "2"}))
          .finish();
      log.debug("PDF generation warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException failed) {
      log.warn("PDF warm-up failed; the first document will be slower", failed);
    }
  }
}
