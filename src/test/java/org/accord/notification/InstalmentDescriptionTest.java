package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.accord.shared.Language;
import org.junit.jupiter.api.Test;

/** The funds process's instalment as the reminders word it, in each recipient's language. */
class InstalmentDescriptionTest {

  private static final Amount EUR_21_400 = new Amount(new BigDecimal("21400.00"), "EUR");

  @Test
  void anInstalmentDueOnSignature_isWordedInEachLanguage_itsAmountWithItsCode() {
    InstalmentDescription first =
        new InstalmentDescription(1, 3, EUR_21_400, "ON_SIGNATURE", null, null);

    assertThat(first.in(Language.EN))
        .isEqualTo("Instalment 1 of 3: EUR 21,400.00, on signature of the Memorandum");
    assertThat(first.in(Language.FR))
        .isEqualTo("Tranche 1 sur 3 : 21\u202F400,00 EUR, à la signature du Mémorandum");
    assertThat(first.in(Language.ES))
        .isEqualTo("Tramo 1 de 3: 21.400,00 EUR, a la firma del Memorando");
    assertThat(first.in(Language.RU))
        .isEqualTo("Транш 1 из 3: 21 400,00 EUR, при подписании Меморандума");
    assertThat(first.in(Language.ZH)).isEqualTo("第 1 期（共 3 期）：EUR 21,400.00，本备忘录签署时");
    assertThat(first.in(Language.AR)).startsWith("القسط ١ من ٣: ").contains("EUR");
  }

  @Test
  void anInstalmentDueOnADateOrOnAReport_namesTheDateOrTheReport() {
    assertThat(
            new InstalmentDescription(2, 3, EUR_21_400, "ON_DATE", LocalDate.of(2027, 3, 1), null)
                .in(Language.FR))
        .endsWith(", le 1 mars 2027");
    assertThat(
            new InstalmentDescription(3, 3, EUR_21_400, "ON_REPORT_ACCEPTED", null, 2)
                .in(Language.EN))
        .isEqualTo("Instalment 3 of 3: EUR 21,400.00, when progress report 2 is accepted");
  }
}
