package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.document.pdf.Fonts;
import org.accord.partner.Partner;
import org.accord.partner.PartnerType;
import org.accord.reporting.ReportingSchedule;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The MoU read back with PDFBox's text extraction, as a reader's PDF viewer would show it. */
public class MouDocumentTest {

  private static final Fonts FONTS = new Fonts();

  private final MouDocument mou = new MouDocument(FONTS);

  @Test
  void namesInEveryScript_amountsAndTheFramework_areInTheText() throws Exception {
    String text =
        text(
            mou.render(
                contents(
                    "Ассоциация GSM · Ένωση GSM · 全球移动通信系统协会",
                    "250000.00",
                    "EUR",
                    framework(2, "Подключить сельские школы"))));

    // Cells wrap their text: read it as one line.
    assertThat(text.replaceAll("\\s+", " "))
        .contains("Memorandum of Understanding")
        .contains("Ассоциация GSM")
        .contains("Ένωση GSM")
        .contains("全球移动通信系统协会")
        .contains("EUR 250,000.00 (USD 250,000.00 at signature)")
        .contains("1 January 2027 to 31 December 2028 (24 months)")
        .contains("1. Подключить сельские школы 1")
        .contains("1.1 Schools connected: 0 to 120 schools")
        .contains("Rwanda (RW), Kenya (KE)")
        .contains("Page 1 of ");
  }

  @Test
  void arabicNames_areJoinedAndReadRightToLeft() throws Exception {
    String arabic = "الاتحاد العربي للاتصالات";

    byte[] pdf = mou.render(contents(arabic, "1000.00", "USD", framework(1, "Connect")));
    Files.write(Path.of("target/mou-arabic.pdf"), pdf);
    String text = text(pdf);

    // Shaped into joined presentation forms, which NFKC folds back to the letters typed.
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    assertThat(folded.contains(arabic) || folded.contains(reversedWords(arabic)))
        .as("the partner's Arabic name in:\n%s", folded)
        .isTrue();
  }

  @Test
  void longFramework_breaksAcrossPagesWithTheHeaderRepeated_andPagesNumbered() throws Exception {
    byte[] pdf =
        mou.render(contents("GSM Association", "5000.00", "USD", framework(45, "Objective")));
    // To look at the pages: pdftoppm -png target/mou-long-framework.pdf target/mou
    Files.write(Path.of("target/mou-long-framework.pdf"), pdf);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(5);
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Page " + pages + " of " + pages);
      assertThat(text.replaceAll("\\s+", " ")).contains("45. Objective 45");
      long headers =
          text.lines().filter(line -> line.startsWith("Objective Activity Time-frame")).count();
      assertThat(headers).as("the table's header on every page it runs over").isGreaterThan(3);
    }
  }

  public static Fonts fonts() {
    return FONTS;
  }

  /** A MoU whose framework runs over about ten pages. */
  public static byte[] tenPagePdf() {
    return new MouDocument(FONTS)
        .render(
            contents(
                "Ассоциация GSM · الاتحاد العربي · 全球移动通信",
                "250000.00",
                "EUR",
                framework(56, "Objective")));
  }

  /** The same, sealed, as the benchmark measures it. */
  public static byte[] sealedSample(byte[] pdf) {
    return SEAL.seal(pdf, "benchmark", java.util.Calendar.getInstance());
  }

  private static final org.accord.document.seal.PadesSeal SEAL =
      org.accord.document.seal.PadesSealTest.seal();

  /** A one-objective MoU, for the tests of what is done with documents. */
  public static byte[] samplePdf() {
    return new MouDocument(FONTS)
        .render(contents("GSM Association", "1000.00", "USD", framework(1, "Connect")));
  }

  private static String reversedWords(String text) {
    return new StringBuilder(text).reverse().toString();
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static MouDocument.Contents contents(
      String partnerName, String amount, String currency, List<ObjectivePlan> framework) {
    Agreement agreement =
        new Agreement(
            1,
            "PA-2026-0042",
            "Rural broadband toolkit",
            AgreementType.CONTRIBUTION_AGREEMENT,
            "GSMA",
            Priority.AFFORDABLE_CONNECTIVITY,
            Region.AFRICA,
            List.of("RW", "KE"),
            List.of("TOOLKITS"),
            new BigDecimal(amount),
            currency,
            new BigDecimal(amount),
            LocalDate.parse("2027-01-01"),
            LocalDate.parse("2028-12-31"),
            ReportingFrequency.SEMI_ANNUAL,
            AgreementStatus.MOU_SIGNING,
            "officer",
            "pi",
            OffsetDateTime.now(),
            1);
    Partner partner =
        new Partner(
            "GSMA",
            partnerName,
            PartnerType.PRIVATE_SECTOR,
            "GB",
            "partners@gsma.example",
            null,
            null,
            null);
    return new MouDocument.Contents(
        agreement,
        partner,
        framework,
        ReportingSchedule.of(
            agreement.startDate(),
            agreement.endDate(),
            agreement.reportingFrequency(),
            Period.ofDays(30)),
        null);
  }

  static List<ObjectivePlan> framework(int objectives, String name) {
    List<ObjectivePlan> framework = new ArrayList<>();
    for (int o = 1; o <= objectives; o++) {
      framework.add(
          new ObjectivePlan(
              name + " " + o,
              List.of(
                  new ActivityPlan(
                      "Survey unconnected schools in the districts of the region " + o,
                      "2027-Q" + (o % 4 + 1),
                      "National regulator",
                      List.of("Survey report", "District maps")),
                  new ActivityPlan(
                      "Connect the surveyed schools",
                      "2027-2028",
                      "Operators",
                      List.of("Connected schools"))),
              List.of(
                  new IndicatorPlan(
                      "1.1",
                      "Schools connected",
                      "schools",
                      null,
                      BigDecimal.ZERO,
                      new BigDecimal(120),
                      null))));
    }
    return framework;
  }
}
