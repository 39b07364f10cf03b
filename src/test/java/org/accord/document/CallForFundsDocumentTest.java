package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.accord.budget.Instalment;
import org.accord.budget.InstalmentTrigger;
import org.accord.document.pdf.Fonts;
import org.accord.partner.Partner;
import org.accord.partner.PartnerType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The call for funds read back: what to pay, by when, with which reference, into which account. */
class CallForFundsDocumentTest {

  private final CallForFundsDocument document =
      new CallForFundsDocument(new Fonts(), MouDocumentTest.AGENCY);

  @Test
  void aCallForFunds_statesTheInstalment_theDateToPayBy_theReferenceAndTheAccount()
      throws Exception {
    byte[] pdf =
        document.render(
            MouDocumentTest.contents("GSMA", "53500.00", "EUR", MouDocumentTest.framework(1, "X"))
                .agreement(),
            new Partner(
                "JICA",
                "Japan International Cooperation Agency",
                PartnerType.MEMBER_STATE,
                "JP",
                "partnerships@jica.example",
                null,
                null,
                null),
            new CallForFunds(
                new Instalment(
                    2,
                    new BigDecimal("17334.00"),
                    "USD",
                    InstalmentTrigger.ON_DATE,
                    LocalDate.of(2027, 7, 1),
                    null),
                3,
                LocalDate.of(2027, 7, 1),
                LocalDate.of(2027, 7, 31),
                "PA-2026-0042/2",
                "UBS Switzerland AG, Geneva",
                "International Telecommunication Union",
                "CH93 0076 2011 6238 5295 7",
                "UBSWCHZH80A"));
    // To look at it: ./mvnw test -Dtest=CallForFundsDocumentTest, then target/call-for-funds.pdf.
    Files.write(Path.of("target/call-for-funds.pdf"), pdf);

    String text;
    try (PDDocument read = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
    }
    assertThat(text)
        .contains("Call for funds")
        .contains("To: Japan International Cooperation Agency (partnerships@jica.example)")
        .contains("Instalment 2 of 3")
        .contains("Falls due On 1 July 2027")
        .contains("Amount requested USD 17,334.00")
        .contains("Please pay by 31 July 2027")
        .contains("Reference to quote PA-2026-0042/2")
        .contains("IBAN CH93 0076 2011 6238 5295 7")
        .contains("SWIFT/BIC UBSWCHZH80A");
  }
}
