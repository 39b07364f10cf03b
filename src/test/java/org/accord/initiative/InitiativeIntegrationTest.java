package org.accord.initiative;

import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REPORT_COMMITMENTS;
import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REVIEW_MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Initiatives through {@code /api/initiatives} and their membership process through engine-rest:
 * officers create them, partners join with commitments and report their deliveries, every wrong
 * field is named and nothing written, and a partner sees only the initiatives it takes part in.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class InitiativeIntegrationTest {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;

  @Test
  void officerCreatesAnInitiative_withItsWorkplan_andStaffReadIt() {
    String code = code();
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/initiatives", initiative(code, workplan("AGENCY")));

    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    Map<String, Object> read = api.get("manager", "/api/initiatives/" + code).getBody();
    assertThat(read)
        .containsEntry("kind", "THEMATIC")
        .containsEntry("lead", "AGENCY")
        .containsEntry("leadGroup", "partnership-officers")
        .containsEntry("plan", "BAP-2026")
        .containsEntry("workplanVersion", 0)
        .containsEntry("countries", List.of("RW", "KE"));
    Map<String, Object> activity = firstActivity(read);
    assertThat(activity)
        .containsEntry("code", "1.1")
        .containsEntry("start", "2027-01-01")
        .containsEntry("end", "2027-06-30")
        .containsEntry("responsible", "AGENCY");
    assertThat((List<Map<String, Object>>) activity.get("indicators"))
        .singleElement()
        .satisfies(
            indicator ->
                assertThat(indicator)
                    .containsEntry("planCode", "BAP-2026")
                    .containsEntry("kpiCode", "K1.1"));
    Map<String, Object> support = (Map<String, Object>) activity.get("support");
    assertThat((List<Map<String, Object>>) support.get("financial"))
        .singleElement()
        .satisfies(
            need ->
                assertThat(need)
                    .containsEntry("amount", "50000.00")
                    .containsEntry("currency", "USD"));
    assertThat(
            api.getList("officer", "/api/initiatives").getBody().stream()
                .map(initiative -> initiative.get("code")))
        .contains(code);
  }

  @Test
  void aBadInitiative_is400NamingEachField_andNothingIsWritten() {
    String code = code();
    Map<String, Object> body = initiative(code, workplan("GSMA"));
    body.put("kind", "GLOBAL");
    body.put("countries", List.of("RW", "XX"));
    body.put("plan", "NO-PLAN");
    Map<String, Object> activity = firstActivityOf(body);
    ((Map<String, Object>) ((List<Object>) activity.get("indicators")).get(0))
        .put("kpiCode", "K9.9");
    ((Map<String, Object>)
            ((List<Object>) ((Map<String, Object>) activity.get("support")).get("financial"))
                .get(0))
        .put("currency", "XYZ");

    ResponseEntity<Map<String, Object>> refused = api.post("officer", "/api/initiatives", body);

    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "kind",
            "countries[1]",
            "plan",
            "workplan.objectives[0].activities[0].responsible",
            "workplan.objectives[0].activities[0].indicators[0].kpiCode",
            "workplan.objectives[0].activities[0].support.financial[0].currency");
    assertThat(api.get("officer", "/api/initiatives/" + code).getStatusCode().value())
        .isEqualTo(404);

    Map<String, Object> regional = initiative(code, null);
    regional.put("kind", "REGIONAL");
    assertThat(fields(api.post("officer", "/api/initiatives", regional))).containsExactly("region");
  }

  @Test
  void aPartnersRepresentative_mayNotCreateInitiatives() {
    assertThat(
            api.post("gsma", "/api/initiatives", initiative(code(), null)).getStatusCode().value())
        .isEqualTo(403);
  }

  @Test
  void aPartnerJoins_withCommitments_isAccepted_andThenSeesTheInitiative_andIsToldByEmail() {
    String code = created();
    Partner partner = newPartner();

    ResponseEntity<Map<String, Object>> requested =
        api.post(partner.user(), members(code), request(partner.code()));
    assertThat(requested.getStatusCode().value()).as("%s", requested.getBody()).isEqualTo(201);
    assertThat(requested.getBody())
        .containsEntry("status", "REQUESTED")
        .containsEntry("requestedBy", partner.user());
    assertThat(api.get(partner.user(), "/api/initiatives/" + code).getStatusCode().value())
        .as("not a member yet")
        .isEqualTo(404);

    String key = businessKey(requested);
    assertThat(api.tasks("officer", key, REVIEW_MEMBERSHIP)).hasSize(1);
    assertThat(
            api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"))
                .getStatusCode()
                .value())
        .isEqualTo(204);

    assertThat(api.get(partner.user(), "/api/initiatives/" + code).getStatusCode().value())
        .isEqualTo(200);
    List<Map<String, Object>> members = api.getList(partner.user(), members(code)).getBody();
    assertThat(members)
        .singleElement()
        .satisfies(
            member -> {
              assertThat(member).containsEntry("status", "ACTIVE").containsEntry("role", "MEMBER");
              assertThat((Map<String, Object>) member.get("focalPoint"))
                  .containsEntry(
                      "email", "focal@" + partner.code().toLowerCase(Locale.ROOT) + ".example");
              assertThat((List<Map<String, Object>>) member.get("commitments"))
                  .extracting(commitment -> commitment.get("kind"))
                  .containsExactly("CASH", "EXPERTISE", "IN_KIND");
            });
    assertThat(
            jdbc.queryForList(
                "select recipient from accord.notification where template = 'membership-accepted'"
                    + " and event_key = ?",
                String.class,
                "membership-accepted-" + requested.getBody().get("id")))
        .contains("focal@" + partner.code().toLowerCase(Locale.ROOT) + ".example");
    assertThat(
            jdbc.queryForList(
                "select body_text from accord.notification where event_key = ?",
                String.class,
                "membership-accepted-" + requested.getBody().get("id")))
        .as("the role by its name (the terms'), not its code")
        .allSatisfy(text -> assertThat(text).contains(" as Member was accepted"));
  }

  @Test
  void aRepresentative_asksToJoinFromTheTasklistStartForm_forTheirOwnOrganization() {
    String code = created();
    Partner partner = newPartner();
    Map<String, Object> form = new HashMap<>();
    form.put("initiative", code);
    form.put("role", "CO_LEAD");
    form.put("focalPointName", "Ana Lima");
    form.put("focalPointEmail", "ana@" + partner.code().toLowerCase(Locale.ROOT) + ".example");
    form.put("cashAmount", "5000.00");
    form.put("cashCurrency", "EUR");
    form.put("expertiseTopic", "Cybersecurity");
    form.put("expertisePersonDays", 10);

    Map<String, Object> badForm = new HashMap<>(form);
    badForm.put("cashCurrency", "QQQ");
    ResponseEntity<Map<String, Object>> refused = submitStartForm(partner.user(), badForm);
    assertThat(refused.getStatusCode().value()).as("%s", refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody().get("message").toString()).contains("commitments[0].currency");
    assertThat(membershipRows(partner.code())).isZero();

    ResponseEntity<Map<String, Object>> started = submitStartForm(partner.user(), form);
    assertThat(started.getStatusCode().value()).as("%s", started.getBody()).isEqualTo(200);
    String key = (String) started.getBody().get("businessKey");
    assertThat(key).startsWith("IM-");
    api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"));
    assertThat(api.getList(partner.user(), members(code)).getBody())
        .singleElement()
        .satisfies(
            member ->
                assertThat(member)
                    .containsEntry("partnerCode", partner.code())
                    .containsEntry("role", "CO_LEAD")
                    .containsEntry("requestedBy", partner.user()));

    Map<String, Object> forAnother = new HashMap<>(form);
    forAnother.put("partnerCode", "GSMA");
    assertThat(submitStartForm(partner.user(), forAnother).getStatusCode().value())
        .as("a representative asks for its own organization only")
        .isEqualTo(400);
  }

  private ResponseEntity<Map<String, Object>> submitStartForm(
      String user, Map<String, Object> form) {
    return api.post(
        user,
        "/engine-rest/process-definition/key/initiative-membership/submit-form",
        Map.of("variables", Api.engineVariables(form)));
  }

  @Test
  void badMembershipRequests_are400NamingTheField_andWriteNothing() {
    String code = created();
    Partner partner = newPartner();
    Map<String, Object> unknownCurrency = request(partner.code());
    ((Map<String, Object>) ((List<Object>) unknownCurrency.get("commitments")).get(0))
        .put("currency", "ABC");
    Map<String, Object> unknownRole = request(partner.code());
    unknownRole.put("role", "CHAIR");
    Map<String, Object> badEmail = request(partner.code());
    badEmail.put("focalPoint", Map.of("name", "Ana Lima", "email", "ana.lima"));

    assertThat(fields(api.post("officer", members(code), unknownCurrency)))
        .containsExactly("commitments[0].currency");
    assertThat(fields(api.post("officer", members(code), unknownRole))).containsExactly("role");
    assertThat(fields(api.post("officer", members(code), badEmail)))
        .containsExactly("focalPoint.email");
    assertThat(membershipRows(partner.code())).isZero();

    assertThat(api.post("officer", members(code), request(partner.code())).getStatusCode().value())
        .isEqualTo(201);
    assertThat(fields(api.post(partner.user(), members(code), request(partner.code()))))
        .as("asking twice")
        .containsExactly("partnerCode");
    assertThat(membershipRows(partner.code())).isOne();
  }

  @Test
  void aRefusal_needsAReason_andThePartnerMayAskAgainAfterIt() {
    String code = created();
    Partner partner = newPartner();
    String key = businessKey(api.post(partner.user(), members(code), request(partner.code())));

    ResponseEntity<Map<String, Object>> noReason =
        api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "REFUSE"));
    assertThat(noReason.getStatusCode().value()).isEqualTo(400);
    assertThat(noReason.getBody().get("message").toString()).contains("membershipComment");

    api.complete(
        "officer",
        key,
        REVIEW_MEMBERSHIP,
        Map.of("membershipDecision", "REFUSE", "membershipComment", "Outside the region"));

    List<Map<String, Object>> members = api.getList("officer", members(code)).getBody();
    assertThat(members)
        .singleElement()
        .satisfies(
            member ->
                assertThat(member)
                    .containsEntry("status", "REFUSED")
                    .containsEntry("reason", "Outside the region")
                    .containsEntry("decidedBy", "officer"));
    assertThat(
            jdbc.queryForList(
                "select recipient from accord.notification where event_key = ?",
                String.class,
                "membership-refused-" + key.substring("IM-".length())))
        .as("the requester and the focal point are told why")
        .containsExactlyInAnyOrder(
            partner.user() + "@accord.example",
            "focal@" + partner.code().toLowerCase(Locale.ROOT) + ".example");
    assertThat(
            api.post(partner.user(), members(code), request(partner.code()))
                .getStatusCode()
                .value())
        .isEqualTo(201);
  }

  @Test
  void whoAskedForAPartnerToJoin_mayNotReviewTheRequest() {
    String code = created();
    Partner partner = newPartner();
    String key = businessKey(api.post("officer", members(code), request(partner.code())));

    ResponseEntity<Map<String, Object>> byRequester =
        api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"));

    assertThat(byRequester.getStatusCode().value()).isEqualTo(403);
    assertThat(byRequester.getBody().get("message").toString())
        .contains("requester-membership-reviewer");
    assertThat(
            api.complete("officer2", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"))
                .getStatusCode()
                .value())
        .isEqualTo(204);
  }

  @Test
  void twoReviewersDecidingOneRequestAtOnce_oneWins_theOtherGetsAConflict() {
    String code = created();
    for (int round = 0; round < 3; round++) {
      Partner partner = newPartner();
      String key = businessKey(api.post(partner.user(), members(code), request(partner.code())));
      String task = (String) api.tasks("officer", key, REVIEW_MEMBERSHIP).get(0).get("id");
      CountDownLatch start = new CountDownLatch(1);
      List<CompletableFuture<Integer>> reviewers =
          List.of("officer", "officer2").stream()
              .map(
                  user ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            await(start);
                            return api.post(
                                    user,
                                    "/engine-rest/task/" + task + "/complete",
                                    Map.of(
                                        "variables",
                                        Api.engineVariables(
                                            Map.of("membershipDecision", "ACCEPT"))))
                                .getStatusCode()
                                .value();
                          }))
              .toList();
      start.countDown();

      assertThat(reviewers.stream().map(CompletableFuture::join).toList())
          .as("round %s", round)
          .containsExactlyInAnyOrder(204, 409);
      assertThat(
              jdbc.queryForObject(
                  "select status from accord.initiative_member where partner_code = ?",
                  String.class,
                  partner.code()))
          .isEqualTo("ACTIVE");
    }
  }

  @Test
  void aMember_reportsItsDeliveriesEachYear_andLeavesLater() {
    String code = created();
    Partner partner = newPartner();
    ResponseEntity<Map<String, Object>> requested =
        api.post(partner.user(), members(code), request(partner.code()));
    String key = businessKey(requested);
    api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"));

    yearOver(key);
    ResponseEntity<Map<String, Object>> wrong =
        api.complete(
            partner.user(),
            key,
            REPORT_COMMITMENTS,
            Map.of("deliveredCash", "10.001", "deliveredInKind", "0", "deliveredPersonDays", 3));
    assertThat(wrong.getStatusCode().value()).isEqualTo(400);
    assertThat(wrong.getBody().get("message").toString()).contains("deliveredCash");
    assertThat(
            api.complete(
                    partner.user(),
                    key,
                    REPORT_COMMITMENTS,
                    Map.of(
                        "deliveredCash",
                        "25000.00",
                        "deliveredInKind",
                        "0",
                        "deliveredPersonDays",
                        12.5,
                        "deliveryNote",
                        "Two workshops"))
                .getStatusCode()
                .value())
        .isEqualTo(204);

    Map<String, Object> cash = commitment(partner, code, "CASH");
    assertThat(cash).containsEntry("deliveredAmount", "25000.00").containsEntry("reports", 1);
    assertThat(commitment(partner, code, "EXPERTISE")).containsEntry("deliveredPersonDays", 12.5);

    yearOver(key);
    ResponseEntity<Map<String, Object>> left =
        api.delete(partner.user(), members(code) + "/" + partner.code());
    assertThat(left.getStatusCode().value()).as("%s", left.getBody()).isEqualTo(200);
    assertThat(left.getBody()).containsEntry("status", "LEFT");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count())
        .as("the membership's process ended, its open report with it")
        .isZero();
    assertThat(api.get(partner.user(), "/api/initiatives/" + code).getStatusCode().value())
        .isEqualTo(404);
  }

  @Test
  void aPartnersRepresentative_seesOnlyTheInitiativesItsOrganizationTakesPartIn() {
    String code = created();
    Partner member = newPartner();
    String key = businessKey(api.post(member.user(), members(code), request(member.code())));
    api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"));

    assertThat(api.get("jica", "/api/initiatives/" + code).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("jica", members(code)).getStatusCode().value()).isEqualTo(404);
    assertThat(api.get("jica", "/api/initiatives/" + code + "/history").getStatusCode().value())
        .isEqualTo(404);
    assertThat(api.getList("jica", "/api/initiatives").getBody())
        .extracting(initiative -> initiative.get("code"))
        .doesNotContain(code);
    assertThat(api.getList(member.user(), "/api/initiatives").getBody())
        .extracting(initiative -> initiative.get("code"))
        .containsExactly(code);
    assertThat(api.post("jica", members(code), request(member.code())).getStatusCode().value())
        .as("a representative asks for its own organization only")
        .isEqualTo(403);
  }

  @Test
  void theWorkplansResponsible_mustBeAMember_andAStaleVersionIsAConflict() {
    String code = created();
    Partner partner = newPartner();
    String put = "/api/initiatives/" + code + "/workplan";

    Map<String, Object> byPartner = workplan(partner.code());
    byPartner.put("version", 0);
    assertThat(fields(api.put("officer", put, byPartner)))
        .containsExactly("objectives[0].activities[0].responsible");

    String key = businessKey(api.post(partner.user(), members(code), request(partner.code())));
    api.complete("officer", key, REVIEW_MEMBERSHIP, Map.of("membershipDecision", "ACCEPT"));
    ResponseEntity<Map<String, Object>> changed = api.put("officer", put, byPartner);
    assertThat(changed.getStatusCode().value()).as("%s", changed.getBody()).isEqualTo(200);
    assertThat(changed.getBody()).containsEntry("workplanVersion", 1);
    assertThat(firstActivity(changed.getBody())).containsEntry("responsible", partner.code());

    assertThat(api.put("manager", put, byPartner).getStatusCode().value())
        .as("version 0 is stale")
        .isEqualTo(409);
    assertThat(api.getList("officer", "/api/initiatives/" + code + "/history").getBody())
        .extracting(change -> change.get("subject"))
        .containsExactly("WORKPLAN", "INITIATIVE");
  }

  @Test
  void anAgreement_belongsToTheInitiativeItsProposalNames() {
    String code = created();
    Map<String, Object> proposal = Proposals.valid("GSMA", "12000.00", "USD");
    proposal.put("initiative", code);
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    String reference = (String) created.getBody().get("reference");

    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("initiative", code);
    assertThat(api.get("gsma", "/api/agreements/" + reference).getBody())
        .containsEntry("initiative", code);

    proposal.put("initiative", "NO-SUCH");
    assertThat(fields(api.post("officer", "/api/agreements", proposal)))
        .containsExactly("initiative");
  }

  private record Partner(String code, String user) {}

  private Partner newPartner() {
    String code = "IP" + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    String user = code.toLowerCase(Locale.ROOT) + "rep";
    api.newUser(user, "donor-" + code);
    return new Partner(code, user);
  }

  private String created() {
    String code = code();
    ResponseEntity<Map<String, Object>> created =
        api.post("officer", "/api/initiatives", initiative(code, workplan("AGENCY")));
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    return code;
  }

  private static String code() {
    return "PI-" + (System.currentTimeMillis() % 1_000_000L) + "-" + NEXT.incrementAndGet();
  }

  private static String members(String code) {
    return "/api/initiatives/" + code + "/members";
  }

  /** The membership process's business key: IM-{membership id}. */
  private static String businessKey(ResponseEntity<Map<String, Object>> requested) {
    assertThat(requested.getStatusCode().value()).as("%s", requested.getBody()).isEqualTo(201);
    return "IM-" + requested.getBody().get("id");
  }

  /** The member's reporting year is over: its timer fires now. */
  private void yearOver(String key) {
    String instance =
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult().getId();
    management.executeJob(
        management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
  }

  private Map<String, Object> commitment(Partner partner, String code, String kind) {
    return api.getList("officer", members(code)).getBody().stream()
        .filter(member -> partner.code().equals(member.get("partnerCode")))
        .flatMap(member -> ((List<Map<String, Object>>) member.get("commitments")).stream())
        .filter(commitment -> kind.equals(commitment.get("kind")))
        .findFirst()
        .orElseThrow();
  }

  private int membershipRows(String partnerCode) {
    return jdbc.queryForObject(
        "select count(*) from accord.initiative_member where partner_code = ?",
        Integer.class,
        partnerCode);
  }

  private static Map<String, Object> request(String partnerCode) {
    Map<String, Object> request = new HashMap<>();
    request.put("partnerCode", partnerCode);
    request.put("role", "MEMBER");
    request.put(
        "focalPoint",
        Map.of(
            "name",
            "Ana Lima",
            "email",
            "focal@" + partnerCode.toLowerCase(Locale.ROOT) + ".example"));
    List<Object> commitments = new ArrayList<>();
    commitments.add(
        new HashMap<>(Map.of("kind", "CASH", "amount", "100000.00", "currency", "USD")));
    commitments.add(
        Map.of(
            "kind",
            "IN_KIND",
            "amount",
            "20000.00",
            "currency",
            "EUR",
            "description",
            "Training venue"));
    commitments.add(Map.of("kind", "EXPERTISE", "topic", "Spectrum policy", "personDays", 30));
    request.put("commitments", commitments);
    return request;
  }

  private static Map<String, Object> initiative(String code, Map<String, Object> workplan) {
    Map<String, Object> initiative = new HashMap<>();
    initiative.put("code", code);
    initiative.put("title", "Connect schools in East Africa");
    initiative.put("kind", "THEMATIC");
    initiative.put("description", "Partnership Initiative on school connectivity (Cusco, annex).");
    initiative.put("countries", List.of("RW", "KE"));
    initiative.put("priority", "AFFORDABLE_CONNECTIVITY");
    initiative.put("plan", "BAP-2026");
    if (workplan != null) {
      initiative.put("workplan", workplan);
    }
    return initiative;
  }

  private static Map<String, Object> workplan(String responsible) {
    Map<String, Object> indicator =
        new HashMap<>(
            Map.of(
                "name",
                "Schools connected",
                "unit",
                "schools",
                "target",
                120,
                "planCode",
                "BAP-2026",
                "kpiCode",
                "K1.1"));
    Map<String, Object> financial =
        new HashMap<>(Map.of("amount", "50000.00", "currency", "USD", "purpose", "Equipment"));
    Map<String, Object> activity = new HashMap<>();
    activity.put("description", "Survey unconnected schools");
    activity.put("start", "2027-01-01");
    activity.put("end", "2027-06-30");
    activity.put("indicators", new ArrayList<>(List.of(indicator)));
    activity.put("responsible", responsible);
    activity.put("outputs", List.of("Survey report"));
    activity.put(
        "support",
        new HashMap<>(
            Map.of(
                "financial",
                new ArrayList<>(List.of(financial)),
                "technical",
                List.of(Map.of("topic", "GIS mapping", "personDays", 15)))));
    Map<String, Object> workplan = new HashMap<>();
    workplan.put(
        "objectives",
        List.of(Map.of("objective", "Map connectivity gaps", "activities", List.of(activity))));
    return workplan;
  }

  private static Map<String, Object> firstActivityOf(Map<String, Object> initiative) {
    Map<String, Object> workplan = (Map<String, Object>) initiative.get("workplan");
    Map<String, Object> objective = ((List<Map<String, Object>>) workplan.get("objectives")).get(0);
    return ((List<Map<String, Object>>) objective.get("activities")).get(0);
  }

  private static Map<String, Object> firstActivity(Map<String, Object> initiative) {
    return firstActivityOf(initiative);
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(violation -> (String) violation.get("field")).toList();
  }

  private static void await(CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
