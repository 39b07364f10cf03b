package org.accord.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accord.document.pdf.Fonts;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.accord.training.RevenueStatementDocument.CategoryLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The revenue-share statement read back in the agreement's language, its figures as the language
 * writes them.
 *
 * <p>Standard fee: 2 participants, 2 × 1,200.00 = 2,400.00 due, 1,800.00 received; developing
 * countries: 3 × 450.00 = 1,350.00 due and received; 2 free LDC/SIDS seats worth 2 × 450.00 =
 * 900.00. In all 7 participants, 3,750.00 due, 3,150.00 received. The reserve takes 10% of 3,150.00
 * = 315.00; of the rest, 2,835.00, the agency 60% = 1,701.00 and the partner 40% = 1,134.00. Venue
 * and catering, 1,250.25, shared: 625.12 and 625.13.
 */
class RevenueStatementDocumentTest {

  private final RevenueStatementDocument document = new RevenueStatementDocument(new Fonts());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Revenue-share statement|Session 1 March 2027 to 5 March 2027, Dakar"
            + "|Standard fee 2 2,400.00 1,800.00|Total 7 3,750.00 3,150.00"
            + "|2 free seats for nationals of LDCs and SIDS were funded by the reserve, worth"
            + " USD 900.00|10% of the revenue 315.00|The Agency will pay the Partner USD 1,134.00",
        "fr|Relevé de partage des recettes|Session du 1 mars 2027 au 5 mars 2027, Dakar"
            + "|Tarif standard 2 2 400,00 1 800,00|Total 7 3 750,00 3 150,00"
            + "|2 places gratuites pour des ressortissants des PMA et des PEID ont été financées"
            + " par la réserve, d’une valeur de 900,00 USD|10 % des recettes 315,00"
            + "|L’Agence versera au Partenaire 1 134,00 USD",
        "es|Estado de reparto de ingresos|Sesión del 1 de marzo de 2027 al 5 de marzo de 2027, Dakar"
            + "|Tarifa normal 2 2400,00 1800,00|Total 7 3750,00 3150,00"
            + "|La reserva financió 2 plazas gratuitas para nacionales de PMA y PEID, por un valor de"
            + " 900,00 USD|10 % de los ingresos 315,00|El Organismo pagará al Socio 1134,00 USD",
        "ru|Отчет о распределении доходов|Сессия с 1 марта 2027 г. по 5 марта 2027 г., Dakar"
            + "|Стандартный взнос 2 2 400,00 1 800,00|Итого 7 3 750,00 3 150,00"
            + "|Резерв профинансировал 2 бесплатных места для граждан НРС и МОСРГ стоимостью 900,00 USD"
            + "|10 % дохода 315,00|Агентство выплатит Партнеру 1 134,00 USD",
        "zh|收入分成报表|培训期次 2027年3月1日至2027年3月5日，Dakar|标准费用 2 2,400.00 1,800.00"
            + "|合计 7 3,750.00 3,150.00|储备金资助了2个最不发达国家和小岛屿发展中国家国民的免费名额"
            + "|收入的10% 315.00|向合作伙伴支付USD 1,134.00",
        "ar|بيان تقاسم الإيرادات|٥ مارس ٢٠٢٧|الرسم العادي|٣٬٧٥٠٫٠٠|مقعدين مجانيين|٣١٥٫٠٠"
            + "|١٬١٣٤٫٠٠ USD",
      })
  void aRevenueStatement_isWrittenInTheAgreementsLanguage(
      String code,
      String title,
      String session,
      String standard,
      String total,
      String freeSeats,
      String reserve,
      String payable)
      throws IOException {
    byte[] pdf = render(Language.parse("language", code));
    // To look at them: target/screenshots/revenue-statement-<code>.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/revenue-statement-" + code + ".pdf"), pdf);
    assertThat(PdfText.of(pdf))
        .contains(title)
        .contains(session)
        .contains(standard)
        .contains(total)
        .contains(freeSeats)
        .contains(reserve)
        .contains(payable)
        .contains("Venue and catering");
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
  }

  private byte[] render(Language language) {
    Course course =
        new Course(
            1,
            "PA-2026-0042",
            "GSMA",
            "Spectrum management fundamentals",
            TrainingTopic.SPECTRUM_MANAGEMENT,
            CourseLevel.INTRODUCTORY,
            "en",
            Delivery.IN_PERSON,
            24,
            true,
            Instant.EPOCH,
            "jdupont");
    TrainingSession session =
        new TrainingSession(
            12,
            course,
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2027, 3, 5),
            "Dakar",
            20,
            "USD",
            new BigDecimal("1200.00"),
            new BigDecimal("450.00"),
            SessionStatus.CLOSED,
            7,
            0);
    SessionClosure closure =
        new SessionClosure(
            12,
            "USD",
            new BigDecimal("3150.00"),
            new SessionClosure.Percentages(
                new BigDecimal("10"), new BigDecimal("60"), new BigDecimal("40")),
            new BigDecimal("315.00"),
            new BigDecimal("1701.00"),
            new BigDecimal("1134.00"),
            List.of(
                new SessionClosure.Cost(
                    "Venue and catering",
                    TrainingTerms.Bearer.SHARED,
                    new BigDecimal("1250.25"),
                    new BigDecimal("625.12"),
                    new BigDecimal("625.13"))),
            new BigDecimal("625.12"),
            new BigDecimal("625.13"),
            Instant.parse("2027-03-06T10:00:00Z"),
            "officer",
            null);
    return document.render(
        session,
        "GSM Association",
        closure,
        LocalDate.of(2027, 3, 6),
        List.of(
            new CategoryLine(
                FeeCategory.STANDARD, 2, new BigDecimal("2400.00"), new BigDecimal("1800.00")),
            new CategoryLine(
                FeeCategory.DEVELOPING, 3, new BigDecimal("1350.00"), new BigDecimal("1350.00")),
            new CategoryLine(
                FeeCategory.LDC_SIDS, 2, new BigDecimal("0.00"), new BigDecimal("0.00"))),
        2,
        new BigDecimal("900.00"),
        language);
  }
}
