package org.accord.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/** The pipeline's figures from a known set of agreements of a donor of the test's own. */
@AccordIntegrationTest
@SuppressWarnings("unchecked")
class PipelineIntegrationTest {

  @Autowired Api api;

  @Test
  void countsAndValuesByStage_andFundsMobilized_forTheFiltersAsked() {
    String donor = api.newPartner("PIPE", "Pipeline Foundation");
    api.newUser("pipe", "donor-PIPE");
    api.propose(donor, "1000.00");
    api.toActive(donor, "5000.00");

    Map<String, Object> view = api.get("manager", "/api/metrics/pipeline?donor=PIPE").getBody();

    Map<String, Object> byStatus = (Map<String, Object>) view.get("byStatus");
    assertThat((Map<String, Object>) byStatus.get("SCREENING"))
        .containsEntry("agreements", 1)
        .containsEntry("valueUsd", "1000.00");
    assertThat((Map<String, Object>) byStatus.get("ACTIVE"))
        .containsEntry("agreements", 1)
        .containsEntry("valueUsd", "5000.00");
    assertThat((Map<String, Object>) byStatus.get("CLOSED")).containsEntry("agreements", 0);
    assertThat((Map<String, Object>) view.get("mobilizedByPriority"))
        .containsOnlyKeys("AFFORDABLE_CONNECTIVITY");
    assertThat(
            (Map<String, Object>) ((Map<String, Object>) view.get("mobilizedByDonor")).get("PIPE"))
        .containsEntry("agreements", 1)
        .containsEntry("valueUsd", "5000.00");

    Map<String, Object> otherPriority =
        api.get("manager", "/api/metrics/pipeline?donor=PIPE&priority=DIGITAL_TRANSFORMATION")
            .getBody();
    assertThat((Map<String, Object>) otherPriority.get("mobilizedByDonor")).isEmpty();
  }

  @Test
  void figuresAreForManagers_andBadFiltersAreRefused() {
    assertThat(api.get("officer", "/api/metrics/pipeline").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("gsma", "/api/metrics/pipeline").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(api.get("manager", "/api/metrics/pipeline?region=ATLANTIS").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(api.get("manager", "/api/metrics/pipeline?from=yesterday").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }
}
