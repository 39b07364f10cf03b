package org.accord.document.web;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.accord.document.MouDocuments;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The MoU made when the donor approves, stored with its hash, served to both parties only. */
@AccordIntegrationTest
class DocumentIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;
  @Autowired MouDocuments documents;
  @Autowired JdbcTemplate jdbc;

  @Test
  void mouIsPreparedForSigning_storedWithItsHash_andServedAsPdfToBothParties() throws Exception {
    String reference = api.toDonorSignOff("GSMA", "6100.00");
    api.complete("gsma", reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    api.awaitStatus(reference, "MOU_SIGNING");

    List<Map<String, Object>> listed =
        api.getList("gsma", "/api/agreements/" + reference + "/documents").getBody();
    assertThat(listed)
        .singleElement()
        .satisfies(
            document ->
                assertThat(document)
                    .containsEntry("kind", "MOU")
                    .containsEntry("version", 1)
                    .containsEntry("fileName", reference + "-MoU-v1.pdf"));
    Map<String, Object> mou = listed.get(0);

    ResponseEntity<byte[]> pdf = pdf("gsma", reference, mou.get("id"));
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getBody()));
    assertThat(sha256)
        .isEqualTo(mou.get("sha256"))
        .isEqualTo(pdf.getHeaders().getFirst("X-Content-SHA256"));
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " "))
          .contains("Memorandum of Understanding")
          .contains("GSM Association")
          .contains("USD 6,100.00")
          .contains("Connect rural schools");
    }

    assertThat(pdf("jica", reference, mou.get("id")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/documents").getBody())
        .extracting(document -> document.get("kind"))
        .contains("MOU");
  }

  @Test
  void preparingTheMouAgain_addsNoVersion_andAnAmendmentAddsTheNext() {
    String reference = api.toActive("JICA", "6200.00");
    long first = documents.prepareMou(reference).id();

    assertThat(documents.prepareMou(reference).id()).as("a retried step").isEqualTo(first);
    // The call for funds of the first instalment may be there too: it is not the MoU's.
    assertThat(api.getList("jica", "/api/agreements/" + reference + "/documents").getBody())
        .extracting(document -> document.get("kind"))
        .filteredOn(kind -> !"CALL_FOR_FUNDS".equals(kind))
        .containsExactly("MOU", "SIGNED_MOU");

    api.post(
        "officer",
        "/api/agreements/" + reference + "/amendments",
        Map.of("justification", "Longer survey", "endDate", "2029-03-31"));
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    api.complete("jica", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));

    assertThat(api.getList("jica", "/api/agreements/" + reference + "/documents").getBody())
        .extracting(document -> document.get("kind") + " v" + document.get("version"))
        .filteredOn(kind -> !kind.startsWith("CALL_FOR_FUNDS"))
        .containsExactly("MOU v1", "MOU v2", "SIGNED_MOU v1");
  }

  @Test
  void signedMouIsSealed_verifiable_andATamperedCopyIsDetected() throws Exception {
    String reference = api.toActive("GSMA", "6300.00");

    Map<String, Object> signed =
        api.getList("gsma", "/api/agreements/" + reference + "/documents").getBody().stream()
            .filter(document -> "SIGNED_MOU".equals(document.get("kind")))
            .findFirst()
            .orElseThrow();
    try (PDDocument document = Loader.loadPDF(pdf("gsma", reference, signed.get("id")).getBody())) {
      assertThat(document.getSignatureDictionaries()).hasSize(1);
      assertThat(document.getSignatureDictionaries().get(0).getSubFilter())
          .isEqualTo("ETSI.CAdES.detached");
      // The signatories by their accounts' names, with their titles and the times they signed.
      assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " "))
          .contains("International Telecommunication Union — Telecommunication Development Bureau")
          .contains("Place des Nations, 1211 Geneva 20, Switzerland")
          .contains("Name Jean Dupont Grace Okafor")
          .contains("Director, Telecommunication")
          .contains("Head of Partnerships")
          .containsPattern("Signed at \\(UTC\\) 20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")
          .doesNotContain("Signed in Accord")
          .doesNotContain(" gsma ")
          .doesNotContain(" signatory ");
    }
    Map<String, Object> verified = verify("gsma", reference, signed.get("id"));
    assertThat(verified)
        .containsEntry("intact", true)
        .containsEntry("sealed", true)
        .containsEntry("sealValid", true)
        .containsEntry("sealCoversWholeDocument", true);

    // Someone with access to the database changes one byte of the signed PDF.
    jdbc.update(
        "update accord.document set content = overlay(content placing '\\x42'::bytea from 2000)"
            + " where id = ?",
        ((Number) signed.get("id")).longValue());

    assertThat(verify("officer", reference, signed.get("id")))
        .containsEntry("intact", false)
        .containsEntry("sealValid", false);
  }

  @Test
  void dueDiligenceSummary_isKeptForTheAgency_andNotShownToThePartner() throws Exception {
    String code = api.newPartner("DDSUM", "Ассоциация связи DDSUM");
    String reference = api.propose(code, "6400.00");
    api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    api.reviewDueDiligence(reference, "CONCERNS", "CLEAR");

    Map<String, Object> summary =
        api.getList("officer", "/api/agreements/" + reference + "/documents").getBody().stream()
            .filter(document -> "DUE_DILIGENCE_SUMMARY".equals(document.get("kind")))
            .findFirst()
            .orElseThrow();
    try (PDDocument document =
        Loader.loadPDF(pdf("officer", reference, summary.get("id")).getBody())) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " "))
          .contains("Due-diligence summary")
          .contains("Ассоциация связи DDSUM")
          .contains("Outcome CLEARED")
          .contains("Legal CONCERNS Reviewed the statutes Sofia Rossi")
          .contains("Financial CLEAR Reviewed the accounts Kwame Mensah");
    }

    api.newUser("ddsum-rep", "donor-" + code);
    assertThat(api.getList("ddsum-rep", "/api/agreements/" + reference + "/documents").getBody())
        .isEmpty();
    assertThat(pdf("ddsum-rep", reference, summary.get("id")).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private Map<String, Object> verify(String user, String reference, Object id) {
    return api.get(user, "/api/agreements/" + reference + "/documents/" + id + "/verify").getBody();
  }

  private ResponseEntity<byte[]> pdf(String user, String reference, Object id) {
    return rest.exchange(
        "/api/agreements/" + reference + "/documents/" + id,
        HttpMethod.GET,
        new HttpEntity<>(Api.headersOf(user)),
        byte[].class);
  }
}
