package org.accord.initiative;

import static org.accord.initiative.InitiativeMembershipProcess.Tasks.REVIEW_MEMBERSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * What an initiative lacks, by activity, against a hand computation: the workplan's needs, a
 * member's commitments toward the activity it is responsible for, an agreement signed and partly
 * received, and the gap.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class InitiativeGapsIntegrationTest {

  @Autowired Api api;

  @Test
  void theGap_isTheNeedsNoCommitmentOrSignedAgreementMeets_activityByActivity() {
    String code = "GAP-" + System.currentTimeMillis() % 1_000_000L;
    String partner = "GP" + System.nanoTime() % 100_000_000L;
    api.newPartner(partner, "Partner " + partner);
    String representative = partner.toLowerCase(Locale.ROOT) + "rep";
    api.newUser(representative, "donor-" + partner);
    assertThat(status(api.post("officer", "/api/initiatives", initiative(code)))).isEqualTo(201);
    ResponseEntity<Map<String, Object>> requested =
        api.post(
            representative,
            "/api/initiatives/" + code + "/members",
            Map.of(
                "partnerCode",
                partner,
                "role",
                "CO_LEAD",
                "focalPoint",
                Map.of("name", "Ana Lima", "email", "ana@example.org"),
                "commitments",
                List.of(
                    Map.of("kind", "CASH", "amount", "30000.00", "currency", "USD"),
                    Map.of("kind", "EXPERTISE", "topic", "Spectrum", "personDays", 10))));
    assertThat(status(requested)).isEqualTo(201);
    api.complete(
        "officer",
        "IM-" + requested.getBody().get("id"),
        REVIEW_MEMBERSHIP,
        Map.of("membershipDecision", "ACCEPT"));
    // 1.1, the agency's: USD 50,000 and 15 person-days; 1.2, the member's: USD 40,000 and 20.
    Map<String, Object> workplan =
        Map.of(
            "version",
            0,
            "objectives",
            List.of(
                Map.of(
                    "objective",
                    "Connect schools",
                    "activities",
                    List.of(
                        activity("AGENCY", "50000.00", 15), activity(partner, "40000.00", 20)))));
    assertThat(status(api.put("officer", "/api/initiatives/" + code + "/workplan", workplan)))
        .isEqualTo(200);
    // An agreement of GSMA's, signed for USD 25,000, of which 10,000 received; another not signed.
    Map<String, Object> proposal = Proposals.valid("GSMA", "25000.00", "USD");
    proposal.put("initiative", code);
    String signed = api.toActive(proposal);
    Map<String, Object> receipt =
        Map.of(
            "amount",
            "10000.00",
            "currency",
            "USD",
            "valueDate",
            LocalDate.now().toString(),
            "bankReference",
            "BR-" + signed,
            "instalment",
            1);
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                status(api.post("finance", "/api/agreements/" + signed + "/receipts", receipt))
                    == 201);
    Map<String, Object> unsigned = Proposals.valid("GSMA", "7000.00", "USD");
    unsigned.put("initiative", code);
    assertThat(status(api.post("officer", "/api/agreements", unsigned))).isEqualTo(201);

    Map<String, Object> gaps = api.get("manager", "/api/initiatives/" + code + "/gaps").getBody();

    // By hand: the member's USD 30,000 and 10 days go to its own 1.2 first (gap 10,000 and 10);
    // the signed 25,000 then meets half of 1.1's 50,000 (gap 25,000 and 15 days).
    List<Map<String, Object>> activities = (List<Map<String, Object>>) gaps.get("activities");
    assertThat(activities.get(0))
        .containsEntry("code", "1.1")
        .containsEntry("needs", totals("50000.00", 15))
        .containsEntry("metByResponsible", totals("0.00", 0))
        .containsEntry("metByOthers", totals("25000.00", 0))
        .containsEntry("gap", totals("25000.00", 15));
    assertThat(activities.get(1))
        .containsEntry("code", "1.2")
        .containsEntry("needs", totals("40000.00", 20))
        .containsEntry("metByResponsible", totals("30000.00", 10))
        .containsEntry("metByOthers", totals("0.00", 0))
        .containsEntry("gap", totals("10000.00", 10));
    assertThat(gaps)
        .containsEntry("needs", totals("90000.00", 35))
        .containsEntry("committed", totals("30000.00", 10))
        .containsEntry("signedUsd", "25000.00")
        .containsEntry("receivedUsd", "10000.00")
        .containsEntry("gap", totals("35000.00", 25))
        .containsEntry("unallocated", totals("0.00", 0));
    assertThat((List<Map<String, Object>>) gaps.get("agreements"))
        .extracting(agreement -> agreement.get("reference") + " " + agreement.get("signed"))
        .contains(signed + " true");

    Map<String, Object> asMember =
        api.get(representative, "/api/initiatives/" + code + "/gaps").getBody();
    assertThat(asMember).containsEntry("signedUsd", "25000.00");
    assertThat((List<Object>) asMember.get("agreements"))
        .as("nothing of another organization's agreements")
        .isEmpty();
    assertThat(api.get("jica", "/api/initiatives/" + code + "/gaps").getStatusCode().value())
        .isEqualTo(404);

    // The open needs, brokered: the member's declared expertise (Spectrum, 10 person-days) fits
    // both technical needs: 60 + 10 (fewer days than 1.1's gap of 15) for 1.1; 60 + 20 + 20 (it is
    // responsible) for 1.2. Its money counts it in for 1.1's financial gap (member, 30).
    List<Map<String, Object>> needs =
        (List<Map<String, Object>>)
            api.get("manager", "/api/initiatives/" + code + "/matches").getBody().get("needs");
    assertThat(needs)
        .extracting(need -> need.get("activity") + " " + need.get("need"))
        .containsExactly("1.1 FINANCIAL", "1.1 TECHNICAL", "1.2 FINANCIAL", "1.2 TECHNICAL");
    assertThat(score(needs.get(1), partner)).isEqualTo(70);
    assertThat(score(needs.get(3), partner)).isEqualTo(100);
    assertThat(score(needs.get(0), partner)).isEqualTo(30);
    assertThat(
            api.get(representative, "/api/initiatives/" + code + "/matches")
                .getStatusCode()
                .value())
        .as("brokering is the agency's")
        .isEqualTo(403);
  }

  private static int score(Map<String, Object> need, String partner) {
    return ((List<Map<String, Object>>) need.get("matches"))
        .stream()
            .filter(match -> partner.equals(match.get("partnerCode")))
            .map(match -> (Integer) match.get("score"))
            .findFirst()
            .orElseThrow();
  }

  private static Map<String, Object> totals(String usd, int personDays) {
    return Map.of("usd", usd, "personDays", personDays);
  }

  private static Map<String, Object> activity(String responsible, String usd, int personDays) {
    Map<String, Object> activity = new HashMap<>();
    activity.put("description", "Activity of " + responsible);
    activity.put("start", "2027-01-01");
    activity.put("end", "2027-12-31");
    activity.put("responsible", responsible);
    activity.put(
        "support",
        Map.of(
            "financial",
            List.of(Map.of("amount", usd, "currency", "USD")),
            "technical",
            List.of(Map.of("topic", "Spectrum", "personDays", personDays))));
    return activity;
  }

  private static Map<String, Object> initiative(String code) {
    Map<String, Object> initiative = new HashMap<>();
    initiative.put("code", code);
    initiative.put("title", "Rural connectivity");
    initiative.put("kind", "REGIONAL");
    initiative.put("region", "AFRICA");
    initiative.put("description", "A regional initiative of the Baku Action Plan.");
    initiative.put("countries", List.of("RW"));
    return initiative;
  }

  private static int status(ResponseEntity<?> response) {
    return response.getStatusCode().value();
  }
}
