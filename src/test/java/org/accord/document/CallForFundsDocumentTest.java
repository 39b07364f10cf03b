package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.accord.budget.Instalment;
import org.accord.budget.InstalmentTrigger;
import org.accord.document.pdf.Fonts;
import org.accord.partner.Partner;
import org.accord.partner.PartnerType;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The call for funds read back: what to pay, by when, with which reference, into which account. */
class CallForFundsDocumentTest {

  private final CallForFundsDocument document =
      new CallForFundsDocument(new Fonts(), MouDocumentTest.AGENCY);

  @Test
  void aCallForFunds_statesTheInstalment_theDateToPayBy_theReferenceAndTheAccount()
      throws Exception {
    byte[] pdf = render(Language.EN);
    // To look at it: ./mvnw test -Dtest=CallForFundsDocumentTest, then target/call-for-funds.pdf.
    Files.write(Path.of("target/call-for-funds.pdf"), pdf);

    String text = PdfText.of(pdf);
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

  /**
   * The words of the call in each language, its amount (17,334.00 USD) and dates as the language
   * writes them.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Appel de fonds|Tranche 2 sur 3|Montant demandé 17 334,00 USD"
            + "|À régler au plus tard le 31 juillet 2027",
        "es|Solicitud de fondos|Cuota 2 de 3|Importe solicitado 17.334,00 USD"
            + "|Pagar a más tardar el 31 de julio de 2027",
        "ru|Запрос на перечисление средств|Транш 2 из 3|Запрашиваемая сумма 17 334,00 USD"
            + "|Оплатить не позднее 31 июля 2027 г.",
        "zh|缴款通知|分期 第2期，共3期|应缴金额 USD 17,334.00|请于以下日期前付款 2027年7月31日",
        "ar|طلب سداد دفعة|٢ من ٣|١٧٬٣٣٤٫٠٠ USD|٣١ يوليو ٢٠٢٧",
      })
  void aCallForFunds_isWrittenInTheAgreementsLanguage(
      String code, String title, String instalment, String amount, String payBy)
      throws IOException {
    byte[] pdf = render(Language.parse("language", code));
    // To look at them: target/screenshots/call-for-funds-<code>.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/call-for-funds-" + code + ".pdf"), pdf);
    assertThat(PdfText.of(pdf))
        .contains(title)
        .contains(instalment)
        .contains(amount)
        .contains(payBy)
        .contains("CH93 0076 2011 6238 5295 7");
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
  }

  private byte[] render(Language language) {
    return document.render(
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
            "UBSWCHZH80A"),
        language);
  }
}
