package org.accord.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.AgreementType;
import org.accord.agreement.BilingualLayout;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.agreement.ReportingFrequency;
import org.accord.budget.Budget;
import org.accord.budget.BudgetLine;
import org.accord.budget.BudgetLineType;
import org.accord.budget.FundingSource;
import org.accord.budget.FundingTerms;
import org.accord.budget.Instalment;
import org.accord.budget.InstalmentTrigger;
import org.accord.document.MouDocument.Signature;
import org.accord.document.MouDocument.Signatures;
import org.accord.document.pdf.Fonts;
import org.accord.identity.People;
import org.accord.partner.Partner;
import org.accord.partner.PartnerType;
import org.accord.reporting.ReportingSchedule;
import org.accord.results.ActivityPlan;
import org.accord.results.IndicatorPlan;
import org.accord.results.ObjectivePlan;
import org.accord.shared.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The MoU read back with PDFBox's text extraction, as a reader's PDF viewer would show it. */
public class MouDocumentTest {

  static final Fonts FONTS = new Fonts();

  /** The agency as application.yaml configures it by default. */
  static final AgencyProperties AGENCY =
      new AgencyProperties(
          "International Telecommunication Union — Telecommunication Development Bureau",
          "Place des Nations, 1211 Geneva 20, Switzerland",
          "Director, Telecommunication Development Bureau");

  /** The users the tests sign with, as Camunda's identity service names them. */
  static final People PEOPLE =
      people(
          Map.of(
              "jdupont", "Jean Dupont",
              "amina", "Amina Diallo",
              "gokafor", "Grace Okafor"));

  private final MouDocument mou = new MouDocument(FONTS, AGENCY, PEOPLE);

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

  /**
   * Staff 40,000.00 + travel 10,000.00 of the partner's cash, 7% programme support costs 3,500.00:
   * 53,500.00; travel 5,000.00 in kind; equipment 8,000.00 of agency co-financing. Travel's total
   * is 10,000.00 + 5,000.00 = 15,000.00; the whole budget 53,500.00 + 5,000.00 + 8,000.00 =
   * 66,500.00.
   */
  @Test
  void theBudgetByLineAndSource_andTheScheduleOfInstalments_areTablesOfArticleTwo()
      throws Exception {
    MouDocument.Contents plain = contents("GSMA", "53500.00", "EUR", framework(1, "Connect"));
    FundingTerms funding =
        new FundingTerms(
            new Budget(
                "EUR",
                new BigDecimal("7.00"),
                List.of(
                    line(BudgetLineType.STAFF, FundingSource.PARTNER_CASH, "40000.00", null),
                    line(BudgetLineType.TRAVEL, FundingSource.PARTNER_CASH, "10000.00", null),
                    line(BudgetLineType.TRAVEL, FundingSource.IN_KIND, "5000.00", "Office space"),
                    line(
                        BudgetLineType.EQUIPMENT,
                        FundingSource.AGENCY_COFINANCING,
                        "8000.00",
                        null),
                    line(
                        BudgetLineType.PROGRAMME_SUPPORT_COSTS,
                        FundingSource.PARTNER_CASH,
                        "3500.00",
                        null))),
            List.of(
                new Instalment(
                    1,
                    new BigDecimal("21400.00"),
                    "EUR",
                    InstalmentTrigger.ON_SIGNATURE,
                    null,
                    null),
                new Instalment(
                    2,
                    new BigDecimal("17334.00"),
                    "USD",
                    InstalmentTrigger.ON_DATE,
                    LocalDate.parse("2027-07-01"),
                    null),
                new Instalment(
                    3,
                    new BigDecimal("16050.00"),
                    "EUR",
                    InstalmentTrigger.ON_REPORT_ACCEPTED,
                    null,
                    2)));
    MouDocument.Contents withBudget =
        new MouDocument.Contents(
            plain.agreement(),
            plain.partner(),
            plain.results(),
            plain.reportingPeriods(),
            funding,
            null);

    String text = text(mou.render(withBudget)).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Article 2. Contribution and budget")
        .contains("Budget line Partner's cash Agency co-financing In kind Total")
        .contains("Staff 40,000.00 40,000.00")
        .contains("Travel 10,000.00 5,000.00 15,000.00")
        .contains("Equipment 8,000.00 8,000.00")
        .contains("Programme support costs 3,500.00 3,500.00")
        .contains("Total 53,500.00 8,000.00 5,000.00 66,500.00")
        .contains("Programme support costs are 7% of the direct costs the Partner's cash finances.")
        .contains("Contributions in kind, at their value: Travel: Office space.")
        .contains("1 EUR 21,400.00 On signature of the Memorandum")
        .contains("2 USD 17,334.00 On 1 July 2027")
        .contains("3 EUR 16,050.00 When progress report 2 is accepted");
  }

