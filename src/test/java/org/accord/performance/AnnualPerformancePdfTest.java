package org.accord.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.document.pdf.Fonts;
import org.accord.performance.AnnualPerformance.KpiLine;
import org.accord.performance.AnnualPerformance.OutputYear;
import org.accord.performance.AnnualPerformance.PriorityYear;
import org.accord.plan.ContributionRule;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.reporting.Lesson;
import org.accord.results.OutputType;
import org.accord.shared.Language;
import org.accord.testing.MissingGlyphs;
import org.accord.testing.PdfText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The annual performance report read back in the reader's language: its headings from the
 * language's bundle, the priorities, regions and output types from the shared terms, its amounts,
 * dates, numbers and percentages as the language writes them; the plan's own words as written.
 *
 * <p>One priority received USD 30,000.00 in 2027; K1 trained 250 people of a target of 300 from a
 * baseline of 0: 250 / 300 = 83.33%.
 */
class AnnualPerformancePdfTest {

  private final AnnualPerformancePdf pdf = new AnnualPerformancePdf(new Fonts());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Annual performance report 2027|Targets as in force on 31 December 2027"
            + "|Funds mobilized USD 30,000.00|Affordable connectivity"
            + "|K1 People trained (people) 0 300 250 83.33% 3"
            + "|Agreements that contributed. K1: PA-2027-0001, PA-2027-0002 and 1 more."
            + "|Toolkits 1",
        "fr|Rapport annuel de performance 2027|Cibles en vigueur au 31 décembre 2027"
            + "|Fonds mobilisés 30 000,00 USD|Connectivité financièrement abordable"
            + "|K1 People trained (people) 0 300 250 83,33 % 3"
            + "|Accords ayant contribué. K1 : PA-2027-0001, PA-2027-0002 et 1 autre."
            + "|Boîtes à outils 1",
        "es|Informe anual de desempeño 2027|Metas vigentes al 31 de diciembre de 2027"
            + "|Fondos movilizados 30.000,00 USD|Conectividad asequible"
            + "|K1 People trained (people) 0 300 250 83,33 % 3"
            + "|Acuerdos que contribuyeron. K1: PA-2027-0001, PA-2027-0002 y 1 más."
            + "|Conjuntos de herramientas 1",
        "ru|Годовой отчет о результатах деятельности за 2027 год"
            + "|Целевые значения по состоянию на 31 декабря 2027 г."
            + "|Мобилизованные средства 30 000,00 USD|Приемлемая в ценовом отношении"
            + "|K1 People trained (people) 0 300 250 83,33 % 3"
            + "|Соглашения, внесшие вклад. K1: PA-2027-0001, PA-2027-0002 и еще 1."
            + "|Комплекты инструментов 1",
        "zh|2027年度绩效报告|目标值为截至2027年12月31日有效的目标值|调动的资金 USD 30,000.00|价格可承受的连接"
            + "|K1 People trained (people) 0 300 250 83.33% 3"
            + "|作出贡献的协议：K1：PA-2027-0001、PA-2027-0002及另外1项。|工具包 1",
        "ar|تقرير الأداء السنوي لعام ٢٠٢٧|٣١ ديسمبر ٢٠٢٧|٣٠٬٠٠٠٫٠٠ USD|التوصيلية الميسورة التكلفة"
            + "|٨٣٫٣٣|الاتفاقات التي أسهمت|مجموعات أدوات",
      })
  void theAnnualReport_isWrittenInTheReadersLanguage(
      String code,
      String title,
      String method,
      String funds,
      String priority,
      String kpi,
      String contributed,
      String toolkits)
      throws IOException {
    byte[] rendered = pdf.render(report(), Language.parse("language", code));
    // To look at them: target/screenshots/annual-performance-<code>.pdf.
    Files.createDirectories(Path.of("target/screenshots"));
    Files.write(Path.of("target/screenshots/annual-performance-" + code + ".pdf"), rendered);
    assertThat(PdfText.of(rendered))
        .contains(title)
        .contains(method)
        .contains(funds)
        .contains(priority)
        .contains(kpi)
        .contains(contributed)
        .contains(toolkits)
        .contains("Agree the school list with the regulator");
    assertThat(MissingGlyphs.in(rendered)).isEmpty();
  }

  private static AnnualPerformance report() {
    KpiYear trained =
        new KpiYear(
            "K1",
            "People trained",
            "people",
            "O1",
            ContributionRule.SUM,
            BigDecimal.ZERO,
            new BigDecimal("300"),
            new BigDecimal("250.0000"),
            new BigDecimal("83.3333"),
            3,
            List.of(),
            List.of());
    return new AnnualPerformance(
        "SP-2027",
        "Strategic plan 2027-2030",
        2027,
        LocalDate.of(2027, 12, 31),
        new BigDecimal("30000.00"),
        List.of(
            new PriorityYear(
                Priority.AFFORDABLE_CONNECTIVITY,
                "Affordable connectivity",
                List.of(
                    new Outcome(
                        "O1",
                        Priority.AFFORDABLE_CONNECTIVITY,
                        "Schools are connected at affordable prices",
                        false)),
                List.of(
                    new KpiLine(
                        trained, 3, List.of("PA-2027-0001", "PA-2027-0002"), List.of("Giga"))),
                new BigDecimal("30000.00"),
                List.of(
                    new Lesson(
                        "PA-2027-0001",
                        "Rural broadband toolkit",
                        "GSMA",
                        Priority.AFFORDABLE_CONNECTIVITY,
                        Region.AFRICA,
                        "Giga",
                        "GOOD",
                        "Agree the school list with the regulator before the survey.",
                        "evaluator",
                        OffsetDateTime.of(2027, 11, 2, 9, 0, 0, 0, ZoneOffset.UTC))))),
        List.of(
            new OutputYear(OutputType.TOOLKITS, "Toolkits", 1),
            new OutputYear(OutputType.MODEL_POLICIES, "Model policies and strategies", 0)));
  }
}
