package org.accord.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.accord.agreement.Priority;
import org.accord.agreement.Region;
import org.accord.performance.AnnualPerformance.KpiLine;
import org.accord.performance.AnnualPerformance.PriorityYear;
import org.accord.plan.ContributionRule;
import org.accord.plan.KpiStanding.KpiYear;
import org.accord.plan.Outcome;
import org.accord.reporting.Lesson;
import org.junit.jupiter.api.Test;

/** What the annual performance report keeps when it is published to every partner. */
class AnnualPerformanceForPartnersTest {

  @Test
  void publishedToPartners_itKeepsTheTotalsAndCounts_butNamesNoAgreementAndNoLesson() {
    KpiYear kpi =
        new KpiYear(
            "K1",
            "People trained",
            "people",
            "O1",
            ContributionRule.SUM,
            BigDecimal.ZERO,
            new BigDecimal("100"),
            new BigDecimal("60"),
            new BigDecimal("60"),
            3,
            List.of(),
            List.of());
    Lesson lesson =
        new Lesson(
            "PA-2026-0001",
            "Rural broadband toolkit",
            "GSMA",
            Priority.AFFORDABLE_CONNECTIVITY,
            Region.AFRICA,
            null,
            "SATISFACTORY",
            "Start the survey before the rainy season",
            "officer",
            OffsetDateTime.parse("2027-11-30T10:00:00Z"));
    AnnualPerformance report =
        new AnnualPerformance(
            "BAP-2026",
            "Baku Action Plan",
            2027,
            LocalDate.of(2027, 12, 31),
            new BigDecimal("350000.00"),
            List.of(
                new PriorityYear(
                    Priority.AFFORDABLE_CONNECTIVITY,
                    "Affordable connectivity",
                    List.of(
                        new Outcome(
                            "O1", Priority.AFFORDABLE_CONNECTIVITY, "People are connected", false)),
                    List.of(
                        new KpiLine(
                            kpi, 3, List.of("PA-2026-0001", "PA-2026-0002"), List.of("RI-AFR"))),
                    new BigDecimal("350000.00"),
                    List.of(lesson))),
            List.of());

    AnnualPerformance published = report.forPartners();

    PriorityYear priority = published.priorities().get(0);
    assertThat(priority.kpis())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.kpi()).isEqualTo(kpi);
              assertThat(line.contributors()).isEqualTo(3);
              assertThat(line.agreements()).isEmpty();
              assertThat(line.initiatives()).containsExactly("RI-AFR");
            });
    assertThat(priority.lessons()).isEmpty();
    assertThat(priority.mobilizedUsd()).isEqualByComparingTo("350000.00");
    assertThat(priority.outcomes()).isEqualTo(report.priorities().get(0).outcomes());
    assertThat(published.mobilizedUsd()).isEqualByComparingTo("350000.00");
  }
}
