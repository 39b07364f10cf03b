package org.accord.testing;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.EVALUATE_AGREEMENT;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_AGENCY;
import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SIGN_MOU_PARTNER;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.FINANCIAL_REVIEW;
import static org.accord.duediligence.DueDiligenceProcess.Tasks.LEGAL_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Speaks to the running application as a given demo user: Accord's API and Camunda's engine-rest,
 * as Tasklist and external clients do. One bean in the shared test context ({@link
 * AccordIntegrationTest} imports it): it holds nothing but the context's {@link TestRestTemplate}.
 */
public final class Api {

  public static final String PASSWORD = "demo";

  private final TestRestTemplate rest;

  Api(TestRestTemplate rest) {
    this.rest = rest;
  }

  /** Speaks to an application started by the test itself, on this port. */
  public static Api at(int port) {
    return new Api(
        new TestRestTemplate(
            new org.springframework.boot.web.client.RestTemplateBuilder()
                .rootUri("http://localhost:" + port)));
  }

  public ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return exchange(user, HttpMethod.POST, path, body);
  }

  public ResponseEntity<Map<String, Object>> put(String user, String path, Object body) {
    return exchange(user, HttpMethod.PUT, path, body);
  }

  public ResponseEntity<Map<String, Object>> postRaw(String user, String path, String json) {
    return exchange(user, HttpMethod.POST, path, json);
  }

  public ResponseEntity<Map<String, Object>> putRaw(String user, String path, String json) {
    return exchange(user, HttpMethod.PUT, path, json);
  }

  /** A file uploaded as the multipart part {@code file}, as a browser form sends it. */
  public ResponseEntity<Map<String, Object>> upload(
      String user, String path, String filename, byte[] content) {
    return upload(user, path, filename, content, Map.of());
  }

  /** A file uploaded as the part {@code file} (none if null), with the form's other fields. */
  public ResponseEntity<Map<String, Object>> upload(
      String user, String path, String filename, byte[] content, Map<String, String> fields) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    fields.forEach(parts::add);
    if (content != null) {
      parts.add(
          "file",
          new ByteArrayResource(content) {
            @Override
            public String getFilename() {
              return filename;
            }
          });
    }
    HttpHeaders headers = headers(user);
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(
        path,
        HttpMethod.POST,
        new HttpEntity<>(parts, headers),
        new ParameterizedTypeReference<>() {});
  }

  public ResponseEntity<Map<String, Object>> delete(String user, String path) {
    return exchange(user, HttpMethod.DELETE, path, null);
  }

  public ResponseEntity<Map<String, Object>> get(String user, String path) {
    return exchange(user, HttpMethod.GET, path, null);
  }

  /**
   * A list; engine-rest's lists are paged, as Tasklist pages them: the engine refuses unbounded
   * queries from users.
   */
  public ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
    String paged =
        path.startsWith("/engine-rest/") && !path.contains("maxResults=")
            ? path + (path.contains("?") ? "&" : "?") + "firstResult=0&maxResults=200"
            : path;
    return rest.exchange(
        paged,
        HttpMethod.GET,
        new HttpEntity<>(headers(user)),
        new ParameterizedTypeReference<>() {});
  }

  /** The open tasks of an agreement (its own process and the processes it called). */
  public List<Map<String, Object>> tasks(String user, String reference, String taskKey) {
    ResponseEntity<List<Map<String, Object>>> tasks =
        getList(
            user,
            "/engine-rest/task?processInstanceBusinessKey="
                + reference
                + "&taskDefinitionKey="
                + taskKey);
    assertThat(tasks.getStatusCode().is2xxSuccessful()).as("task query as %s", user).isTrue();
    return tasks.getBody();
  }

  /**
   * Completes the agreement's one open task of that key, as that user, through engine-rest; waits a
   * little for it, as a task after an asynchronous step (the MoU's) comes when its job has run.
   */
  public ResponseEntity<Map<String, Object>> complete(
      String user, String reference, String taskKey, Map<String, Object> variables) {
    List<Map<String, Object>> tasks =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> tasks(user, reference, taskKey), open -> !open.isEmpty());
    assertThat(tasks).as("open %s tasks of %s", taskKey, reference).hasSize(1);
    return post(
        user,
        "/engine-rest/task/" + tasks.get(0).get("id") + "/complete",
        Map.of("variables", engineVariables(variables)));
  }

  /**
   * A partner registered by an officer, never screened: its first agreement needs due diligence.
   */
  public String newPartner(String code, String name) {
    ResponseEntity<Map<String, Object>> partner =
        post(
            "officer",
            "/api/partners",
            Map.of(
                "code",
                code,
                "name",
                name,
                "type",
                "NGO",
                "country",
                "EG",
                "contactEmail",
                "partners@" + code.toLowerCase(java.util.Locale.ROOT) + ".example"));
    assertThat(partner.getStatusCode().value()).as("new partner %s", code).isEqualTo(201);
    return code;
  }

  /**
   * A partner of its own for one test, with one representative whose user id is the partner's code
   * in lower case: what the test finds in that user's lists is the test's own.
   */
  public String newPartnerWithRepresentative(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    newPartner(code, "Partner " + code);
    newUser(representativeOf(code), "donor-" + code);
    return code;
  }

  /** The user id of the representative {@link #newPartnerWithRepresentative} made. */
  public static String representativeOf(String partnerCode) {
    return partnerCode.toLowerCase(java.util.Locale.ROOT);
  }

  /** A user of the group (a partner's representative, a second clerk), made by an administrator. */
  public void newUser(String userId, String group) {
    ResponseEntity<Map<String, Object>> created =
        post(
            "admin",
            "/engine-rest/user/create",
            Map.of(
                "profile",
                Map.of(
                    "id",
                    userId,
                    "firstName",
                    "Leila",
                    "lastName",
                    "Hassan",
                    "email",
                    userId + "@accord.example"),
                "credentials",
                Map.of("password", PASSWORD)));
    assertThat(created.getStatusCode().value()).as("new user %s", userId).isEqualTo(204);
    assertThat(
            put("admin", "/engine-rest/group/" + group + "/members/" + userId, null)
                .getStatusCode()
                .value())
        .isEqualTo(204);
  }

  /** An officer proposes a valid agreement with this partner; returns its reference. */
  public String propose(String partnerCode, String amount) {
    ResponseEntity<Map<String, Object>> created =
        post("officer", "/api/agreements", Proposals.valid(partnerCode, amount, "USD"));
    assertThat(created.getStatusCode().value()).as("proposal for %s", partnerCode).isEqualTo(201);
    return (String) created.getBody().get("reference");
  }

  /** A new proposal taken through screening, due diligence and internal approval. */
  public String toDonorSignOff(String partnerCode, String amount) {
    return throughApproval(propose(partnerCode, amount));
  }

  /** A proposal screened, cleared by due diligence if asked, and approved internally. */
  public String throughApproval(String reference) {
    screenAndClear(reference);
    approveInternally(reference);
    assertThat(tasks("manager", reference, DONOR_SIGN_OFF)).hasSize(1);
    return reference;
  }

  /** A new proposal taken through every stage to an ACTIVE agreement (GSMA or JICA). */
  public String toActive(String partnerCode, String amount) {
    return activate(toDonorSignOff(partnerCode, amount), partnerCode);
  }

  /** The proposal through every stage to an ACTIVE agreement; returns its reference. */
  public String toActive(Map<String, Object> proposal) {
    ResponseEntity<Map<String, Object>> created = post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String reference = (String) created.getBody().get("reference");
    return activate(throughApproval(reference), (String) proposal.get("partnerCode"));
  }

  /**
   * The period ends, the officer reports this expenditure (and the first indicator's value) and a
   * manager accepts the report.
   */
  public void reportAccepted(String reference, int period, String expenditure) {
    fire(reference, period, "PeriodEnded");
    post(
        "officer",
        "/api/agreements/" + reference + "/reports/" + period,
        Map.of(
            "narrative",
            "All schools connected",
            "expenditure",
            expenditure,
            "indicatorActuals",
            List.of(Map.of("code", "1.1", "value", "120"))));
    post(
        "manager",
        "/api/agreements/" + reference + "/reports/" + period + "/review",
        Map.of("decision", "ACCEPT"));
  }

  /** The managers' evaluation once every period is reported: achieved as planned. */
  public void evaluate(String reference) {
    complete(
        "manager",
        reference,
        EVALUATE_AGREEMENT,
        Map.of("evaluationRating", "ACHIEVED_AS_PLANNED", "lessonsLearned", "Survey first"));
  }

  /** The donor approves the agreement at its sign-off and both parties sign the MoU. */
  public String activate(String reference, String partnerCode) {
    String donor = partnerCode.toLowerCase(java.util.Locale.ROOT);
    complete(donor, reference, DONOR_SIGN_OFF, Map.of("donorDecision", "APPROVE"));
    signMou(reference, donor);
    awaitStatus(reference, "ACTIVE");
    return reference;
  }

  /** Waits for the agreement to reach a status a job moves it to (the sealed MoU: ACTIVE). */
  public void awaitStatus(String reference, String status) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(get("officer", "/api/agreements/" + reference).getBody())
                    .containsEntry("status", status));
  }

  /** A proposal accepted at screening by officer2 and cleared by due diligence if it asks. */
  public void screenAndClear(String reference) {
    complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
    if (!tasks("legal", reference, LEGAL_REVIEW).isEmpty()) {
      reviewDueDiligence(reference, "CLEAR", "CLEAR");
    }
  }

  /** This user signs the agreement's MoU for the agency. */
  public ResponseEntity<Map<String, Object>> signForTheAgency(String user, String reference) {
    return complete(
        user,
        reference,
        SIGN_MOU_AGENCY,
        Map.of("agencySignatory", "Jean Dupont", "agencySigned", true));
  }

  /** The agency's signatory and the partner's representative sign the MoU. */
  public void signMou(String reference, String partnerRepresentative) {
    signForTheAgency("signatory", reference);
    complete(
        partnerRepresentative,
        reference,
        SIGN_MOU_PARTNER,
        Map.of(
            "partnerSignatory",
            "Grace Okafor",
            "partnerSignatoryTitle",
            "Head of Partnerships",
            "partnerSigned",
            true));
  }

  /**
   * Fast-forwards a timer of a reporting period ({@code PeriodEnded}, {@code ReportOverdue})
   * through engine-rest's job API, as an administrator would.
   */
  public void fire(String reference, int period, String timer) {
    List<Map<String, Object>> reporting =
        rest.exchange(
                "/engine-rest/process-instance?firstResult=0&maxResults=10",
                HttpMethod.POST,
                new HttpEntity<>(
                    Map.of(
                        "processDefinitionKey",
                        "progress-reporting",
                        "businessKey",
                        reference,
                        "variables",
                        List.of(
                            Map.of("name", "reportingPeriod", "operator", "eq", "value", period))),
                    headers("admin")),
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    assertThat(reporting).as("reporting period %s of %s", period, reference).hasSize(1);
    List<Map<String, Object>> jobs =
        getList(
                "admin",
                "/engine-rest/job?processInstanceId="
                    + reporting.get(0).get("id")
                    + "&activityId="
                    + timer)
            .getBody();
    assertThat(jobs).as("%s of period %s", timer, period).hasSize(1);
    assertThat(
            post("admin", "/engine-rest/job/" + jobs.get(0).get("id") + "/execute", null)
                .getStatusCode()
                .value())
        .isEqualTo(204);
  }

  /** Legal and finance review the partner, as the due-diligence process asks. */
  public void reviewDueDiligence(String reference, String legalFindings, String financialFindings) {
    complete(
        "legal",
        reference,
        LEGAL_REVIEW,
        Map.of("legalFindings", legalFindings, "legalComment", "Reviewed the statutes"));
    complete(
        "finance",
        reference,
        FINANCIAL_REVIEW,
        Map.of(
            "financialFindings", financialFindings, "financialComment", "Reviewed the accounts"));
  }

  /** Every approver the delegation-of-authority matrix names approves, in turn. */
  public void approveInternally(String reference) {
    for (String approver : List.of("head", "director")) {
      if (!tasks(approver, reference, APPROVE_AGREEMENT).isEmpty()) {
        complete(approver, reference, APPROVE_AGREEMENT, Map.of("approvalDecision", "APPROVE"));
      }
    }
  }

  public static Map<String, Object> engineVariables(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    // A value given with its type ({"type": "Json", "value": "..."}) goes as it is.
    variables.forEach(
        (name, value) ->
            typed.put(
                name,
                value instanceof Map<?, ?> withType && withType.containsKey("type")
                    ? value
                    : Map.of("value", value)));
    return typed;
  }

  private ResponseEntity<Map<String, Object>> exchange(
      String user, HttpMethod method, String path, Object body) {
    return rest.exchange(
        path, method, new HttpEntity<>(body, headers(user)), new ParameterizedTypeReference<>() {});
  }

  public static HttpHeaders headersOf(String user) {
    return headers(user);
  }

  private static HttpHeaders headers(String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      headers.setBasicAuth(user, PASSWORD);
    }
    return headers;
  }
}
