package org.accord.agreement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad input gets a 400 naming the field, and nothing is written. */
@AccordIntegrationTest
class ProposalInputIntegrationTest {

  @Autowired Api api;
  @Autowired JdbcTemplate jdbc;

  @ParameterizedTest(name = "{0} = {1} is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "amount|-5.00|must be greater than zero",
        "amount|0|must be greater than zero",
        "amount|12.345|at most two decimal places",
        "amount|twelve|decimal number",
        "currency|XYZ|not a known ISO 4217 currency",
        "currency|usd|not a known ISO 4217 currency",
        "partnerCode|NOBODY|no partner with code NOBODY",
        "endDate|2026-06-30|must be after startDate",
        "title|'   '|is required",
        "language|pt|'pt' is not one of Accord's languages: ar, zh, en, fr, ru, es",
        "secondLanguage|de|'de' is not one of Accord's languages",
        "bilingualLayout|SIDE_BY_SIDE|applies only with a secondLanguage"
      })
  void invalidFieldIsNamedAndNothingIsWritten(String field, String value, String message) {
    assertRefused(proposal -> proposal.put(field, value), field, message);
  }

  @Test
  void aSecondLanguageLikeTheFirst_orAnUnknownLayout_isRefusedNamingTheField() {
    assertRefused(
        proposal -> {
          proposal.put("language", "fr");
          proposal.put("secondLanguage", "FR");
        },
        "secondLanguage",
        "must differ from the language (fr)");
    assertRefused(
        proposal -> {
          proposal.put("secondLanguage", "ar");
          proposal.put("bilingualLayout", "INTERLEAVED");
        },
        "bilingualLayout",
        "must be one of [SIDE_BY_SIDE, SEQUENTIAL]");
  }

  @Test
  void coPartnersUnknown_theLeadPartnerItself_orNamedTwice_areRefusedNamingEach() {
    assertRefused(
        proposal -> proposal.put("coPartners", List.of("GSMA", "NOBODY")),
        "coPartners[1]",
        "no partner with code NOBODY");
    assertRefused(
        proposal -> proposal.put("coPartners", List.of("JICA")),
        "coPartners[0]",
        "is the lead partner already");
    assertRefused(
        proposal -> proposal.put("coPartners", List.of("GSMA", "GSMA")),
        "coPartners[1]",
        "is named twice");
    assertRefused(
        proposal -> proposal.put("contribution", "x".repeat(2001)),
        "contribution",
        "at most 2000 characters");
  }

  @Test
  void amountWorthLessThanACentIsRefused() {
    assertRefused(
        proposal -> {
          proposal.put("amount", "1");
          proposal.put("currency", "KRW");
        },
        "amount",
        "less than one US cent");
  }

  @Test
  void indicatorTargetBeyondWhatCanBeStoredIsRefused() {
    assertRefused(
        proposal ->
            proposal.put(
                "results",
                List.of(
                    Map.of(
                        "objective", "Connect schools",
                        "activities", List.of(),
                        "indicators",
                            List.of(
                                Map.of(
                                    "name",
                                    "Schools",
                                    "unit",
                                    "schools",
                                    "baseline",
                                    0,
                                    "target",
                                    1e20))))),
        "results[0].indicators[0].target",
        "less than 10^15");
  }

  @Test
  void startingASecondProcessForAnAgreementIsRefused() {
    String reference = api.propose("JICA", "10.00");

    ResponseEntity<Map<String, Object>> second =
        api.post(
            "officer",
            "/engine-rest/process-definition/key/partnership-agreement/start",
            Map.of("variables", Api.engineVariables(Map.of("agreementReference", reference))));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(second.getBody().get("message").toString()).contains("agreementReference");
  }

  @Test
  void unknownBeneficiaryCountryIsNamedByItsPosition() {
    assertRefused(
        proposal -> proposal.put("beneficiaryCountries", List.of("RW", "XK1")),
        "beneficiaryCountries[1]",
        "not an ISO 3166-1 alpha-2 country code");
  }

  @Test
  void objectiveWithoutIndicatorIsRefused() {
    assertRefused(
        proposal ->
            proposal.put(
                "results",
                List.of(
                    Map.of(
                        "objective",
                        "Connect schools",
                        "activities",
                        List.of(),
                        "indicators",
                        List.of()))),
        "results[0].indicators",
        "at least one indicator");
  }

  @Test
  void missingPartnerIsRefused() {
    assertRefused(proposal -> proposal.remove("partnerCode"), "partnerCode", "is required");
  }

  @Test
  void unknownEnumValueIsNamed() {
    assertRefused(proposal -> proposal.put("priority", "WORLD_PEACE"), "priority", "is not one of");
  }

  @Test
  void amountGivenAsAJsonNumberIsReadExactly() {
    Map<String, Object> proposal = Proposals.valid("JICA", "ignored", "USD");
    String json = toJson(proposal).replace("\"amount\":\"ignored\"", "\"amount\":1234.56");
    ResponseEntity<Map<String, Object>> created = api.postRaw("officer", "/api/agreements", json);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String reference = (String) created.getBody().get("reference");
    assertThat(api.get("officer", "/api/agreements/" + reference).getBody())
        .containsEntry("amount", "1234.56");
  }

  @Test
  void listFilteredByAnUnknownStatusIsRefusedNamingTheParameter() {
    ResponseEntity<Map<String, Object>> response =
        api.get("officer", "/api/agreements?status=PENDING");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(response)).containsExactly("status");
  }

  @Test
  void malformedJsonIsRefusedWithoutDetailsOfTheParser() {
    long before = agreements();
    ResponseEntity<Map<String, Object>> response =
        api.postRaw("officer", "/api/agreements", "{\"title\": \"Broken\", ");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("title", "Malformed request");
    assertThat(response.getBody().toString()).doesNotContain("jackson", "Exception", "at org.");
    assertThat(agreements()).isEqualTo(before);
  }

  @Test
  void apiIsDescribedByOpenApiBehindTheSameLogin() {
    ResponseEntity<Map<String, Object>> description = api.get("officer", "/api/openapi");

    assertThat(description.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((Map<String, Object>) description.getBody().get("paths"))
        .containsKeys("/api/agreements", "/api/agreements/{reference}", "/api/partners");
    assertThat(api.get(null, "/api/openapi").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anonymousRequestsAreRefused() {
    assertThat(api.get(null, "/api/agreements").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(
            api.post(null, "/api/agreements", Proposals.valid("JICA", "1.00", "USD"))
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getList(null, "/engine-rest/task").getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void donorSeesOnlyTheirOwnAgreementsAndCannotPropose() {
    String gsmaReference = api.propose("GSMA", "1000.00");

    assertThat(api.get("gsma", "/api/agreements/" + gsmaReference).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(api.get("jica", "/api/agreements/" + gsmaReference).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.getList("jica", "/api/agreements").getBody())
        .extracting(agreement -> agreement.get("partnerCode"))
        .containsOnly("JICA");
    assertThat(
            api.post("jica", "/api/agreements", Proposals.valid("JICA", "1.00", "USD"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void partnerWithBadFieldsIsRefusedAndDuplicateCodeConflicts() {
    ResponseEntity<Map<String, Object>> invalid =
        api.post(
            "officer",
            "/api/partners",
            Map.of(
                "code",
                "bad code",
                "name",
                "X",
                "type",
                "NGO",
                "country",
                "QQ",
                "contactEmail",
                "not-an-address"));
    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(invalid)).containsExactlyInAnyOrder("code", "country", "contactEmail");

    ResponseEntity<Map<String, Object>> duplicate =
        api.post(
            "officer",
            "/api/partners",
            Map.of(
                "code",
                "GSMA",
                "name",
                "Again",
                "type",
                "NGO",
                "country",
                "GB",
                "contactEmail",
                "a@b.example"));
    assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void onlyAdministratorsUpdateExchangeRates() {
    assertThat(
            api.put("officer", "/api/exchange-rates/EUR", Map.of("usdPerUnit", "1.10"))
                .getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> negative =
        api.put("admin", "/api/exchange-rates/EUR", Map.of("usdPerUnit", "-1"));
    assertThat(fields(negative)).containsExactly("usdPerUnit");

    ResponseEntity<Map<String, Object>> updated =
        api.put("admin", "/api/exchange-rates/MXN", Map.of("usdPerUnit", "0.055"));
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody())
        .containsEntry("currency", "MXN")
        .containsEntry("updatedBy", "admin");
  }

  @Test
  void tasklistStartFormCreatesTheSameAgreement() {
    Map<String, Object> form = Proposals.startForm("TRAINING_COOPERATION", "JPY");
    form.put("amount", "75000.00");
    ResponseEntity<Map<String, Object>> started =
        api.post(
            "officer2",
            "/engine-rest/process-definition/key/partnership-agreement/submit-form",
            Map.of("variables", Api.engineVariables(form)));

    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String reference = (String) started.getBody().get("businessKey");
    assertThat(reference).matches("PA-\\d{4}-\\d{4}");
    Map<String, Object> agreement = api.get("officer", "/api/agreements/" + reference).getBody();
    assertThat(agreement)
        .containsEntry("initiator", "officer2")
        .containsEntry("currency", "JPY")
        .containsEntry("amountUsd", "502.50")
        .containsEntry("beneficiaryCountries", List.of("NP", "BT"));
  }

  @Test
  void tasklistStartFormWithBadInputIsRefusedAndWritesNothing() {
    long before = agreements();
    ResponseEntity<Map<String, Object>> refused =
        api.post(
            "officer",
            "/engine-rest/process-definition/key/partnership-agreement/submit-form",
            Map.of(
                "variables", Api.engineVariables(Map.of("title", "Incomplete", "amount", "-3"))));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString())
        .contains("amount: must be greater than zero");
    assertThat(agreements()).isEqualTo(before);
  }

  private void assertRefused(Consumer<Map<String, Object>> change, String field, String message) {
    long before = agreements();
    Map<String, Object> proposal = Proposals.valid("JICA", "1000.00", "USD");
    change.accept(proposal);

    ResponseEntity<Map<String, Object>> response = api.post("officer", "/api/agreements", proposal);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).containsEntry("title", "Invalid input");
    assertThat(errors(response))
        .anySatisfy(
            error -> {
              assertThat(error.get("field")).isEqualTo(field);
              assertThat(error.get("message").toString()).contains(message);
            });
    assertThat(agreements()).isEqualTo(before);
  }

  private long agreements() {
    return jdbc.queryForObject("select count(*) from accord.agreement", Long.class);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  private static List<Object> fields(ResponseEntity<Map<String, Object>> response) {
    return errors(response).stream().map(error -> error.get("field")).toList();
  }

  private static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
