package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * What partners pledged to published opportunities, on the managers' dashboard apart from the money
 * of agreements: by currency as pledged, never committed; every total computed by hand.
 */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PledgesMetricsIntegrationTest {

  @Autowired Api api;
  @Autowired TestRestTemplate rest;

  @Test
  void pledgesAppearAsPledgedByCurrency_apartFromCommitted_inTheApiTheDashboardAndTheCsv() {
    String donor = api.newPartnerWithRepresentative("PL");
    String other = api.newPartnerWithRepresentative("PO");
    long first = publish();
    long second = publish();
    long third = publish();
    long withdrawn = publish();
    pledge(donor, first, "30000.00", "USD");
    pledge(donor, second, "12500.50", "USD");
    pledge(donor, third, "8000.00", "EUR");
    pledge(donor, withdrawn, "500.00", "CHF");
    api.delete("officer", "/api/opportunities/" + withdrawn);
    // Interest without an amount pledges no money; another partner's pledge is not the donor's.
    api.post(
        Api.representativeOf(donor),
        "/api/opportunities/" + first + "/pledges",
        Map.of("note", "Interested"));
    pledge(other, first, "1000.00", "USD");

    Map<String, Object> pledges =
        api.get("manager", "/api/metrics/pledges?donor=" + donor).getBody();

    // USD: 30,000.00 + 12,500.50 = 42,500.50 in 2 pledges; EUR: 8,000.00 in 1, not converted; the
    // CHF 500.00 pledged to the withdrawn opportunity counts no more.
    assertThat((List<Map<String, Object>>) pledges.get("byCurrency"))
        .containsExactly(
            Map.of("currency", "EUR", "pledged", "8000.00", "pledges", 1),
            Map.of("currency", "USD", "pledged", "42500.50", "pledges", 2));
    Map<String, Object> dashboard =
        api.get("manager", "/api/metrics/dashboard?donor=" + donor).getBody();
    assertThat(dashboard.get("pledges")).isEqualTo(pledges);
    // The donor has no agreement: nothing of it is committed, whatever it pledged.
    assertThat((Map<String, Object>) dashboard.get("funds"))
        .containsEntry("committedUsd", "0.00")
        .containsEntry("pledgedUsd", "0.00");

    ResponseEntity<String> csv = csv("manager", "?donor=" + donor);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> lines = csv.getBody().lines().toList();
    assertThat(lines.get(0))
        .endsWith("pledged_at,opportunity,title,donor,amount,currency,concept_note");
    assertThat(lines.subList(1, lines.size()))
        .hasSize(3)
        .anySatisfy(line -> assertThat(line).contains("," + first + ",").contains(",30000.00,USD,"))
        .anySatisfy(
            line -> assertThat(line).contains("," + second + ",").contains(",12500.50,USD,"))
        .anySatisfy(line -> assertThat(line).contains("," + third + ",").contains(",8000.00,EUR,"));
  }

  @Test
  void pledges_areForManagers_andABadFilterIsRefusedNamingTheField() {
    assertThat(api.get("officer", "/api/metrics/pledges").getStatusCode().value()).isEqualTo(403);
    assertThat(api.get("gsma", "/api/metrics/pledges").getStatusCode().value()).isEqualTo(403);
    assertThat(csv("gsma", "").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csv(null, "").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<Map<String, Object>> bad =
        api.get("manager", "/api/metrics/pledges?from=2027-01-02&to=2027-01-01");
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody().toString()).contains("field=to");
    assertThat(csv("manager", "?from=2027-01-02&to=2027-01-01").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private ResponseEntity<String> csv(String user, String query) {
    ResponseEntity<byte[]> response =
        rest.exchange(
            "/api/exports/pledges.csv" + query,
            HttpMethod.GET,
            new HttpEntity<>(
                user == null ? new org.springframework.http.HttpHeaders() : Api.headersOf(user)),
            byte[].class);
    return ResponseEntity.status(response.getStatusCode())
        .body(
            response.getBody() == null
                ? ""
                : new String(response.getBody(), StandardCharsets.UTF_8));
  }

  private void pledge(String partner, long opportunity, String amount, String currency) {
    ResponseEntity<Map<String, Object>> pledged =
        api.post(
            Api.representativeOf(partner),
            "/api/opportunities/" + opportunity + "/pledges",
            Map.of("amount", amount, "currency", currency));
    assertThat(pledged.getStatusCode().value()).as("%s", pledged.getBody()).isEqualTo(200);
  }

  private long publish() {
    Map<String, Object> opportunity = new HashMap<>();
    opportunity.put("agreementReference", api.propose("GSMA", "100000.00"));
    opportunity.put("summary", "Connecting rural schools to broadband, with teachers trained.");
    opportunity.put("amountSought", "100000.00");
    opportunity.put("currency", "USD");
    opportunity.put("deadline", "2099-06-30");
    ResponseEntity<Map<String, Object>> published =
        api.post("officer", "/api/opportunities", opportunity);
    assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(201);
    return ((Number) published.getBody().get("id")).longValue();
  }
}
