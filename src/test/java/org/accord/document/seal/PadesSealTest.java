package org.accord.document.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Calendar;
import org.accord.document.MouDocumentTest;
import org.junit.jupiter.api.Test;

public class PadesSealTest {

  private static final PadesSeal SEAL;

  static {
    try {
      SEAL = new PadesSeal(new SealingKey(new SealProperties(null, null, null, true)));
    } catch (Exception impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** A seal with a self-signed key, for tests and the benchmark. */
  public static PadesSeal seal() {
    return SEAL;
  }

  @Test
  void sealedPdf_verifies_andOneChangedByteBreaksTheSeal() throws Exception {
    byte[] sealed = SEAL.seal(MouDocumentTest.samplePdf(), "test", Calendar.getInstance());
    // To see it as others will: pdfsig target/sealed-mou.pdf
    java.nio.file.Files.write(java.nio.file.Path.of("target/sealed-mou.pdf"), sealed);

    Verification verified = SEAL.verify(sealed, true);
    assertThat(verified.problem()).isNull();
    assertThat(verified.sealValid()).isTrue();
    assertThat(verified.sealCoversWholeDocument()).isTrue();
    assertThat(verified.sealedBy()).contains("Accord document seal");

    byte[] tampered = sealed.clone();
    tampered[1500] ^= 0x01;
    assertThat(SEAL.verify(tampered, false).sealValid()).isFalse();
  }
}
