package org.accord.iati.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SETTLE_BALANCE;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Agreements at every stage exported as IATI 2.03 and validated against the official schema. The
 * schema is not ours to copy into the repository: it is read from {@code -Diati.schema} or {@code
 * IATI_SCHEMA}, which CI always sets (and where a path is named, a missing file fails every export
 * test), or else from {@code ../shared/iati/} where that exists; on a machine with neither, the
 * exports are checked by the tests' own assertions only.
 */
@AccordIntegrationTest
class IatiIntegrationTest {

  private static final String NAMED_SCHEMA =
      System.getProperty("iati.schema", System.getenv("IATI_SCHEMA"));

  private static final Path SCHEMA =
      Path.of(NAMED_SCHEMA != null ? NAMED_SCHEMA : "../shared/iati/iati-activities-schema.xsd");

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void agreementAtEveryStatusItCanReach_isAValidActivity_withItsStatusMapped() throws Exception {
    Map<String, String> expectedStatus = new LinkedHashMap<>();
    String screening = api.propose("GSMA", "12000.00");
    expectedStatus.put(screening, "1");
    String inRevision = api.propose("GSMA", "12500.00");
    screen(inRevision, "REVISE");
    expectedStatus.put(inRevision, "1");
    String inDueDiligence =
        api.propose(api.newPartner("IATIDD", "Diligence Pending Trust"), "13000.00");
    screen(inDueDiligence, "ACCEPT");
    expectedStatus.put(inDueDiligence, "1");
    String inApproval = api.propose("GSMA", "13500.00");
    screen(inApproval, "ACCEPT");
    expectedStatus.put(inApproval, "1");
    String rejected = api.propose("GSMA", "14000.00");
    screen(rejected, "REJECT");
    expectedStatus.put(rejected, "5");
    expectedStatus.put(api.toDonorSignOff("GSMA", "14500.00"), "1");
    String declined = api.toDonorSignOff("GSMA", "15000.00");
    api.complete(
        "gsma",
        declined,
        DONOR_SIGN_OFF,
        Map.of("donorDecision", "DECLINE", "donorComment", "Not in this budget cycle"));
    expectedStatus.put(declined, "5");
    String signing = api.toDonorSignOff("GSMA", "15500.00");
    api.complete("gsma", signing, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    expectedStatus.put(signing, "1");
    expectedStatus.put(api.toActive("GSMA", "16000.00"), "2");
    String suspended = api.toActive("GSMA", "16500.00");
    api.post("manager", "/api/agreements/" + suspended + "/suspend", null);
    expectedStatus.put(suspended, "6");
    String terminated = api.toActive("GSMA", "17000.00");
    api.post(
        "manager",
        "/api/agreements/" + terminated + "/terminate",
        Map.of("reason", "The partner left the sector"));
    expectedStatus.put(terminated, "5");
    String closed = closedAfterItsOnlyPeriod("18000.00");
    expectedStatus.put(closed, "4");

    for (Map.Entry<String, String> agreement : expectedStatus.entrySet()) {
      byte[] xml = iati("officer", agreement.getKey()).getBody();
      validate(xml);
      Document activity = parse(xml);
      String status =
          api.get("officer", "/api/agreements/" + agreement.getKey())
              .getBody()
              .get("status")
              .toString();
      assertThat(text(activity, "/iati-activities/iati-activity/activity-status/@code"))
          .as("%s, %s", agreement.getKey(), status)
          .isEqualTo(agreement.getValue());
      assertThat(text(activity, "//iati-identifier"))
          .isEqualTo("XI-IATI-ACCORD-" + agreement.getKey());
    }
    assertThat(
            expectedStatus.keySet().stream()
                .map(
                    reference ->
                        api.get("officer", "/api/agreements/" + reference).getBody().get("status"))
                .distinct())
        .containsExactlyInAnyOrder(
            "SCREENING",
            "IN_REVISION",
            "DUE_DILIGENCE",
            "INTERNAL_APPROVAL",
            "REJECTED",
            "DONOR_APPROVAL",
            "DECLINED",
            "MOU_SIGNING",
            "ACTIVE",
            "SUSPENDED",
            "TERMINATED",
            "CLOSED");
    assertThat(
            text(
                parse(iati("officer", terminated).getBody()),
                "//activity-date[@type='4']/@iso-date"))
        .isNotEmpty();
    assertThat(
            text(parse(iati("officer", closed).getBody()), "//activity-date[@type='4']/@iso-date"))
        .isNotEmpty();
  }

  /**
   * A one-year agreement received in full, reported on once and evaluated: CLOSED when all of it
   * was spent, waiting for finance to settle what is left otherwise.
   */
  private String closedAfterItsOnlyPeriod(String spent) {
    String reference = api.toActive(Proposals.oneYear("GSMA", "18000.00", "USD"));
    // Received in full: when all of it is spent, nothing is left to settle when it closes.
    api.post(
        "finance",
        "/api/agreements/" + reference + "/receipts",
        Map.of(
            "amount",
            "18000.00",
            "currency",
            "USD",
            "valueDate",
            LocalDate.now().toString(),
            "bankReference",
            "BR-" + reference));
    api.reportAccepted(reference, 1, spent);
    api.evaluate(reference);
    return reference;
  }

  private void screen(String reference, String decision) {
    api.complete(
        "officer2",
        reference,
        SCREEN_PROPOSAL,
        Map.of("screeningDecision", decision, "screeningComment", "Checked against the criteria"));
  }

  @Test
  void activeAgreement_carriesItsRealValues_andARevisedBudgetAfterAnExtension() throws Exception {
    String reference = api.toActive("GSMA", "50000.00");
    api.fire(reference, 1, "PeriodEnded");
    api.post(
        "officer",
        "/api/agreements/" + reference + "/reports/1",
        Map.of(
            "narrative",
            "Schools surveyed",
            "expenditure",
            "9000.00",
            "indicatorActuals",
            List.of(Map.of("code", "1.1", "value", "25"))));
    api.post(
        "manager",
        "/api/agreements/" + reference + "/reports/1/review",
        Map.of("decision", "ACCEPT"));
    api.post(
        "officer",
        "/api/agreements/" + reference + "/amendments",
        Map.of("justification", "Rainy season delays", "endDate", "2029-06-30"));
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));
    // Paid on signature, in full, in two receipts: 30,000.00 + 20,000.00 = 50,000.00 USD.
    for (String part : List.of("30000.00", "20000.00")) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  api.post(
                          "finance",
                          "/api/agreements/" + reference + "/receipts",
                          Map.of(
                              "amount",
                              part,
                              "currency",
                              "USD",
                              "valueDate",
                              LocalDate.now().toString(),
                              "bankReference",
                              "IATI-" + reference + "-" + part,
                              "instalment",
                              1))
                      .getStatusCode()
                      .value(),
              status -> status == 201);
    }

    byte[] xml = iati("gsma", reference).getBody();

    validate(xml);
    Document activity = parse(xml);
    assertThat(text(activity, "//reporting-org/@ref")).isEqualTo("XI-IATI-ACCORD");
    assertThat(text(activity, "//title/narrative")).isEqualTo("Rural broadband toolkit");
    assertThat(text(activity, "//participating-org[@role='1']/narrative"))
        .isEqualTo("GSM Association");
    assertThat(text(activity, "//participating-org[@role='4'][2]/narrative"))
        .isEqualTo("National regulator");
    assertThat(values(activity, "//recipient-country/@code")).containsExactly("RW", "KE");
    assertThat(values(activity, "//recipient-country/@percentage"))
        .containsExactly("50.00", "50.00");
    assertThat(text(activity, "//sector[@vocabulary='1']/@code")).isEqualTo("22020");
    // Signed for 2027-2028, extended to mid-2029: the original budget in two years, the revised in
    // three.
    assertThat(values(activity, "//budget[@type='1']/period-start/@iso-date"))
        .containsExactly("2027-01-01", "2028-01-01");
    assertThat(values(activity, "//budget[@type='1']/value"))
        .containsExactly("24965.80", "25034.20");
    assertThat(values(activity, "//budget[@type='2']/period-end/@iso-date"))
        .containsExactly("2027-12-31", "2028-12-31", "2029-06-30");
    // The partner's contribution is incoming money (issue 17): an incoming commitment, the funds
    // it paid, and the schedule it was expected on.
    assertThat(text(activity, "//transaction[transaction-type/@code='11']/value"))
        .isEqualTo("50000.00");
    assertThat(text(activity, "//transaction[transaction-type/@code='11']/provider-org/narrative"))
        .isEqualTo("GSM Association");
    assertThat(values(activity, "//transaction[transaction-type/@code='1']/value"))
        .containsExactly("30000.00", "20000.00");
    assertThat(values(activity, "//planned-disbursement/value")).containsExactly("50000.00");
    assertThat(text(activity, "//transaction[transaction-type/@code='4']/value"))
        .isEqualTo("9000.00");
    assertThat(text(activity, "//document-link/category/@code")).isEqualTo("A09");
    assertThat(text(activity, "//document-link/@url"))
        .matches("http://localhost:8080/api/agreements/" + reference + "/documents/\\d+");
    assertThat(text(activity, "//result/indicator/@measure")).isEqualTo("1");
    assertThat(text(activity, "//result/indicator/baseline/@value")).isEqualTo("0");
    assertThat(text(activity, "//result/indicator/period[1]/period-end/@iso-date"))
        .isEqualTo("2027-06-30");
    assertThat(text(activity, "//result/indicator/period[1]/actual/@value")).isEqualTo("25");
    assertThat(text(activity, "//result/indicator/period[1]/target/@value")).isNotEmpty();
  }

  /** 18,000.00 received, 15,000.00 spent: 18,000.00 − 15,000.00 = 3,000.00 given back. */
  @Test
  void aBalanceRefundedAtClosure_isIncomingFundsGivenBack_asANegativeValue() throws Exception {
    String reference = closedAfterItsOnlyPeriod("15000.00");
    String settler = "settler-" + reference.toLowerCase(java.util.Locale.ROOT);
    api.newUser(settler, "finance");
    api.complete(
        settler,
        reference,
        SETTLE_BALANCE,
        Map.of(
            "settlementDecision",
            "REFUND",
            "refundValueDate",
            LocalDate.now().toString(),
            "refundBankReference",
            "OUT-" + reference));

    byte[] xml = iati("gsma", reference).getBody();

    validate(xml);
    assertThat(values(parse(xml), "//transaction[transaction-type/@code='1']/value"))
        .containsExactly("18000.00", "-3000.00");
    assertThat(text(parse(xml), "//activity-status/@code")).isEqualTo("4");
  }

  @Test
  void publishedFile_holdsTheSignedAgreementsTheUserMaySee() throws Exception {
    String active = api.toActive("JICA", "21000.00");
    String proposal = api.propose("JICA", "22000.00");
    String gsma = api.toActive("GSMA", "24000.00");

    byte[] all =
        rest.exchange(
                "/api/iati/activities.xml",
                HttpMethod.GET,
                new HttpEntity<>(Api.headersOf("manager")),
                byte[].class)
            .getBody();
    validate(all);
    List<String> identifiers = values(parse(all), "//iati-identifier");
    assertThat(identifiers).contains("XI-IATI-ACCORD-" + active);
    assertThat(identifiers).doesNotContain("XI-IATI-ACCORD-" + proposal);

    byte[] gsmas =
        rest.exchange(
                "/api/iati/activities.xml",
                HttpMethod.GET,
                new HttpEntity<>(Api.headersOf("gsma")),
                byte[].class)
            .getBody();
    assertThat(values(parse(gsmas), "//iati-identifier")).contains("XI-IATI-ACCORD-" + gsma);
    assertThat(values(parse(gsmas), "//participating-org[@role='1']/narrative"))
        .containsOnly("GSM Association");
  }

  @Test
  void publishedActivities_comeInFilesOfTheSizeAsked_linkedToTheNext() throws Exception {
    api.toActive("JICA", "25000.00");
    api.toActive("JICA", "26000.00");

    ResponseEntity<byte[]> first = published("manager", "?page=0&size=1");
    ResponseEntity<byte[]> second = published("manager", "?page=1&size=1");

    assertThat(values(parse(first.getBody()), "//iati-identifier")).hasSize(1);
    assertThat(first.getHeaders().getFirst("Link"))
        .isEqualTo("</api/iati/activities.xml?page=1&size=1>; rel=\"next\"");
    assertThat(values(parse(second.getBody()), "//iati-identifier"))
        .hasSize(1)
        .doesNotContainAnyElementsOf(values(parse(first.getBody()), "//iati-identifier"));
    assertThat(published("manager", "?size=1001").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(published("manager", "?page=-1").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(published("manager", "?page=many").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<byte[]> published(String user, String query) {
    return rest.exchange(
        "/api/iati/activities.xml" + query,
        HttpMethod.GET,
        new HttpEntity<>(Api.headersOf(user)),
        byte[].class);
  }

  @Test
  void anotherDonorsAgreement_isNotFound_andUnknownsNeither() {
    String reference = api.propose("JICA", "23000.00");
    assertThat(iati("gsma", reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(iati("officer", "PA-1999-0001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(rest.getForEntity("/api/iati/activities.xml", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<byte[]> iati(String user, String reference) {
    return rest.exchange(
        "/api/agreements/" + reference + "/iati",
        HttpMethod.GET,
        new HttpEntity<>(Api.headersOf(user)),
        byte[].class);
  }

  /** Against the official schema where it is; the other checks of a test hold without it. */
  private static void validate(byte[] xml) throws Exception {
    if (NAMED_SCHEMA != null && !Files.exists(SCHEMA)) {
      throw new AssertionError("The IATI schema named is not there: " + SCHEMA.toAbsolutePath());
    }
    if (!Files.exists(SCHEMA)) {
      return;
    }
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    // The schema and its imports are local files; nothing is fetched.
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    factory
        .newSchema(SCHEMA.toFile())
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static String text(Document document, String xpath) throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate(xpath, document);
  }

  private static List<String> values(Document document, String xpath) throws Exception {
    NodeList nodes =
        (NodeList)
            XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    return java.util.stream.IntStream.range(0, nodes.getLength())
        .mapToObj(i -> nodes.item(i).getTextContent())
        .toList();
  }
}
