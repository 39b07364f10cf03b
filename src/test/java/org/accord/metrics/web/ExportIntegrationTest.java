package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The agreements with their stage times, as a spreadsheet opens them. */
@AccordIntegrationTest
class ExportIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void agreementsCsv_opensInASpreadsheet_withStageTimes_andNoFormulaToRun() {
    Map<String, Object> proposal = Proposals.valid("GSMA", "7200.00", "USD");
    proposal.put("title", "=HYPERLINK(\"x\") schools, \"phase 2\"");
    String odd =
        (String) api.post("officer", "/api/agreements", proposal).getBody().get("reference");
    String active = api.toActive("JICA", "7300.00");

    ResponseEntity<byte[]> export = csv("manager");

    assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(export.getHeaders().getContentType().toString()).startsWith("text/csv");
    byte[] body = export.getBody();
    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<String> lines =
        new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0))
        .startsWith("reference,title,partner,type,priority,region,beneficiary_countries,amount")
        .endsWith("days_suspended,days_proposal_to_active");
    assertThat(lines)
        .filteredOn(line -> line.startsWith(odd + ","))
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .contains(",\"'=HYPERLINK(\"\"x\"\") schools, \"\"phase 2\"\"\",GSMA,")
                    .contains(",7200.00,USD,7200.00,2027-01-01,2028-12-31,SCREENING,"));
    String[] activeRow =
        lines.stream()
            .filter(line -> line.startsWith(active + ","))
            .findFirst()
            .orElseThrow()
            .split(",");
    assertThat(activeRow[12]).isEqualTo("ACTIVE");
    assertThat(activeRow[activeRow.length - 1])
        .as("days from proposal to active")
        .matches("\\d+\\.\\d{3}");
  }

  @Test
  void exportsAreForManagersOnly() {
    assertThat(csv("officer").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csv("gsma").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(csv(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ResponseEntity<byte[]> csv(String user) {
    return rest.exchange(
        "/api/exports/agreements.csv",
        HttpMethod.GET,
        new HttpEntity<>(
            user == null ? new org.springframework.http.HttpHeaders() : Api.headersOf(user)),
        byte[].class);
  }
}
