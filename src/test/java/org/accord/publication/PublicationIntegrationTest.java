package org.accord.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.plan.LinkedAgreements;
import org.accord.plan.LinkedAgreements.Plan;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.PdfText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Reports managers publish to partners: a report by donor to one donor with its own figures only,
 * totals by priority to every partner without a partner's name, the annual performance report to
 * all; another partner's publication does not exist for a donor probing it.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PublicationIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate rest;

  @Test
  void aReportByDonor_isPublishedToOneDonor_withItsOwnFiguresOnly_andAnotherDonorGets404()
      throws Exception {
    String donor = api.newPartnerWithRepresentative("RA");
    String other = api.newPartnerWithRepresentative("RB");
    api.propose(donor, "120000.00");
    api.propose(donor, "80000.00");
    api.propose(other, "50000.00");

    long id = publish(consolidated("DONOR", donor));

    // The donor's two proposals run in 2027: 120,000.00 + 80,000.00 = 200,000.00 USD, in its row
    // and in "All", which is its own total; the other donor's 50,000.00 is nowhere.
    String text = pdfText(Api.representativeOf(donor), id);
    assertThat(text)
        .contains("Of Partner " + donor + "’s agreements only")
        .contains("Partner " + donor + " 2 0 200,000.00")
        .contains("All 2 0 200,000.00")
        .doesNotContain("Partner " + other)
        .doesNotContain("50,000.00");
    assertThat(ids(api.get(Api.representativeOf(donor), "/api/publications"))).contains(id);
    assertThat(api.get(Api.representativeOf(donor), "/api/publications/" + id).getBody())
        .containsEntry("partnerCode", donor)
        .containsEntry("kind", "CONSOLIDATED");

    assertThat(
            api.get(Api.representativeOf(other), "/api/publications/" + id).getStatusCode().value())
        .isEqualTo(404);
    assertThat(pdf(Api.representativeOf(other), id).getStatusCode().value()).isEqualTo(404);
    assertThat(ids(api.get(Api.representativeOf(other), "/api/publications"))).doesNotContain(id);
    assertThat(api.get("officer", "/api/publications/" + id).getStatusCode().value())
        .isEqualTo(200);
  }

  @Test
  void totalsByPriority_arePublishedToEveryPartner_namingNone() throws Exception {
    String donor = api.newPartnerWithRepresentative("RC");
    String other = api.newPartnerWithRepresentative("RD");
    api.propose(donor, "70000.00");

    long id = publish(consolidated("PRIORITY", null));

    assertThat(ids(api.get(Api.representativeOf(donor), "/api/publications"))).contains(id);
    assertThat(ids(api.get(Api.representativeOf(other), "/api/publications"))).contains(id);
    String text = pdfText(Api.representativeOf(other), id);
    assertThat(text)
        .contains("Consolidated report by priority")
        .contains("Affordable connectivity")
        .doesNotContain("Partner " + donor)
        .doesNotContain("Partner " + other)
        .doesNotContain("GSMA");
  }

  /** Written once for every partner: in the agency's language, not the French of its publisher. */
  @Test
  void theAnnualPerformanceReport_isPublishedToEveryPartner_inTheAgencysLanguage()
      throws Exception {
    Plan plan = LinkedAgreements.twoYearPlan(api);
    String partner = api.newPartnerWithRepresentative("RE");
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "ANNUAL_PERFORMANCE");
    input.put("plan", plan.code());
    input.put("year", String.valueOf(plan.first()));

    api.put("manager", "/api/users/manager/language", Map.of("language", "fr"));
    long id;
    try {
      id = publish(input);
    } finally {
      api.delete("manager", "/api/users/manager/language");
    }

    assertThat(api.get(Api.representativeOf(partner), "/api/publications/" + id).getBody())
        .containsEntry("kind", "ANNUAL_PERFORMANCE")
        .containsEntry("plan", plan.code())
        .containsEntry("year", plan.first());
    ResponseEntity<byte[]> pdf = pdf(Api.representativeOf(partner), id);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(pdf.getHeaders().getContentDisposition().isAttachment()).isTrue();
    assertThat(pdf.getHeaders().getFirst("X-Content-SHA256"))
        .isEqualTo(
            api.get(Api.representativeOf(partner), "/api/publications/" + id)
                .getBody()
                .get("sha256"));
    assertThat(PdfText.of(pdf.getBody()))
        .contains("Annual performance report " + plan.first())
        .doesNotContain("Rapport annuel");
  }

  @Test
  void publishing_isForManagers_andEveryBadFieldIsNamed_nothingStored() {
    String partner = api.newPartnerWithRepresentative("RF");
    long before = total();
    assertThat(
            api.post(
                    Api.representativeOf(partner),
                    "/api/publications",
                    consolidated("PRIORITY", null))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            api.post("officer", "/api/publications", consolidated("PRIORITY", null))
                .getStatusCode()
                .value())
        .isEqualTo(403);

    assertThat(fields(consolidated("DONOR", null))).containsExactly("partnerCode");
    Map<String, Object> bad = consolidated("COUNTRY", "NOBODY");
    bad.put("from", "2027-13-01");
    bad.put("to", null);
    bad.put("year", "2027");
    assertThat(fields(bad)).containsExactlyInAnyOrder("by", "from", "to", "partnerCode", "year");
    assertThat(fields(Map.of("kind", "NEWSLETTER"))).containsExactly("kind");
    assertThat(fields(Map.of("kind", "ANNUAL_PERFORMANCE", "partnerCode", partner)))
        .containsExactlyInAnyOrder("plan", "year", "partnerCode");
    assertThat(fields(Map.of("kind", "ANNUAL_PERFORMANCE", "plan", "NO-PLAN", "year", "2027")))
        .containsExactly("plan");
    assertThat(
            api.get(Api.representativeOf(partner), "/api/publications?size=500")
                .getBody()
                .get("errors")
                .toString())
        .contains("size");
    assertThat(total()).isEqualTo(before);
  }

  private long total() {
    return ((Number) api.get("manager", "/api/publications").getBody().get("total")).longValue();
  }

  private List<String> fields(Map<String, Object> input) {
    ResponseEntity<Map<String, Object>> refused = api.post("manager", "/api/publications", input);
    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) refused.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }

  private long publish(Map<String, Object> input) {
    ResponseEntity<Map<String, Object>> published = api.post("manager", "/api/publications", input);
    assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(201);
    return ((Number) published.getBody().get("id")).longValue();
  }

  private static Map<String, Object> consolidated(String by, String partnerCode) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "CONSOLIDATED");
    input.put("by", by);
    input.put("from", "2027-01-01");
    input.put("to", "2027-12-31");
    input.put("partnerCode", partnerCode);
    return input;
  }

  private ResponseEntity<byte[]> pdf(String user, long id) {
    return rest.exchange(
        "/api/publications/" + id + "/pdf",
        HttpMethod.GET,
        new HttpEntity<>(Api.headersOf(user)),
        byte[].class);
  }

  /** The PDF as the user downloads it, read back as text; kept under target/ to look at. */
  private String pdfText(String user, long id) throws IOException {
    ResponseEntity<byte[]> pdf = pdf(user, id);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    Path kept = Path.of("target/publications/report-" + user + "-" + id + ".pdf");
    Files.createDirectories(kept.getParent());
    Files.write(kept, pdf.getBody());
    try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static List<Long> ids(ResponseEntity<Map<String, Object>> found) {
    assertThat(found.getStatusCode().value()).as("%s", found.getBody()).isEqualTo(200);
    return ((List<Map<String, Object>>) found.getBody().get("publications"))
        .stream().map(publication -> ((Number) publication.get("id")).longValue()).toList();
  }
}
