package org.accord.metrics;

import static org.accord.agreement.PartnershipAgreementProcess.Tasks.SCREEN_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.metrics.persistence.MetricsMapper;
import org.accord.metrics.persistence.MetricsMapper.DecisionCount;
import org.accord.testing.AccordIntegrationTest;
import org.accord.testing.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The decisions of every agreement are counted without reading the agreements: they must be the sum
 * of each donor's, which are counted through their agreements.
 */
@AccordIntegrationTest
class DecisionCountsIntegrationTest {

  @Autowired Api api;
  @Autowired MetricsMapper metrics;
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyAgreementsDecisions_areTheSumOfEachDonorsOwn_reportReviewsIncluded() {
    for (String decision : List.of("ACCEPT", "REVISE")) {
      String reference = api.propose(api.newPartnerWithRepresentative("DEC"), "500.00");
      api.complete("officer2", reference, SCREEN_PROPOSAL, Map.of("screeningDecision", "ACCEPT"));
      aReviewedReport(reference, decision);
    }

    Map<String, Long> everyAgreement = counted(MetricsFilter.ALL);
    Map<String, Long> donorByDonor = new HashMap<>();
    for (String donor :
        jdbc.queryForList("select distinct partner_code from accord.agreement", String.class)) {
      counted(new MetricsFilter(null, null, donor, null, null))
          .forEach((kind, count) -> donorByDonor.merge(kind, count, Long::sum));
    }

    assertThat(everyAgreement)
        .containsKeys(SCREEN_PROPOSAL + " ACCEPT", "reviewProgressReport REVISE")
        .isEqualTo(donorByDonor);
  }

  private Map<String, Long> counted(MetricsFilter filter) {
    Map<String, Long> counts = new HashMap<>();
    for (DecisionCount count : metrics.decisions(filter.selection(ZoneOffset.UTC))) {
      counts.put(count.stage() + " " + count.decision(), count.decisions());
    }
    return counts;
  }

  /** A first period's report, reviewed: written as the reporting process leaves it. */
  private void aReviewedReport(String reference, String decision) {
    Long period =
        jdbc.queryForObject(
            """
            insert into accord.reporting_period
                   (agreement_id, number, starts_on, ends_on, due_on, final_period, status)
            select id, 1, date '2026-01-01', date '2026-06-30', date '2026-07-31', false, 'SUBMITTED'
              from accord.agreement where reference = ?
            returning id
            """,
            Long.class,
            reference);
    jdbc.update(
        """
        insert into accord.progress_report (period_id, revision, narrative, expenditure,
               final_report, submitted_by, submitted_at, decision)
        values (?, 1, 'Half the wells dug', 100.00, false, 'jica', now(), ?)
        """,
        period,
        decision);
  }
}
