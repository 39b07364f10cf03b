package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.budget.BudgetLineType;
import org.accord.partner.Partner;
import org.accord.partner.PartnerType;
import org.accord.reporting.AgreementProgress;
import org.accord.reporting.IndicatorProgress;
import org.accord.reporting.LineExpenditure;
import org.accord.reporting.LineSpending;
import org.accord.reporting.PeriodProgress;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.Rating;
import org.accord.reporting.ReportingPeriod;
import org.accord.results.Measure;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A period's progress report read back in the agreement's language: its headings from the
 * language's bundle, its amounts, dates, numbers and ratings as the language writes them.
 *
 * <p>The agreement's budget is EUR 53,500.00. The period spent 1,500.00 on travel and 300.00 on
 * staff (1,800.00); to date travel has 2,500.00 of its 10,000.00 (25%), staff 300.00 of no budget,
 * and the agreement 2,800.00. Indicator K1 expected 62.5 people, 70 were trained: on track.
 */
class ProgressReportDocumentTest {

  private final ProgressReportDocument document =
      new ProgressReportDocument(MouDocumentTest.FONTS, MouDocumentTest.PEOPLE);

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Progress report, period 1|Expenditure by budget line (EUR)"
            + "|Period 1 January 2027 to 30 June 2027|Submitted Amina Diallo, 10 July 2027"
            + "|EUR 1,800.00 in the period; EUR 2,800.00 of EUR 53,500.00 so far"
            + "|Travel 10,000.00 1,500.00 2,500.00 25%|62.5 70 On track",
        "fr|Rapport d’activité, période 1|Dépenses par ligne budgétaire (EUR)"
            + "|Période du 1 janvier 2027 au 30 juin 2027|Soumis Amina Diallo, le 10 juillet 2027"
            + "|1 800,00 EUR pour la période ; 2 800,00 EUR sur 53 500,00 EUR à ce jour"
            + "|Voyages 10 000,00 1 500,00 2 500,00 25 %|62,5 70 En bonne voie",
        "es|Informe de progreso, período 1|Gastos por partida presupuestaria (EUR)"
            + "|Período del 1 de enero de 2027 al 30 de junio de 2027"
            + "|Presentado Amina Diallo, el 10 de julio de 2027"
            + "|1800,00 EUR en el período; 2800,00 EUR de 53.500,00 EUR hasta la fecha"
            + "|Viajes 10.000,00 1500,00 2500,00 25 %|62,5 70 En buen camino",
        "ru|Отчет о ходе работы за период 1|Расходы по статьям бюджета (EUR)"
            + "|Период с 1 января 2027 г. по 30 июня 2027 г.|Представлен Amina Diallo, 10 июля 2027 г."
            + "|1 800,00 EUR за период; 2 800,00 EUR из 53 500,00 EUR на сегодня"
            + "|Поездки 10 000,00 1 500,00 2 500,00 25 %|62,5 70 По плану",
        "zh|第1期进度报告|按预算项目分列的支出（EUR）|报告期 2027年1月1日至2027年6月30日"
            + "|提交 Amina Diallo，2027年7月10日|本期EUR 1,800.00；迄今已支出EUR 2,800.00，预算EUR 53,500.00"
            + "|10,000.00 1,500.00 2,500.00 25%|62.5 70 进展顺利",
        "ar|التقرير المرحلي، الفترة ١|النفقات حسب بند الميزانية|٣٠ يونيو ٢٠٢٧"
            + "|١٠ يوليو ٢٠٢٧|٥٣٬٥٠٠٫٠٠ EUR|١٠٬٠٠٠٫٠٠|على المسار الصحيح",
      })
  void aProgressReport_isWrittenInTheAgreementsLanguage(
      String code,
      String title,
      String lines,
      String period,
      String submitted,
      String expenditure,
      String travel,
      String indicator)
      throws IOException {
    byte[] pdf = render(Language.parse("language", code));
    // To look at them: target/screenshots/progress-report-<code>.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/progress-report-" + code + ".pdf"), pdf);
    assertThat(PdfText.of(pdf))
        .contains(title)
        .contains(lines)
        .contains(period)
        .contains(submitted)
        .contains(expenditure)
        .contains(travel)
        .contains(indicator)
        .contains("The schools were connected in May");
    assertThat(MissingGlyphs.in(pdf)).isEmpty();
  }

  private byte[] render(Language language) {
    var agreement =
        MouDocumentTest.inLanguages(
            MouDocumentTest.contents("GSMA", "53500.00", "EUR", MouDocumentTest.framework(1, "X"))
                .agreement(),
            language,
            null,
            null);
    ProgressReport accepted =
        new ProgressReport(
            1,
            "The schools were connected in May.",
            new BigDecimal("1800.00"),
            List.of(
                new LineExpenditure(BudgetLineType.TRAVEL, new BigDecimal("1500.00")),
                new LineExpenditure(BudgetLineType.STAFF, new BigDecimal("300.00"))),
            false,
            "amina",
            OffsetDateTime.of(2027, 7, 10, 9, 0, 0, 0, ZoneOffset.UTC),
            List.of(),
            "ACCEPTED",
            null,
            "gokafor",
            OffsetDateTime.of(2027, 7, 20, 9, 0, 0, 0, ZoneOffset.UTC));
    ReportingPeriod period =
        new ReportingPeriod(
            1,
            1,
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 6, 30),
            LocalDate.of(2027, 7, 30),
            false,
            PeriodStatus.ACCEPTED);
    AgreementProgress progress =
        new AgreementProgress(
            agreement.reference(),
            ProgressRating.RULE,
            new BigDecimal("53500.00"),
            "EUR",
            new BigDecimal("2800.00"),
            List.of(
                new LineSpending(
                    BudgetLineType.TRAVEL, new BigDecimal("10000.00"), new BigDecimal("2500.00")),
                new LineSpending(BudgetLineType.STAFF, BigDecimal.ZERO, new BigDecimal("300.00"))),
            List.of(
                new IndicatorProgress(
                    "K1",
                    "People trained",
                    "people",
                    Measure.NUMBER,
                    BigDecimal.ZERO,
                    new BigDecimal("250"),
                    null,
                    List.of(
                        new PeriodProgress(
                            1,
                            LocalDate.of(2027, 6, 30),
                            PeriodStatus.ACCEPTED,
                            new BigDecimal("62.5"),
                            new BigDecimal("70"),
                            null,
                            Rating.ON_TRACK)),
                    Rating.ON_TRACK)));
    return document.render(
        agreement,
        new Partner(
            "GSMA",
            "GSM Association",
            PartnerType.PRIVATE_SECTOR,
            "GB",
            "partners@gsma.example",
            null,
            null,
            null),
        new PeriodReport(period, List.of(accepted)),
        progress);
  }
}
