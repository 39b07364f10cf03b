package org.accord.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The published reports as a donor's representative finds them in the portal. */
@AccordIntegrationTest
class PublishedReportsBrowserTest {

  @LocalServerPort int port;
  @Autowired Api api;

  @Test
  void aDonor_seesTheReportsToEveryPartnerAndItsOwn_notAnotherDonors() throws Exception {
    String donor = api.newPartnerWithRepresentative("RP");
    String other = api.newPartnerWithRepresentative("RQ");
    api.propose(donor, "90000.00");
    long toAll = publish("PRIORITY", null);
    long own = publish("DONOR", donor);
    long others = publish("DONOR", other);

    try (Browser browser = Browser.open(port)) {
      browser.logInToTasklist(Api.representativeOf(donor)).openPage("/portal", "body[data-loaded]");
      assertThat(browser.text("#publications tr[data-id='" + own + "']"))
          .contains("Consolidated report by donor", "Partner " + donor, "Your organization");
      assertThat(browser.text("#publications tr[data-id='" + toAll + "']"))
          .contains("Consolidated report by priority", "Every partner");
      assertThat(browser.hasElement("#publications tr[data-id='" + others + "']")).isFalse();
      assertThat(browser.fetch("/api/publications/" + own + "/pdf"))
          .isEqualTo("200 application/pdf");
      assertThat(browser.fetch("/api/publications/" + others + "/pdf")).startsWith("404");
      browser.screenshot(Path.of("target/screenshots/portal-published-reports.png"));
    }
  }

  private long publish(String by, String partnerCode) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", "CONSOLIDATED");
    input.put("by", by);
    input.put("from", "2027-01-01");
    input.put("to", "2027-12-31");
    input.put("partnerCode", partnerCode);
    Map<String, Object> published = api.post("manager", "/api/publications", input).getBody();
    return ((Number) published.get("id")).longValue();
  }
}
