package org.accord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No request makes unbounded work: an agreement's dates, from which its reporting periods, timers
 * and rows follow, stay within the documented bounds (from 2000-01-01, at most ten years), whether
 * proposed through the API or Tasklist's start form, or amended.
 */
@AccordIntegrationTest
class BoundedWorkIntegrationTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @Test
  void proposalFrom1900To2900_isRefusedNamingBothDates_andNothingIsWritten() {
    long before = agreements();
    Map<String, Object> proposal = Proposals.valid("GSMA", "1000.00", "USD");
    proposal.put("startDate", "1900-01-01");
    proposal.put("endDate", "2900-12-31");
    proposal.put("reportingFrequency", "QUARTERLY");

    ResponseEntity<Map<String, Object>> refused = api.post("officer", "/api/agreements", proposal);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused))
        .containsEntry("startDate", "must not be before 2000-01-01")
        .containsKey("endDate");
    assertThat(errors(refused).get("endDate")).contains("on or before 1910-01-01");
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void agreementRunsAtMostTenYears_toTheDay() {
    Map<String, Object> proposal = Proposals.valid("JICA", "1000.00", "USD");
    proposal.put("startDate", "2027-01-01");
    proposal.put("endDate", "2037-01-02");

    ResponseEntity<Map<String, Object>> refused = api.post("officer", "/api/agreements", proposal);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).containsOnlyKeys("endDate");
    assertThat(errors(refused).get("endDate")).contains("on or before 2037-01-01");
    proposal.put("endDate", "2037-01-01");
    assertThat(api.post("officer", "/api/agreements", proposal).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void tasklistStartFormFrom1900To2900_isRefusedNamingBothDates_andNothingIsWritten() {
    long before = agreements();
    Map<String, Object> form = new HashMap<>();
    form.put("title", "Forever");
    form.put("partnerCode", "GSMA");
    form.put("agreementType", "MOU");
    form.put("priority", "DIGITAL_TRANSFORMATION");
    form.put("region", "AFRICA");
    form.put("beneficiaryCountries", "RW");
    form.put("outputTypes", "TOOLKITS");
    form.put("amount", "1000.00");
    form.put("currency", "USD");
    form.put("startDate", "1900-01-01");
    form.put("endDate", "2900-12-31");
    form.put("reportingFrequency", "QUARTERLY");
    form.put("objective", "Everything");
    form.put("activityDescription", "Anything");
    form.put("activityTimeFrame", "Always");
    form.put("activityResponsible", "Someone");
    form.put("indicatorName", "Things");
    form.put("indicatorUnit", "things");
    form.put("indicatorBaseline", 0);
    form.put("indicatorTarget", 1);

    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/engine-rest/process-definition/key/partnership-agreement/submit-form",
            Map.of("variables", Api.engineVariables(form)));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("startDate: must not be before 2000-01-01")
        .contains("endDate: must be on or before 1910-01-01");
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void amendmentCannotExtendAnAgreementBeyondTenYearsFromItsStart() {
    String reference = api.toActive("GSMA", "3100.00");

    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/api/agreements/" + reference + "/amendments",
            Map.of("justification", "A century more", "endDate", "2900-12-31"));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).containsOnlyKeys("endDate");
    assertThat(errors(refused).get("endDate")).contains("on or before 2037-01-01");
    assertThat(api.getList("officer", "/api/agreements/" + reference + "/amendments").getBody())
        .as("no amendment recorded")
        .isEmpty();
    assertThat(
            api.post(
                    "officer",
                    "/api/agreements/" + reference + "/amendments",
                    Map.of("justification", "The longest allowed", "endDate", "2037-01-01"))
                .getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
  }

  private long agreements() {
    return jdbc.queryForObject("select count(*) from accord.agreement", Long.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> errors(ResponseEntity<Map<String, Object>> response) {
    Map<String, String> byField = new HashMap<>();
    for (Map<String, Object> error : (List<Map<String, Object>>) response.getBody().get("errors")) {
      byField.put((String) error.get("field"), (String) error.get("message"));
    }
    return byField;
  }
}
