package org.accord.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The portfolio by priority, region or donor over a date range, for managers. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class ConsolidatedReportIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired Api api;

  @Test
  void managersGetThePortfolioGroupedAsTheyAsk() throws Exception {
    api.toActive("GSMA", "7100.00");

    for (String by : List.of("PRIORITY", "REGION", "DONOR")) {
      ResponseEntity<byte[]> report =
          get("manager", "/api/reports/consolidated?by=" + by + "&from=2027-01-01&to=2027-12-31");
      assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(report.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      try (PDDocument pdf = Loader.loadPDF(report.getBody())) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        assertThat(text)
            .contains("Consolidated report by " + by.toLowerCase())
            .contains(
                switch (by) {
                  case "PRIORITY" -> "Affordable connectivity";
                  case "REGION" -> "Africa";
                  default -> "GSM Association";
                })
            .contains("All");
      }
    }
  }

  /** 7,100.00 USD of the one agreement, the total the same: "7 100,00" as French writes it. */
  @Test
  void aManagerWhoReadsFrench_getsTheReportInFrench() throws Exception {
    api.toActive("GSMA", "7100.00");
    api.put("manager", "/api/users/manager/language", Map.of("language", "fr"));
    try {
      ResponseEntity<byte[]> report =
          get("manager", "/api/reports/consolidated?by=REGION&from=2027-01-01&to=2027-12-31");
      assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(PdfText.of(report.getBody()))
          .contains("Rapport consolidé par région")
          .contains("du 1 janvier 2027 au 31 décembre 2027")
          .contains("Afrique")
          .contains("Région Accords Actifs Contributions (USD)")
          .contains("Total");
    } finally {
      api.delete("manager", "/api/users/manager/language");
    }
  }

  @Test
  void badRequestsAreRefusedNamingTheParameter_andOthersThanManagersGetNone() {
    assertThat(fields("/api/reports/consolidated?by=REGION&from=2027-12-31&to=2027-01-01"))
        .containsExactly("to");
    assertThat(fields("/api/reports/consolidated?from=2027-01-01&to=2027-12-31"))
        .containsExactly("by");
    assertThat(
            api.get("manager", "/api/reports/consolidated?by=PLANET&from=2027-01-01&to=2027-12-31")
                .getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(
            get("officer", "/api/reports/consolidated?by=REGION&from=2027-01-01&to=2027-12-31")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(
            get("gsma", "/api/reports/consolidated?by=DONOR&from=2027-01-01&to=2027-12-31")
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private List<String> fields(String path) {
    ResponseEntity<Map<String, Object>> refused = api.get("manager", path);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, Object>>) refused.getBody().get("errors"))
        .stream().map(error -> error.get("field").toString()).toList();
  }

  private ResponseEntity<byte[]> get(String user, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(Api.headersOf(user)), byte[].class);
  }
}