  private static BudgetLine line(
      BudgetLineType type, FundingSource source, String amount, String description) {
    return new BudgetLine(type, source, new BigDecimal(amount), description);
  }

  @Test
  void anotherFeaturesArticles_followTheResultsFramework_andTheMousOwnAreNumberedAfterThem()
      throws Exception {
    MouDocument.Contents plain = contents("GSMA", "1000.00", "USD", framework(1, "Connect"));
    MouDocument.Contents withArticles =
        new MouDocument.Contents(
            plain.agreement(),
            plain.partner(),
            plain.results(),
            plain.reportingPeriods(),
            plain.funding(),
            null,
            Map.of(
                Language.EN,
                List.of(
                    new MouArticle(
                        "Training programme",
                        List.of(
                            new MouArticle.Paragraph("The Parties offer these courses."),
                            new MouArticle.Table(
                                new float[] {0.5f, 0.5f},
                                new String[] {"Course", "Delivered by"},
                                List.<String[]>of(new String[] {"Spectrum", "Both Parties"})))),
                    new MouArticle(
                        "Costs",
                        List.of(new MouArticle.Note("Each Party bears its own costs."))))));

    String text = text(mou.render(withArticles)).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Article 3. Results framework")
        .contains("Article 4. Training programme The Parties offer these courses.")
        .contains("Course Delivered by Spectrum Both Parties")
        .contains("Article 5. Costs Each Party bears its own costs.")
        .contains("Article 6. Reporting")
        .contains("Article 7. Amendment and termination")
        .contains("Article 8. Entry into force")
        .contains("unless it is terminated under Article 7.");
    assertThat(text(mou.render(plain)).replaceAll("\\s+", " "))
        .contains("Article 4. Reporting")
        .contains("unless it is terminated under Article 5.");
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

  @Test
  void mou_namesTheConfiguredAgency_itsAddress_andItsSignatorysTitle() throws Exception {
    AgencyProperties configured =
        new AgencyProperties(
            "Agence de développement des télécommunications",
            "12 rue de l'Exemple, 75007 Paris, France",
            "Directrice des partenariats");

    byte[] pdf =
        new MouDocument(FONTS, configured, PEOPLE)
            .render(contents("GSM Association", "1000.00", "USD", framework(1, "Connect")));
    Files.write(Path.of("target/mou-for-signing.pdf"), pdf);
    String text = text(pdf).replaceAll("\\s+", " ");

    assertThat(text)
        .contains(
            "The Agency Agence de développement des télécommunications 12 rue de l'Exemple,"
                + " 75007 Paris, France")
        .contains("The Partner GSM Association")
        .contains("For Agence de développement des")
        .contains("Title Directrice des partenariats")
        .doesNotContain("between the Agency and");
  }

  @Test
  void signedMou_namesEachSignatoryWithTitleAndTimeInUtc_neverByUserId() throws Exception {
    Signatures signed =
        new Signatures(
            new Signature(
                "jdupont",
                null,
                "J. Dupont",
                null,
                OffsetDateTime.parse("2027-01-15T11:30:00+02:00")),
            new Signature(
                "gokafor",
                null,
                "G. Okafor",
                "Head of Partnerships",
                OffsetDateTime.parse("2027-01-16T08:05:30.250-05:00")));

    byte[] pdf =
        mou.render(
            signed(contents("GSM Association", "1000.00", "USD", framework(1, "Connect")), signed));
    Files.write(Path.of("target/mou-signed.pdf"), pdf);
    String text = text(pdf).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Name Jean Dupont Grace Okafor")
        .contains("Director, Telecommunication Development Bureau")
        .contains("Head of Partnerships")
        .contains("Signature Signed electronically Signed electronically")
        .contains("Signed at (UTC) 2027-01-15T09:30:00Z 2027-01-16T13:05:30Z")
        .doesNotContain("jdupont")
        .doesNotContain("gokafor")
        .doesNotContain("J. Dupont")
        .doesNotContain("Signed in Accord");
  }

  @Test
  void aDeputysSignature_namesWhomTheyStoodInFor_andANamelessAccountTheNameTyped()
      throws Exception {
    OffsetDateTime at = OffsetDateTime.parse("2027-01-15T09:30:00Z");
    Signatures signed =
        new Signatures(
            new Signature("amina", "jdupont", "Amina D.", null, at),
            new Signature("rep-7", null, "Leila Hassan", " ", at));

    String text =
        text(mou.render(
                signed(
                    contents("GSM Association", "1000.00", "USD", framework(1, "Connect")),
                    signed)))
            .replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Amina Diallo, for Jean Dupont")
        .contains("Leila Hassan")
        .contains("Authorized representative")
        .doesNotContain("rep-7");
  }

  @Test
  void signatureBlock_staysOnThePageOfTheLastArticle_evenWhenTheBodyWouldPushItOver()
      throws Exception {
    Signatures signed =
        new Signatures(
            new Signature("jdupont", null, null, null, OffsetDateTime.parse("2027-01-15T09:30Z")),
            new Signature("gokafor", null, null, "CEO", OffsetDateTime.parse("2027-01-16T09:30Z")));
    int movedOver = 0;
    for (int objectives = 1; objectives <= 16; objectives++) {
      byte[] pdf =
          mou.render(
              signed(
                  contents("GSM Association", "5000.00", "USD", framework(objectives, "Objective")),
                  signed));
      try (PDDocument document = Loader.loadPDF(pdf)) {
        int article = pageWith(document, "Article 6. Entry into force");
        assertThat(pageWith(document, "Signed at (UTC)"))
            .as("the signatures of a MoU with %d objectives", objectives)
            .isEqualTo(article);
        // The last article heads its page although the page before had room left for it: the
        // signatures would not have fitted there with it.
        if (article > 1
            && firstLine(document, article).startsWith("Article 6")
            && roomLeft(document, article - 1) > 80) {
          movedOver++;
          Files.write(Path.of("target/mou-signatures-kept.pdf"), pdf);
        }
      }
    }
    assertThat(movedOver).as("MoUs whose last article was moved to the next page").isPositive();
  }

  public static Fonts fonts() {
    return FONTS;
  }

  /** A MoU whose framework runs over about ten pages. */
  public static byte[] tenPagePdf() {
    return new MouDocument(FONTS, AGENCY, PEOPLE)
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
    return new MouDocument(FONTS, AGENCY, PEOPLE)
        .render(contents("GSM Association", "1000.00", "USD", framework(1, "Connect")));
  }

  /** People who resolve these user ids to names, and any other id to itself (a nameless user). */
  static People people(Map<String, String> names) {
    People people = mock(People.class);
    when(people.nameOf(anyString()))
        .thenAnswer(call -> names.getOrDefault(call.getArgument(0), call.getArgument(0)));
    return people;
  }

  private static String reversedWords(String text) {
    return new StringBuilder(text).reverse().toString();
  }

  static MouDocument.Contents signed(MouDocument.Contents contents, Signatures signatures) {
    return new MouDocument.Contents(
        contents.agreement(),
        contents.partner(),
        contents.results(),
        contents.reportingPeriods(),
        contents.funding(),
        signatures);
  }

  /** The first page whose text has this, counting from 1. */
  private static int pageWith(PDDocument document, String text) throws Exception {
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      if (pageText(document, page).replaceAll("\\s+", " ").contains(text)) {
        return page;
      }
    }
    throw new AssertionError("no page has " + text);
  }

