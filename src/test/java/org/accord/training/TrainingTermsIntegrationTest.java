package org.accord.training;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The cooperation terms of a training cooperation with GSMA: given while the proposal is prepared,
 * read by the agency and by GSMA's representatives only, required to approve it, shown in the
 * approval and sign-off forms, printed in the MoU, and changed after signature only by amendment.
 *
 * <p>The terms: two courses; fees in USD of 1,200.00 (standard) and 450.00 (developing countries);
 * 10% of the revenue to the reserve for free LDC/SIDS seats first, the rest 60/40 to the agency and
 * GSMA, that is 60% × 90% = 54% and 40% × 90% = 36% of the revenue (10 + 54 + 36 = 100); of USD
 * 1,000.00 of fees: 100.00 to the reserve, 540.00 (60% of 900.00) to the agency and 360.00 to GSMA
 * (100.00 + 540.00 + 360.00 = 1,000.00).
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class TrainingTermsIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate rest;

  @Test
  void anOfficerGivesTheTerms_andTheAgencyAndThePartnersRepresentativesReadThem() {
    String reference = propose("TRAINING_COOPERATION");

    ResponseEntity<Map<String, Object>> put =
        api.put("officer", path(reference), Proposals.trainingTerms());

    assertThat(put.getStatusCode()).as("%s", put.getBody()).isEqualTo(HttpStatus.OK);
    Map<String, Object> read = api.get("officer", path(reference)).getBody();
    assertThat(api.get("gsma", path(reference)).getBody()).isEqualTo(read);
    assertThat((List<Map<String, Object>>) read.get("courses"))
        .extracting(course -> course.get("title") + " / " + course.get("deliveredBy"))
        .containsExactly(
            "Spectrum management fundamentals / JOINT", "AI governance for regulators / AGENCY");
    assertThat(read.get("fees"))
        .isEqualTo(Map.of("currency", "USD", "standard", "1200.00", "developing", "450.00"));
    assertThat(read.get("revenueShare"))
        .isEqualTo(Map.of("agency", "60.00", "partner", "40.00", "reserve", "10.00"));
    assertThat((List<Map<String, Object>>) read.get("costs"))
        .extracting(
            cost -> cost.get("item") + " " + cost.get("borneBy") + " " + cost.get("agencyShare"))
        .containsExactly(
            "Trainers and course materials AGENCY null",
            "Online learning platform PARTNER null",
            "Venue and catering SHARED 50.00");
    assertThat((List<String>) read.get("recognition"))
        .containsExactlyInAnyOrder("CO_HOST_ON_CERTIFICATES", "LISTED_AS_PARTNER");
  }

  @Test
  void anotherPartnersRepresentative_neitherReadsNorWritesTheTerms_andTheOwnPartnerOnlyReads() {
    String reference = propose("TRAINING_COOPERATION");
    assertThat(api.get("officer", path(reference)).getStatusCode())
        .as("none given yet")
        .isEqualTo(HttpStatus.NOT_FOUND);
    api.put("officer", path(reference), Proposals.trainingTerms());

    assertThat(api.get("jica", path(reference)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.put("jica", path(reference), Proposals.trainingTerms()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.put("gsma", path(reference), Proposals.trainingTerms()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get(null, path(reference)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** Each replacement is whole: the terms read back are one of the two, never a mixture. */
  @Test
  void twoOfficersReplacingTheTermsAtOnce_bothSucceed_andOneWholeVersionStands() throws Exception {
    String reference = propose("TRAINING_COOPERATION");
    Map<String, Object> halves = Proposals.trainingTerms();
    halves.put("revenueShare", Map.of("agency", "50", "partner", "50", "reserve", "10"));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<ResponseEntity<Map<String, Object>>>> puts =
          pool.invokeAll(
              List.of(
                  () -> api.put("officer", path(reference), Proposals.trainingTerms()),
                  () -> api.put("officer2", path(reference), halves)));
      for (Future<ResponseEntity<Map<String, Object>>> put : puts) {
        assertThat(put.get().getStatusCode())
            .as("%s", put.get().getBody())
            .isEqualTo(HttpStatus.OK);
      }
    } finally {
      pool.shutdown();
    }

    Map<String, Object> read = api.get("officer", path(reference)).getBody();
    assertThat(read.get("revenueShare"))
        .isIn(
            Map.of("agency", "60.00", "partner", "40.00", "reserve", "10.00"),
            Map.of("agency", "50.00", "partner", "50.00", "reserve", "10.00"));
    assertThat((List<?>) read.get("courses")).hasSize(2);
    assertThat((List<?>) read.get("costs")).hasSize(3);
  }

  @Test
  void aContributionAgreement_hasNoTrainingTerms() {
    String reference = propose("CONTRIBUTION_AGREEMENT");

    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", path(reference), Proposals.trainingTerms());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("agreementType");
    assertThat(fields(api.get("officer", path(reference)))).containsExactly("agreementType");
  }

  /** Each mistake is named by its field; the terms given before stay as they were. */
  @ParameterizedTest
  @CsvSource({
    "split of 60/30, revenueShare",
    "reserve of 101, revenueShare.reserve",
    "share of sixty, revenueShare.agency",
    "unknown currency, fees.currency",
    "negative fee, fees.standard",
    "reduced fee above the standard, fees.developing",
    "no course, courses",
    "course without a title, courses[0].title",
    "course delivered by nobody known, courses[1].deliveredBy",
    "shared cost without its share, costs[2].agencyShare",
    "cost borne by the donor, costs[0].borneBy",
    "share of a cost borne by one side, costs[0].agencyShare",
    "unknown recognition, recognition[0]"
  })
  void aWrongTerm_isRefusedNamingItsField_andNothingIsWritten(String mistake, String field) {
    String reference = propose("TRAINING_COOPERATION");
    api.put("officer", path(reference), Proposals.trainingTerms());
    Map<String, Object> before = api.get("officer", path(reference)).getBody();

    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", path(reference), wrong(mistake));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly(field);
    assertThat(api.get("officer", path(reference)).getBody()).isEqualTo(before);
  }

  @Test
  void approvingATrainingCooperationWithoutTerms_isRefusedNamingThem_andTheTaskStaysOpen() {
    String reference = propose("TRAINING_COOPERATION");
    api.screenAndClear(reference);

    ResponseEntity<Map<String, Object>> refused =
        api.complete("head", reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("trainingTerms")
        .contains("PUT /api/agreements/" + reference + "/training-terms");
    assertThat(api.tasks("head", reference, APPROVE_AGREEMENT)).hasSize(1);
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("status", "INTERNAL_APPROVAL");

    // The officer gives them while the approval waits; the approver's form shows them.
    assertThat(api.put("officer", path(reference), Proposals.trainingTerms()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(formVariable("head", reference, APPROVE_AGREEMENT, "trainingTerms"))
        .contains("Spectrum management fundamentals (Spectrum management), by both")
        .contains("standard USD 1,200.00; developing countries USD 450.00")
        .contains("10% to the reserve for free LDC/SIDS seats first")
        .contains("agency 60% / partner 40%")
        .contains("Venue and catering: shared, agency 50% / partner 50%");
    api.approveInternally(reference);

    assertThat(formVariable("gsma", reference, DONOR_SIGN_OFF, "trainingTerms"))
        .contains("Fees per participant: standard USD 1,200.00");
    assertThat(api.put("officer", path(reference), Proposals.trainingTerms()).getStatusCode())
        .as("approved as they are")
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theMouPrintsTheTermsAsArticles_andOnceSignedTheyChangeOnlyByAmendment() throws IOException {
    String reference = signedWithTerms();

    String mou = mouText(reference, 1, "target/documents/training-cooperation-mou.pdf");
    assertThat(mou)
        .contains("Article 4. Training programme")
        .contains("1 Spectrum management fundamentals Spectrum management Both Parties")
        .contains("2 AI governance for regulators AI governance The Agency")
        .contains("Article 5. Fees and free seats")
        .contains("Standard Nationals of any other country USD 1,200.00")
        .contains("Developing countries Nationals of developing countries USD 450.00")
        .contains("Free seat, funded by the reserve")
        .contains("Article 6. Revenue share and reserve for free seats")
        .contains("10% of it is set aside in a reserve")
        .contains("The Agency 60% 54%")
        .contains("The Partner 40% 36%")
        .contains(
            "of USD 1,000.00 of fees received, USD 100.00 goes to the reserve, USD 540.00 to the"
                + " Agency and USD 360.00 to the Partner")
        .contains("Article 7. Costs")
        .contains("Venue and catering Both Parties 50% 50%")
        .contains("Trainers and course materials The Agency 100% none")
        .contains("Article 8. Recognition of the Partner")
        .contains("Named as co-host on the participants' certificates Yes")
        .contains("Its name and logo on the course pages No")
        .contains("Article 9. Reporting")
        .contains("Article 10. Amendment and termination")
        .contains("Article 11. Entry into force")
        .contains("terminated under Article 10");

    ResponseEntity<Map<String, Object>> refused =
        api.put("officer", path(reference), Proposals.trainingTerms());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("detail").toString()).contains("changed only by amendment");
  }

  /**
   * The amendment restates the split as 50/50 with a reserve of 20%: of USD 1,000.00, 200.00 to the
   * reserve and 400.00 (50% of 800.00) to each party (200.00 + 400.00 + 400.00 = 1,000.00).
   */
  @Test
  void anApprovedAmendment_restatesTheTerms_keepingThemBeforeAndAfter() throws IOException {
    String reference = signedWithTerms();
    Map<String, Object> restated = Proposals.trainingTerms();
    restated.put("revenueShare", Map.of("agency", "50", "partner", "50", "reserve", "20"));

    ResponseEntity<Map<String, Object>> requested =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "GSMA delivers half the courses", "trainingTerms", restated));

    assertThat(requested.getStatusCode())
        .as("%s", requested.getBody())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(requested.getBody()).containsEntry("type", "TRAINING_TERMS");
    assertThat(formVariable("officer2", reference, REVIEW_AMENDMENT, "proposedTrainingTerms"))
        .contains("20% to the reserve for free LDC/SIDS seats first, the rest shared agency 50%");
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));
    // A change of the money the parties share: the approvers of the matrix, then GSMA.
    for (String approver : List.of("head", "director")) {
      if (!api.tasks(approver, reference, APPROVE_AMENDMENT).isEmpty()) {
        api.complete(approver, reference, APPROVE_AMENDMENT, Map.of("approvalDecision", "APPROVE"));
      }
    }
    assertThat(api.get("officer", path(reference)).getBody().get("revenueShare"))
        .as("not before the donor signs off")
        .isEqualTo(Map.of("agency", "60.00", "partner", "40.00", "reserve", "10.00"));
    api.complete("gsma", reference, SIGN_OFF_AMENDMENT, Map.of("donorDecision", "APPROVE"));

    assertThat(api.get("gsma", path(reference)).getBody().get("revenueShare"))
        .isEqualTo(Map.of("agency", "50.00", "partner", "50.00", "reserve", "20.00"));
    Map<String, Object> amendment =
        api.get("officer", "/api/agreements/" + reference + "/amendments/1").getBody();
    assertThat(amendment).containsEntry("status", "APPROVED");
    assertThat(((Map<String, Object>) amendment.get("before")).get("trainingTerms"))
        .extracting(terms -> ((Map<String, Object>) terms).get("revenueShare"))
        .isEqualTo(Map.of("agency", "60.00", "partner", "40.00", "reserve", "10.00"));
    assertThat(((Map<String, Object>) amendment.get("after")).get("trainingTerms"))
        .extracting(terms -> ((Map<String, Object>) terms).get("revenueShare"))
        .isEqualTo(Map.of("agency", "50.00", "partner", "50.00", "reserve", "20.00"));
    assertThat(mouText(reference, 2, null))
        .contains("The Agency 50% 40%")
        .contains(
            "USD 200.00 goes to the reserve, USD 400.00 to the Agency and USD 400.00 to the"
                + " Partner");
  }

  @Test
  void anAmendmentWithWrongTerms_isRefusedNamingTheField_andNothingIsRequested() {
    String reference = signedWithTerms();
    Map<String, Object> restated = Proposals.trainingTerms();
    restated.put("revenueShare", Map.of("agency", "70", "partner", "40", "reserve", "10"));

    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "A better split", "trainingTerms", restated));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(refused)).containsExactly("trainingTerms.revenueShare");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/amendments").getBody())
        .isEmpty();
  }

  private String propose(String type) {
    Map<String, Object> proposal = Proposals.valid("GSMA", "50000.00", "USD");
    proposal.put("type", type);
    proposal.put("title", "Spectrum and AI governance academy");
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("reference");
  }

  /** A training cooperation with GSMA given its terms, approved, signed and ACTIVE. */
  private String signedWithTerms() {
    String reference = propose("TRAINING_COOPERATION");
    assertThat(api.put("officer", path(reference), Proposals.trainingTerms()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    return api.activate(api.throughApproval(reference), "GSMA");
  }

  private static String path(String reference) {
    return "/api/agreements/" + reference + "/training-terms";
  }

  /** The good terms with one mistake. */
  private static Map<String, Object> wrong(String mistake) {
    Map<String, Object> terms = Proposals.trainingTerms();
    List<Map<String, Object>> courses =
        new ArrayList<>((List<Map<String, Object>>) terms.get("courses"));
    List<Map<String, Object>> costs =
        new ArrayList<>((List<Map<String, Object>>) terms.get("costs"));
    terms.put("courses", courses);
    terms.put("costs", costs);
    switch (mistake) {
      case "split of 60/30" ->
          terms.put("revenueShare", Map.of("agency", "60", "partner", "30", "reserve", "10"));
      case "reserve of 101" ->
          terms.put("revenueShare", Map.of("agency", "60", "partner", "40", "reserve", "101"));
      case "share of sixty" ->
          terms.put("revenueShare", Map.of("agency", "sixty", "partner", "40", "reserve", "10"));
      case "unknown currency" ->
          terms.put("fees", Map.of("currency", "XYZ", "standard", "500.00", "developing", "0"));
      case "negative fee" ->
          terms.put("fees", Map.of("currency", "USD", "standard", "-500.00", "developing", "0"));
      case "reduced fee above the standard" ->
          terms.put("fees", Map.of("currency", "USD", "standard", "500.00", "developing", "600"));
      case "no course" -> courses.clear();
      case "course without a title" -> courses.get(0).put("title", " ");
      case "course delivered by nobody known" -> courses.get(1).put("deliveredBy", "DONOR");
      case "shared cost without its share" ->
          costs.set(2, Map.of("item", "Venue and catering", "borneBy", "SHARED"));
      case "cost borne by the donor" ->
          costs.set(0, Map.of("item", "Trainers", "borneBy", "DONOR"));
      case "share of a cost borne by one side" ->
          costs.set(0, Map.of("item", "Trainers", "borneBy", "AGENCY", "agencyShare", "50"));
      case "unknown recognition" -> terms.put("recognition", List.of("LOGO_ON_MOON"));
      default -> throw new IllegalArgumentException(mistake);
    }
    return terms;
  }

  private String formVariable(String user, String reference, String taskKey, String variable) {
    List<Map<String, Object>> tasks = api.tasks(user, reference, taskKey);
    assertThat(tasks).as("%s's %s task", user, taskKey).hasSize(1);
    Map<String, Object> variables =
        api.get(user, "/engine-rest/task/" + tasks.get(0).get("id") + "/form-variables").getBody();
    assertThat(variables).as("form variables of %s", taskKey).containsKey(variable);
    return (String) ((Map<String, Object>) variables.get(variable)).get("value");
  }

  /** The text of that version of the MoU; kept as a file to look at when {@code keep} is given. */
  private String mouText(String reference, int version, String keep) throws IOException {
    Object id =
        api.getList("officer", "/api/agreements/" + reference + "/documents").getBody().stream()
            .filter(document -> "MOU".equals(document.get("kind")))
            .filter(document -> Integer.valueOf(version).equals(document.get("version")))
            .findFirst()
            .orElseThrow()
            .get("id");
    byte[] pdf =
        rest.exchange(
                "/api/agreements/" + reference + "/documents/" + id,
                HttpMethod.GET,
                new HttpEntity<>(Api.headersOf("officer")),
                byte[].class)
            .getBody();
    if (keep != null) {
      Files.createDirectories(Path.of(keep).getParent());
      Files.write(Path.of(keep), pdf);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00A0\\u202F]+", " ");
    }
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
