package org.accord.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF's first page as a picture to look at, in target/screenshots, drawn by Poppler's {@code
 * pdftoppm}: a test that meant to leave a picture fails when none was drawn (pdftoppm missing, or
 * refusing the PDF), rather than passing with nothing to look at.
 */
public final class PdfPictures {

  private static final Path FOLDER = Path.of("target", "screenshots");

  private PdfPictures() {}

  /** Writes {@code name}.pdf and {@code name}.png; returns the picture's path. */
  public static Path firstPage(byte[] pdf, String name) throws IOException, InterruptedException {
    Path folder = Files.createDirectories(FOLDER);
    Path file = folder.resolve(name + ".pdf");
    Path picture = folder.resolve(name + ".png");
    Files.write(file, pdf);
    Files.deleteIfExists(picture);
    Process pdftoppm =
        new ProcessBuilder(
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-singlefile",
                file.toString(),
                folder.resolve(name).toString())
            .inheritIO()
            .start();
    assertThat(pdftoppm.waitFor()).as("pdftoppm's exit code for %s", file).isZero();
    assertThat(picture).as("the picture of %s", file).isNotEmptyFile();
    return picture;
  }
}
