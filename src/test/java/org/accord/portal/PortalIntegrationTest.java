package org.accord.portal;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.DONOR_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * What the partners' portal answers its representatives: their organization's agreements only, page
 * by page, with their own next steps; nothing for the agency's staff or for nobody.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PortalIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate anonymous;

  @Test
  void
      aRepresentative_seesTheirOrganizationsAgreementsPageByPage_withTheirNextStep_andNoOneElses() {
    String partner = newPartnerWithRepresentative("PO");
    String representative = representativeOf(partner);
    String other = newPartnerWithRepresentative("PX");
    String first = api.propose(partner, "10000.00");
    String second = api.propose(partner, "20000.00");
    String awaitingThem = api.toDonorSignOff(partner, "30000.00");
    String someoneElses = api.propose(other, "40000.00");

    Map<String, Object> firstPage =
        api.get(representative, "/api/portal/agreements?page=0&size=2").getBody();
    Map<String, Object> secondPage =
        api.get(representative, "/api/portal/agreements?page=1&size=2").getBody();

    assertThat(firstPage.get("total")).isEqualTo(3);
    assertThat(references(firstPage)).containsExactly(awaitingThem, second);
    assertThat(references(secondPage)).containsExactly(first);
    assertThat(references(firstPage)).doesNotContain(someoneElses);
    Map<String, Object> signOff = rows(firstPage).get(0);
    assertThat(signOff.get("status")).isEqualTo("DONOR_APPROVAL");
    assertThat(signOff.get("stage")).isEqualTo("Donor approval");
    String taskId =
        (String) api.tasks(representative, awaitingThem, DONOR_SIGN_OFF).get(0).get("id");
    assertThat((List<Map<String, Object>>) signOff.get("yourSteps"))
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.get("id")).isEqualTo(taskId);
              assertThat(step.get("agreementReference")).isEqualTo(awaitingThem);
            });
    // The agency's own steps on the others are not the partner's to see, task by task.
    assertThat((List<?>) rows(firstPage).get(1).get("yourSteps")).isEmpty();
  }

  @Test
  void theOverview_namesTheOrganization_andListsTheTasksWaitingForTheRepresentative() {
    String partner = newPartnerWithRepresentative("PT");
    String representative = representativeOf(partner);
    String reference = api.toDonorSignOff(partner, "15000.00");

    Map<String, Object> overview = api.get(representative, "/api/portal").getBody();

    assertThat(overview.get("userId")).isEqualTo(representative);
    assertThat((List<Map<String, Object>>) overview.get("organizations"))
        .containsExactly(Map.of("code", partner, "name", "Partner " + partner));
    assertThat(overview.get("openTasks")).isEqualTo(1);
    assertThat((List<Map<String, Object>>) overview.get("tasks"))
        .singleElement()
        .satisfies(task -> assertThat(task.get("agreementReference")).isEqualTo(reference));
  }

  @Test
  void theAgencysStaff_areSentToTasklist_andNobodyGetsIn() {
    assertThat(api.get("officer", "/api/portal").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get("manager", "/api/portal/agreements").getStatusCode().value()).isEqualTo(403);
    assertThat(anonymous.getForEntity("/api/portal", String.class).getStatusCode().value())
        .isEqualTo(401);
    ResponseEntity<String> page = anonymous.getForEntity("/portal", String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aPageOutsideTheLimits_isRefused_namingTheParameter() {
    String representative = representativeOf(newPartnerWithRepresentative("PL"));

    assertThat(fields(api.get(representative, "/api/portal/agreements?page=-1")))
        .containsExactly("page");
    assertThat(fields(api.get(representative, "/api/portal/agreements?size=0")))
        .containsExactly("size");
    assertThat(fields(api.get(representative, "/api/portal/agreements?size=101")))
        .containsExactly("size");
  }

  @Test
  void anAgreementsLists_comeAPageAtATime_withTheirTotal_toItsPartnerOnly() {
    String partner = newPartnerWithRepresentative("PD");
    String representative = representativeOf(partner);
    String other = representativeOf(newPartnerWithRepresentative("PE"));
    // The fixtures sign the MoU as the representative named as the partner's code.
    api.newUser(partner.toLowerCase(Locale.ROOT), "donor-" + partner);
    Map<String, Object> proposal = Proposals.valid(partner, "120000.00", "USD");
    // Two years reported on quarterly: eight periods, more than one page of five.
    proposal.put("reportingFrequency", "QUARTERLY");
    String reference = api.toActive(proposal);
    String lists = "/api/portal/agreements/" + reference;

    Map<String, Object> first = api.get(representative, lists + "/reports?page=0&size=5").getBody();
    Map<String, Object> second =
        api.get(representative, lists + "/reports?page=1&size=5").getBody();
    Map<String, Object> documents =
        api.get(representative, lists + "/documents?page=0&size=1").getBody();
    List<Map<String, Object>> everyDocument =
        api.getList(representative, "/api/agreements/" + reference + "/documents").getBody();

    assertThat(first).containsEntry("total", 8).containsEntry("page", 0).containsEntry("size", 5);
    assertThat(periods(first)).containsExactly(1, 2, 3, 4, 5);
    assertThat(periods(second)).containsExactly(6, 7, 8);
    assertThat(documents.get("total")).isEqualTo(everyDocument.size());
    assertThat(items(documents)).hasSize(1);
    assertThat(everyDocument)
        .extracting(document -> document.get("kind"))
        .contains("SIGNED_MOU")
        .doesNotContain("DUE_DILIGENCE_SUMMARY");
    assertThat(api.get(representative, lists + "/instalments").getBody()).containsEntry("total", 1);
    assertThat(api.get(representative, lists + "/receipts").getBody()).containsEntry("total", 0);
    for (String list : List.of("documents", "reports", "instalments", "receipts")) {
      assertThat(api.get(other, lists + "/" + list).getStatusCode().value())
          .as("another partner probing the %s", list)
          .isEqualTo(404);
    }
  }

  @Test
  void anAgreementsListOutsideTheLimits_isRefused_namingTheParameter() {
    String partner = newPartnerWithRepresentative("PG");
    String representative = representativeOf(partner);
    String lists = "/api/portal/agreements/" + api.propose(partner, "10000.00");

    for (String list : List.of("documents", "reports", "instalments", "receipts")) {
      assertThat(fields(api.get(representative, lists + "/" + list + "?page=-1")))
          .containsExactly("page");
      assertThat(fields(api.get(representative, lists + "/" + list + "?size=0")))
          .containsExactly("size");
      assertThat(fields(api.get(representative, lists + "/" + list + "?size=101")))
          .containsExactly("size");
      assertThat(fields(api.get(representative, lists + "/" + list + "?page=first")))
          .containsExactly("page");
    }
  }

  private String newPartnerWithRepresentative(String prefix) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Partner " + code);
    api.newUser(representativeOf(code), "donor-" + code);
    return code;
  }

  private static String representativeOf(String partner) {
    return partner.toLowerCase(Locale.ROOT) + "rep";
  }

  private static List<Map<String, Object>> rows(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("agreements");
  }

  private static List<Map<String, Object>> items(Map<String, Object> page) {
    return (List<Map<String, Object>>) page.get("items");
  }

  private static List<Object> periods(Map<String, Object> page) {
    return items(page).stream()
        .map(report -> ((Map<String, Object>) report.get("period")).get("number"))
        .toList();
  }

  private static List<String> references(Map<String, Object> page) {
    return rows(page).stream().map(row -> (String) row.get("reference")).toList();
  }

  private static List<String> fields(ResponseEntity<Map<String, Object>> response) {
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    return ((List<Map<String, Object>>) response.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }
}
