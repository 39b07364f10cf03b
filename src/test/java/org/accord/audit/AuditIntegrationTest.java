package org.accord.audit;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail a manager exports: decisions and status changes of an agreement (an amendment's
 * endorsement with its decider, a deputy's decision with whom they acted for), changes of exchange
 * rates, deputyships and group memberships, with who, when, and before and after.
 */
@AccordIntegrationTest
class AuditIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void anAgreementsDecisionsAndStatusChanges_areInItsTrail_withTheirDeciders() {
    String reference = api.toActive("GSMA", "12000.00");
    api.post(
        "officer",
        "/api/agreements/" + reference + "/amendments",
        Map.of("justification", "Name as signed", "title", "Rural schools online"));
    api.complete("officer2", reference, REVIEW_AMENDMENT, Map.of("amendmentReview", "ENDORSE"));

    List<Map<String, Object>> trail =
        api.getList("manager", "/api/audit?agreement=" + reference).getBody();

    assertThat(trail)
        .extracting(entry -> entry.get("actor") + " " + entry.get("action"))
        .contains(
            "officer DECISION proposeAgreement",
            "officer2 DECISION screenProposal",
            "signatory DECISION signMouAgency",
            "gsma DECISION signMouPartner",
            "officer DECISION requestAmendment",
            "officer2 DECISION reviewAmendment");
    assertThat(trail)
        .filteredOn(entry -> "DECISION reviewAmendment".equals(entry.get("action")))
        .singleElement()
        .satisfies(entry -> assertThat((String) entry.get("after")).contains("ENDORSE"));
    assertThat(trail)
        .filteredOn(entry -> "STATUS".equals(entry.get("action")))
        .extracting(entry -> (String) entry.get("after"))
        .anySatisfy(after -> assertThat(after).contains("ACTIVE"));
    assertThat(trail).allSatisfy(entry -> assertThat(entry).containsEntry("agreement", reference));
  }

  @Test
  void changesOfRatesDeputyshipsAndMemberships_areInTheTrail_withBeforeAndAfter() {
    // Rates are never overwritten: the change is a new rate, in force from the next day.
    LocalDate today = LocalDate.now();
    api.put(
        "admin",
        "/api/exchange-rates/ISK",
        Map.of("usdPerUnit", "0.0072", "effectiveDate", today.toString()));
    api.put(
        "admin",
        "/api/exchange-rates/ISK",
        Map.of("usdPerUnit", "0.0073", "effectiveDate", today.plusDays(1).toString()));
    api.put(
        "compliance",
        "/api/users/compliance/deputy",
        Map.of(
            "deputy", "legal",
            "from", LocalDate.now().toString(),
            "until", LocalDate.now().plusDays(2).toString()));
    api.post("admin", "/api/users/compliance/deputy/decision", Map.of("decision", "APPROVE"));
    api.delete("compliance", "/api/users/compliance/deputy");
    assertThat(
            api.putRaw("admin", "/engine-rest/group/finance/members/compliance", "")
                .getStatusCode()
                .is2xxSuccessful())
        .isTrue();
    api.delete("admin", "/engine-rest/group/finance/members/compliance");

    List<Map<String, Object>> byAdmin = api.getList("manager", "/api/audit?user=admin").getBody();
    assertThat(byAdmin)
        .filteredOn(entry -> "EXCHANGE_RATE".equals(entry.get("subjectType")))
        .first()
        .satisfies(
            latest -> {
              assertThat((String) latest.get("before")).contains("0.0072");
              assertThat((String) latest.get("after")).contains("0.0073");
            });
    assertThat(byAdmin)
        .filteredOn(entry -> "DEPUTYSHIP".equals(entry.get("subjectType")))
        .extracting(entry -> entry.get("action"))
        .contains("APPROVED");
    assertThat(byAdmin)
        .filteredOn(entry -> "GROUP_MEMBERSHIP".equals(entry.get("subjectType")))
        .extracting(entry -> entry.get("action") + " " + entry.get("subjectId"))
        .containsSubsequence("DELETE compliance", "CREATE compliance");
    assertThat(byAdmin)
        .filteredOn(entry -> "CREATE".equals(entry.get("action")))
        .first()
        .satisfies(
            created ->
                assertThat((String) created.get("after"))
                    .as("one line for the operation, with all it set")
                    .contains("groupId", "finance", "userId", "compliance"));
    assertThat(api.getList("manager", "/api/audit?user=compliance").getBody())
        .extracting(entry -> entry.get("subjectType") + " " + entry.get("action"))
        .contains("DEPUTYSHIP REQUESTED", "DEPUTYSHIP REMOVED");
    assertThat(api.getList("manager", "/api/audit?user=legal").getBody())
        .extracting(entry -> entry.get("subjectType") + " " + entry.get("action"))
        .contains("MEMBERSHIP LENT", "MEMBERSHIP GIVEN_BACK");
  }

  @Test
  void theTrailIsExportedAsCsv_forManagersAndAdministratorsOnly() {
    String reference = api.propose("JICA", "2300.00");

    ResponseEntity<String> csv =
        rest.exchange(
            "/api/audit.csv?agreement=" + reference,
            HttpMethod.GET,
            new HttpEntity<>(Api.headersOf("manager")),
            String.class);

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody())
        .startsWith("\uFEFFoccurred_at,actor,acting_for,subject_type,subject_id,agreement,action")
        .contains(
            ",officer,,AGREEMENT," + reference + "," + reference + ",DECISION proposeAgreement");
    for (String user : List.of("officer", "jica", "head")) {
      assertThat(api.get(user, "/api/audit").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(api.getList("admin", "/api/audit?size=1").getBody()).hasSize(1);
  }

  @Test
  void badFiltersAreRefusedNamingTheField() {
    assertThat(fieldOf(api.get("manager", "/api/audit?from=yesterday"))).isEqualTo("from");
    assertThat(fieldOf(api.get("manager", "/api/audit?size=5000"))).isEqualTo("size");
    assertThat(fieldOf(api.get("manager", "/api/audit?page=-1"))).isEqualTo("page");
    assertThat(fieldOf(api.get("manager", "/api/audit?from=2027-02-01&to=2027-01-01")))
        .isEqualTo("to");
  }

  @SuppressWarnings("unchecked")
  private static String fieldOf(ResponseEntity<Map<String, Object>> refused) {
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return (String)
        ((List<Map<String, Object>>) refused.getBody().get("errors")).get(0).get("field");
  }
}
