package org.accord.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.accord.testing.Proposals;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The daily e-mail of new opportunities: a donor hears of the published ones matching its profile
 * (by the donors' fit rule), once each and at most once a day, through the outbox.
 */
@AccordIntegrationTest
class OpportunityAlertsIntegrationTest {

  @Autowired Api api;
  @Autowired OpportunityAlerts alerts;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void restoreClock() {
    ClockUtil.reset();
  }

  @Test
  void aDonorIsToldOfNewMatchingOpportunities_notOfOthers_norOfUnpublishedOrWithdrawnOnes() {
    String donor = newDonor("AM", digitalInArabStates());
    String elsewhere = newDonor("AN", secureIctInEurope());
    // Fit with the donor's profile: priority 30 + region 15 + countries 20 (JO, 1 of 1) + amount 10
    // (no range stated) + track record 0 = 75, a match (50 or more). The other kind scores
    // 0 + 0 + 0 + 10 + 0 = 10, no match.
    long matching = publish(proposal("Arab States e-government", true));
    long other = publish(proposal("Rural broadband in Rwanda", false));
    long withdrawn = publish(proposal("Arab States withdrawn", true));
    api.delete("officer", "/api/opportunities/" + withdrawn);
    String unpublished =
        api.post("officer", "/api/agreements", proposal("Unpublished", true))
            .getBody()
            .get("reference")
            .toString();

    alerts.tellPartners();

    List<String> told = toldToday(donor);
    // To the representative and the partner's contact address, one message each.
    assertThat(told).hasSize(2);
    assertThat(told.get(0))
        .contains("Opportunity " + matching + ": Arab States e-government")
        .contains("USD 100,000.00")
        .contains("http://accord.example/portal")
        .doesNotContain("Opportunity " + other + ":")
        .doesNotContain("withdrawn")
        .doesNotContain(unpublished)
        .doesNotContain("Unpublished");
    assertThat(toldToday(elsewhere)).isEmpty();
  }

  @Test
  void aDonorIsToldAtMostOnceADay_andNothingWhenNothingNewWasPublished() {
    String donor = newDonor("AT", digitalInArabStates());
    long first = publish(proposal("Arab States first", true));
    alerts.tellPartners();
    assertThat(toldToday(donor)).hasSize(2);

    long second = publish(proposal("Arab States second", true));
    alerts.tellPartners();
    assertThat(toldToday(donor)).as("nothing twice in a day").hasSize(2);

    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    alerts.tellPartners();
    assertThat(toldToday(donor))
        .hasSize(2)
        .allSatisfy(
            body ->
                assertThat(body)
                    .contains("Opportunity " + second + ":")
                    .doesNotContain("Opportunity " + first + ":"));

    ClockUtil.setCurrentTime(
        Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1))));
    alerts.tellPartners();
    assertThat(toldToday(donor)).as("nothing new published").isEmpty();
  }

  @Test
  void twoNodesTellingPartnersAtOnce_tellADonorOnce() throws Exception {
    String donor = newDonor("AC", digitalInArabStates());
    long published = publish(proposal("Arab States at once", true));

    // Two nodes' schedulers firing together: the partner's locked row lets one of them tell it.
    CompletableFuture<Void> first = CompletableFuture.runAsync(alerts::tellPartners);
    CompletableFuture<Void> second = CompletableFuture.runAsync(alerts::tellPartners);
    CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);

    assertThat(toldToday(donor))
        .hasSize(2)
        .allSatisfy(body -> assertThat(body).contains("Opportunity " + published + ":"));
    assertThat(
            jdbc.queryForObject(
                "select told_through from accord.opportunity_alert where partner_code = ?",
                Long.class,
                donor))
        .isGreaterThanOrEqualTo(published);
  }

  /** The bodies of the messages queued for the donor on the clock's day. */
  private List<String> toldToday(String donor) {
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    return jdbc.queryForList(
        "select body_text from accord.notification where event_key = ? order by recipient",
        String.class,
        "opportunities:" + donor + ":" + today);
  }

  private long publish(Map<String, Object> proposal) {
    ResponseEntity<Map<String, Object>> created = api.post("officer", "/api/agreements", proposal);
    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    Map<String, Object> opportunity = new HashMap<>();
    opportunity.put("agreementReference", created.getBody().get("reference"));
    opportunity.put("summary", "What the proposal would do, for partners to read.");
    opportunity.put("amountSought", "100000.00");
    opportunity.put("currency", "USD");
    opportunity.put("deadline", "2099-06-30");
    ResponseEntity<Map<String, Object>> published =
        api.post("officer", "/api/opportunities", opportunity);
    assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(201);
    return ((Number) published.getBody().get("id")).longValue();
  }

  /** A proposal of GSMA's, in the Arab States on digital transformation, or in Africa otherwise. */
  private static Map<String, Object> proposal(String title, boolean arabStates) {
    Map<String, Object> proposal = Proposals.valid("GSMA", "100000.00", "USD");
    proposal.put("title", title);
    if (arabStates) {
      proposal.put("priority", "DIGITAL_TRANSFORMATION");
      proposal.put("region", "ARAB_STATES");
      proposal.put("beneficiaryCountries", List.of("JO"));
    }
    return proposal;
  }

  private String newDonor(String prefix, Map<String, Object> profile) {
    String code = prefix + System.nanoTime() % 100_000_000L;
    api.newPartner(code, "Donor " + code);
    api.newUser(code.toLowerCase(Locale.ROOT), "donor-" + code);
    ResponseEntity<Map<String, Object>> saved =
        api.put("officer", "/api/partners/" + code + "/profile", profile);
    assertThat(saved.getStatusCode().value()).as("%s", saved.getBody()).isEqualTo(200);
    return code;
  }

  private static Map<String, Object> digitalInArabStates() {
    return profile("DIGITAL_TRANSFORMATION", "ARAB_STATES", "JO");
  }

  private static Map<String, Object> secureIctInEurope() {
    return profile("INCLUSIVE_SECURE_ICT", "EUROPE", "IS");
  }

  private static Map<String, Object> profile(String priority, String region, String country) {
    Map<String, Object> profile = new HashMap<>();
    profile.put("priorities", List.of(priority));
    profile.put("regions", List.of(region));
    profile.put("countries", List.of(country));
    profile.put("reportingFrequency", "ANNUAL");
    profile.put("reportingFormat", "AGENCY_STANDARD");
    return profile;
  }
}