  private static String firstLine(PDDocument document, int page) throws Exception {
    return pageText(document, page).strip().lines().findFirst().orElse("");
  }

  private static String pageText(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /** Points between the lowest line of the page's body and the bottom margin (footer left out). */
  private static float roomLeft(PDDocument document, int page) throws Exception {
    float pageHeight = document.getPage(page - 1).getMediaBox().getHeight();
    float footerTop = pageHeight - 40;
    float bodyBottom = pageHeight - 56 - 18;
    float[] lowest = {0};
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition position : positions) {
              if (position.getYDirAdj() < footerTop) {
                lowest[0] = Math.max(lowest[0], position.getYDirAdj());
              }
            }
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(document);
    return bodyBottom - lowest[0];
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // Amounts and dates keep their words together with no-break spaces; the text reads them as
      // spaces.
      return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
    }
  }

  /** The agreement with its documents in the language(s). */
  static Agreement inLanguages(
      Agreement a, Language language, Language secondLanguage, BilingualLayout layout) {
    return new Agreement(
        a.id(),
        a.reference(),
        a.title(),
        a.type(),
        a.partnerCode(),
        a.priority(),
        a.region(),
        a.beneficiaryCountries(),
        a.outputTypes(),
        a.amount(),
        a.currency(),
        a.amountUsd(),
        a.startDate(),
        a.endDate(),
        a.reportingFrequency(),
        a.status(),
        a.initiator(),
        a.processInstanceId(),
        a.createdAt(),
        a.mouVersion(),
        language,
        secondLanguage,
        layout,
        null,
        null);
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
            1,
            Language.EN,
            null,
            null,
            null,
            null);
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
        FundingTerms.ofAmount(new BigDecimal(amount), currency),
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
