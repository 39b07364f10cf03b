package org.accord.iati.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
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
 * Agreements at every stage exported as IATI 2.03 and validated against the official schema in
 * {@code ../shared/iati/} (or {@code -Diati.schema}, {@code IATI_SCHEMA}), read from there: where
 * it is absent, {@link #officialSchema_isThereToValidateAgainst} is skipped and says so.
 */
@AccordIntegrationTest
class IatiIntegrationTest {

  private static final Path SCHEMA =
      Path.of(
          System.getProperty(
              "iati.schema",
              System.getenv()
                  .getOrDefault("IATI_SCHEMA", "../shared/iati/iati-activities-schema.xsd")));

  @Autowired TestRestTemplate rest;

  private Api api;

  @BeforeEach
  void api() {
    api = new Api(rest);
  }

  @Test
  void agreementAtEveryStage_isAValidActivity_withItsStatusMapped() throws Exception {
    String screening = api.propose("GSMA", "12000.00");
    String rejected = api.propose("GSMA", "13000.00");
    api.complete(
        "officer2",
        rejected,
        "screenProposal",
        Map.of("screeningDecision", "REJECT", "screeningComment", "Outside the mandate"));
    String withDonor = api.toDonorSignOff("GSMA", "14000.00");
    String active = api.toActive("GSMA", "15000.00");
    String terminated = api.toActive("GSMA", "16000.00");
    api.post(
        "manager",
        "/api/agreements/" + terminated + "/terminate",
        Map.of("reason", "The partner left the sector"));

    Map<String, String> expectedStatus =
        Map.of(screening, "1", rejected, "5", withDonor, "1", active, "2", terminated, "5");
    for (Map.Entry<String, String> agreement : expectedStatus.entrySet()) {
      byte[] xml = iati("officer", agreement.getKey()).getBody();
      validate(xml);
      Document activity = parse(xml);
      assertThat(text(activity, "/iati-activities/iati-activity/activity-status/@code"))
          .as(agreement.getKey())
          .isEqualTo(agreement.getValue());
      assertThat(text(activity, "//iati-identifier"))
          .isEqualTo("XI-IATI-ACCORD-" + agreement.getKey());
    }
    Document terminatedActivity = parse(iati("officer", terminated).getBody());
    assertThat(text(terminatedActivity, "//activity-date[@type='4']/@iso-date")).isNotEmpty();
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
    api.complete("officer", reference, "reviewAmendment", Map.of("amendmentReview", "ENDORSE"));
    api.complete("gsma", reference, "signOffAmendment", Map.of("donorDecision", "APPROVE"));

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
    assertThat(text(activity, "//transaction[transaction-type/@code='2']/value"))
        .isEqualTo("50000.00");
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

  @Test
  void officialSchema_isThereToValidateAgainst() {
    Assumptions.assumeTrue(
        Files.exists(SCHEMA),
        "the IATI 2.03 schema is not at "
            + SCHEMA.toAbsolutePath()
            + " (-Diati.schema or IATI_SCHEMA): the exports were checked without it");
  }

  /** Against the official schema where it is; the other checks of a test hold without it. */
  private static void validate(byte[] xml) throws Exception {
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
