package org.accord.duediligence.web;

import static org.accord.duediligence.SanctionsReviewProcess.Tasks.REVIEW_SANCTIONS_MATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Screening that keeps up: a partner listed after its due diligence is found when the UN list is
 * imported, compliance decides, and a confirmed match suspends the partner's agreements.
 */
@AccordIntegrationTest
class SanctionsScreeningIntegrationTest {

  private static final String LISTS = "/api/sanctions/lists";
  private static final String REVIEW = REVIEW_SANCTIONS_MATCH;

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void aPartnerListedAfterItsDueDiligence_isConfirmedByComplianceAndItsAgreementSuspended() {
    api.newPartner("NFCT", "Northfall Cinder Trading");
    api.newUser("nfct", "donor-NFCT");
    String reference = api.toActive("NFCT", "50000.00");

    ResponseEntity<Map<String, Object>> imported =
        api.upload("compliance", LISTS, "consolidated.xml", listNaming("NORTHFALL CINDER TRADING"));

    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(imported.getBody()).containsKey("reviewsStarted");
    assertThat(list(imported.getBody()))
        .containsEntry("importedBy", "compliance")
        .containsEntry("entries", 6);
    List<Map<String, Object>> tasks = api.tasks("compliance", "NFCT", REVIEW);
    assertThat(tasks).hasSize(1);
    Map<String, Object> variables =
        api.get("compliance", "/engine-rest/task/" + tasks.get(0).get("id") + "/variables")
            .getBody();
    assertThat(value(variables, "partnerName")).isEqualTo("Northfall Cinder Trading");
    assertThat(value(variables, "listEntryName")).isEqualTo("NORTHFALL CINDER TRADING CO");
    assertThat(value(variables, "listEntryReference")).isEqualTo("QDe.990");
    assertThat(value(variables, "listType")).isEqualTo("Al-Qaida");
    assertThat(value(variables, "listedOn")).isEqualTo("2026-04-30");
    assertThat((String) value(variables, "openAgreements")).contains(reference + " ", "(ACTIVE)");

    ResponseEntity<Map<String, Object>> unexplained =
        api.complete("compliance", "NFCT", REVIEW, Map.of("sanctionsDecision", "CONFIRMED_MATCH"));
    assertThat(unexplained.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            api.complete(
                    "compliance",
                    "NFCT",
                    REVIEW,
                    Map.of(
                        "sanctionsDecision",
                        "CONFIRMED_MATCH",
                        "sanctionsComment",
                        "Same registration number as the listed entity"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    api.awaitStatus(reference, "SUSPENDED");
    assertThat(api.get("officer", "/api/partners/NFCT").getBody())
        .containsEntry("riskRating", "HIGH")
        .containsEntry("dueDiligenceOutcome", "FAILED")
        .doesNotContainKey("dueDiligenceExpiresOn");
  }

  @Test
  void theReviewIsTheAgencysOwn_thePartnersRepresentativeSeesNothingOfIt() {
    api.newPartner("ARGV", "Argent Veil Shipping");
    api.newUser("argv", "donor-ARGV");
    api.propose("ARGV", "1000.00");

    assertThat(api.upload("admin", LISTS, "consolidated.xml", sample()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(api.tasks("compliance", "ARGV", REVIEW)).hasSize(1);
    assertThat(api.tasks("argv", "ARGV", REVIEW)).isEmpty();
    assertThat(
            api.getList("argv", "/engine-rest/variable-instance?variableName=listEntryReference")
                .getBody())
        .isEmpty();
    assertThat(
            api.getList(
                    "argv", "/engine-rest/process-instance?processDefinitionKey=sanctions-review")
                .getBody())
        .isEmpty();
  }

  @Test
  void aFalsePositive_isNotRaisedAgainWhenTheListIsImportedAgain() {
    api.newPartner("HPW", "Hollowmere Precision Works");
    String reference = api.propose("HPW", "1000.00");
    assertThat(api.upload("compliance", LISTS, "consolidated.xml", sample()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(
            api.complete(
                    "compliance",
                    "HPW",
                    REVIEW,
                    Map.of(
                        "sanctionsDecision",
                        "FALSE_POSITIVE",
                        "sanctionsComment",
                        "A Swiss watchmaker, registered 1921; the listed entity is a DRC trader"))
                .getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api.upload("compliance", LISTS, "consolidated.xml", sample()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(api.tasks("compliance", "HPW", REVIEW)).isEmpty();
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "SCREENING");
  }

  @Test
  void onlyComplianceAndAdministratorsImport_theAgencysStaffSeeTheList() {
    for (String user : List.of("gsma", "officer", "manager")) {
      assertThat(api.upload(user, LISTS, "consolidated.xml", sample()).getStatusCode())
          .as("%s importing", user)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(api.upload("compliance", LISTS, "consolidated.xml", sample()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    assertThat(api.get("gsma", LISTS).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("officer", LISTS).getBody())
        .containsEntry("source", "UN Security Council Consolidated List")
        .containsEntry("entries", 5);
    assertThat((String) api.get("officer", LISTS).getBody().get("generatedAt"))
        .startsWith("2026-05-04T19:00:03.293");
  }

  @Test
  void aBadUpload_isRefusedNamingWhatIsWrong_andTheListInForceStays() {
    assertThat(api.upload("compliance", LISTS, "consolidated.xml", sample()).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    Map<String, Object> inForce = api.get("officer", LISTS).getBody();

    assertRefused(
        bytes("<CONSOLIDATED_LIST dateGenerated=\"2026-01-01T00:00:00Z\">"), "well-formed");
    assertRefused(bytes("<sdnList/>"), "not the UN Security Council consolidated list");
    assertRefused(
        bytes(
            "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CONSOLIDATED_LIST"
                + " dateGenerated=\"2026-01-01T00:00:00Z\">&e;</CONSOLIDATED_LIST>"),
        "DOCTYPE");
    assertRefused(
        new String(sample(), StandardCharsets.UTF_8)
            .replace("<REFERENCE_NUMBER>CDe.904</REFERENCE_NUMBER>", "")
            .getBytes(StandardCharsets.UTF_8),
        "ENTITY number 2 has no REFERENCE_NUMBER");
    ResponseEntity<Map<String, Object>> withoutFile = postWithoutFile();
    assertThat(withoutFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutFile.getBody().get("detail").toString()).startsWith("file: is required");

    assertThat(api.get("officer", LISTS).getBody()).isEqualTo(inForce);
  }

  private void assertRefused(byte[] upload, String reason) {
    ResponseEntity<Map<String, Object>> refused =
        api.upload("compliance", LISTS, "consolidated.xml", upload);
    assertThat(refused.getStatusCode()).as(reason).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").toString()).startsWith("file: ").contains(reason);
  }

  private ResponseEntity<Map<String, Object>> postWithoutFile() {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("description", "the list, I thought");
    HttpHeaders headers = Api.headersOf("compliance");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(
        LISTS,
        HttpMethod.POST,
        new HttpEntity<>(parts, headers),
        new ParameterizedTypeReference<>() {});
  }

  /** The shipped sample, with one more entity listed since: the partner, under another form. */
  private static byte[] listNaming(String name) {
    String entity =
        """
          <ENTITY>
            <DATAID>9900199</DATAID><VERSIONNUM>1</VERSIONNUM>
            <FIRST_NAME>%s CO</FIRST_NAME>
            <UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE><REFERENCE_NUMBER>QDe.990</REFERENCE_NUMBER>
            <LISTED_ON>2026-04-30</LISTED_ON>
          </ENTITY>
        </ENTITIES>"""
            .formatted(name);
    return new String(sample(), StandardCharsets.UTF_8)
        .replace("</ENTITIES>", entity)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] sample() {
    try (InputStream sample =
        new ClassPathResource("sanctions/un-consolidated-list-sample.xml").getInputStream()) {
      return sample.readAllBytes();
    } catch (IOException unreadable) {
      throw new IllegalStateException(unreadable);
    }
  }

  private static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> list(Map<String, Object> imported) {
    return (Map<String, Object>) imported.get("list");
  }

  @SuppressWarnings("unchecked")
  private static Object value(Map<String, Object> variables, String name) {
    return ((Map<String, Object>) variables.get(name)).get("value");
  }
}
