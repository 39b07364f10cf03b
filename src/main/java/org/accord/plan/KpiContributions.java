package org.accord.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementAmended;
import org.accord.agreement.AgreementService;
import org.accord.plan.persistence.KpiContributionMapper;
import org.accord.plan.persistence.KpiContributionMapper.Contribution;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportAccepted;
import org.accord.results.IndicatorPlan;
import org.accord.results.ResultsFrameworkService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What each agreement's linked indicators contributed to the plan's KPIs, year by year, restated in
 * the transaction that accepts a report or applies an amendment (which may link, unlink or replace
 * indicators). Only accepted reports count: a report sent back counts once it is accepted, by the
 * submission accepted. A period counts in the calendar year it ends in.
 *
 * <p>Actuals are cumulative, so in a year an indicator has <em>reached</em> the value of its last
 * accepted report of that year and <em>gained</em> that value less the last one of the years before
 * (its baseline before its first report): a KPI that adds up sums the gains, one that averages a
 * percentage weighs what was reached, one that counts countries counts the countries the year's
 * reports named.
 */
@Component
class KpiContributions {

  private final ResultsFrameworkService results;
  private final ProgressReports reports;
  private final KpiContributionMapper contributions;
  private final AgreementService agreements;

  KpiContributions(
      ResultsFrameworkService results,
      ProgressReports reports,
      KpiContributionMapper contributions,
      AgreementService agreements) {
    this.results = results;
    this.reports = reports;
    this.contributions = contributions;
    this.agreements = agreements;
  }

  @EventListener
  public void reportAccepted(ReportAccepted accepted) {
    restate(accepted.agreement());
  }

  @EventListener
  public void amended(AgreementAmended amended) {
    restate(amended.after());
  }

  private void restate(Agreement agreement) {
    contributions.forget(agreement.id());
    List<IndicatorPlan> linked =
        results.indicators(agreement.id()).stream().filter(i -> i.kpi() != null).toList();
    if (linked.isEmpty()) {
      return;
    }
    List<Accepted> accepted = accepted(reports.reports(agreement));
    String initiative = agreements.initiativeOf(agreement.reference());
    for (IndicatorPlan indicator : linked) {
      for (Contribution contribution : byYear(agreement, initiative, indicator, accepted)) {
        contributions.insert(contribution);
      }
    }
  }

  /** A period's accepted report: the year its period ended in and its actuals. */
  private record Accepted(int year, List<IndicatorActual> actuals) {}

  private static List<Accepted> accepted(List<PeriodReport> periods) {
    List<Accepted> accepted = new ArrayList<>();
    periods.stream()
        .filter(period -> period.period().status() == PeriodStatus.ACCEPTED)
        .sorted((a, b) -> a.period().endsOn().compareTo(b.period().endsOn()))
        .forEach(
            period -> {
              ProgressReport report = period.latest().orElseThrow();
              accepted.add(
                  new Accepted(period.period().endsOn().getYear(), report.indicatorActuals()));
            });
    return accepted;
  }

  private static List<Contribution> byYear(
      Agreement agreement, String initiative, IndicatorPlan indicator, List<Accepted> accepted) {
    SortedMap<Integer, BigDecimal> reached = new TreeMap<>();
    SortedMap<Integer, Set<String>> countries = new TreeMap<>();
    for (Accepted report : accepted) {
      for (IndicatorActual actual : report.actuals()) {
        if (actual.code().equals(indicator.code()) && actual.value() != null) {
          reached.put(report.year(), actual.value());
          Set<String> named =
              countries.computeIfAbsent(report.year(), year -> new LinkedHashSet<>());
          if (actual.countries() != null) {
            named.addAll(actual.countries());
          }
        }
      }
    }
    List<Contribution> byYear = new ArrayList<>();
    BigDecimal before = indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
    for (var year : reached.entrySet()) {
      byYear.add(
          new Contribution(
              agreement.id(),
              indicator.code(),
              indicator.kpi().plan(),
              indicator.kpi().code(),
              year.getKey(),
              agreement.region(),
              initiative,
              year.getValue(),
              year.getValue().subtract(before),
              indicator.kpi().base(),
              List.copyOf(countries.get(year.getKey()))));
      before = year.getValue();
    }
    return byYear;
  }
}
