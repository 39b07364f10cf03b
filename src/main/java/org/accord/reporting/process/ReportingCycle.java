package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE;
import static org.accord.reporting.ProgressReportingProcess.Variables.FINAL_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD_LABEL;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_NARRATIVE;
import static org.accord.reporting.ProgressReportingProcess.Variables.SPENT_BEFORE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ProgressRating;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.ProgressReportService;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingProperties;
import org.accord.reporting.ReportingService;
import org.accord.results.IndicatorPlan;
import org.accord.results.ResultsFrameworkService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The reporting schedule as the processes see it. The main process runs one {@code
 * progress-reporting} per period ({@code ${reportingCycle.periodNumbers(execution)}}); each waits
 * for its period to end, then asks for the report by its due date.
 */
@Component("reportingCycle")
public class ReportingCycle {

  private final AgreementService agreements;
  private final ReportingService reporting;
  private final ProgressReportService reports;
  private final ResultsFrameworkService results;
  private final ReportingProperties properties;

  ReportingCycle(
      AgreementService agreements,
      ReportingService reporting,
      ProgressReportService reports,
      ResultsFrameworkService results,
      ReportingProperties properties) {
    this.agreements = agreements;
    this.reporting = reporting;
    this.reports = reports;
    this.results = results;
    this.properties = properties;
  }

  public List<Integer> periodNumbers(DelegateExecution execution) {
    return reporting.periodsOf(agreement(execution).id()).stream()
        .map(ReportingPeriod::number)
        .toList();
  }

  /** The first day after the period: its report can be written from then on. */
  public Date reportableFrom(DelegateExecution execution) {
    return startOf(period(execution).endsOn().plusDays(1));
  }

  /**
   * When the report is overdue: the end of its due date, or, for a report sent back, the end of the
   * time allowed to revise it.
   */
  public Date submitBy(DelegateExecution execution) {
    ReportingPeriod period = period(execution);
    if (period.status() == PeriodStatus.SENT_BACK) {
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
      return startOf(today.plus(properties.revisionAllowance()).plusDays(1));
    }
    return startOf(period.dueOn().plusDays(1));
  }

  /**
   * The period is due: it says so, and the officer's form gets the period, an entry per indicator
   * with the value expected by its end, and, for a report sent back, what was submitted before.
   */
  public void open(DelegateExecution execution) {
    Agreement agreement = agreement(execution);
    ReportingPeriod period = reporting.open(agreement.id(), periodNumber(execution));
    List<PeriodReport> all = reports.reports(agreement);
    execution.setVariable(REPORTING_PERIOD_LABEL, label(period, all.size()));
    execution.setVariable(FINAL_REPORT, period.finalPeriod());
    execution.setVariable(SPENT_BEFORE, spentBefore(all, period.number()).toPlainString());
    Optional<ProgressReport> latest = latestSubmission(all, period);
    latest.ifPresent(
        report -> {
          execution.setVariable(REPORT_NARRATIVE, report.narrative());
          execution.setVariable(EXPENDITURE, report.expenditure().toPlainString());
        });
    offerActuals(execution, agreement, period, latest);
  }

  /** The forms show what the period's report now says: after a submission, for the review. */
  void offerActuals(DelegateExecution execution) {
    Agreement agreement = agreement(execution);
    ReportingPeriod period = period(execution);
    offerActuals(
        execution, agreement, period, latestSubmission(reports.reports(agreement), period));
  }

  /**
   * Puts an entry per indicator in the forms: its expected value by the period's end and what the
   * latest submission of the period's report said of it, if there is one.
   */
  private void offerActuals(
      DelegateExecution execution,
      Agreement agreement,
      ReportingPeriod period,
      Optional<ProgressReport> latest) {
    List<IndicatorActual> submitted =
        latest.map(ProgressReport::indicatorActuals).orElse(List.of());
    IndicatorActualsForm.offer(
        execution,
        results.indicators(agreement.id()).stream()
            .map(indicator -> entry(agreement, period, indicator, submitted))
            .toList());
  }

  private static Optional<ProgressReport> latestSubmission(
      List<PeriodReport> all, ReportingPeriod period) {
    return all.stream()
        .filter(report -> report.period().number() == period.number())
        .map(PeriodReport::submissions)
        .filter(submissions -> !submissions.isEmpty())
        .map(submissions -> submissions.get(submissions.size() - 1))
        .findFirst();
  }

  public void overdue(DelegateExecution execution) {
    reporting.markOverdue(agreement(execution).id(), periodNumber(execution));
  }

  private static Map<String, Object> entry(
      Agreement agreement,
      ReportingPeriod period,
      IndicatorPlan indicator,
      List<IndicatorActual> previousActuals) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("code", indicator.code());
    entry.put("indicator", indicator.name() + " (" + indicator.unit() + ")");
    entry.put(
        "expected",
        indicator.isQualitative()
            ? indicator.targetDescription()
            : ProgressRating.expected(
                        indicator, agreement.startDate(), agreement.endDate(), period.endsOn())
                    .setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString()
                + " by "
                + period.endsOn()
                + " (target "
                + indicator.target().stripTrailingZeros().toPlainString()
                + " by "
                + agreement.endDate()
                + ")");
    entry.put("measure", indicator.measureOrDefault().name());
    previousActuals.stream()
        .filter(actual -> actual.code().equals(indicator.code()))
        .findFirst()
        .ifPresent(
            actual -> {
              if (actual.value() != null) {
                entry.put("value", actual.value().stripTrailingZeros().toPlainString());
              }
              if (actual.description() != null) {
                entry.put("description", actual.description());
              }
              if (actual.rating() != null) {
                entry.put("rating", actual.rating().name());
              }
            });
    return entry;
  }

  private static String label(ReportingPeriod period, int periods) {
    return "Period "
        + period.number()
        + " of "
        + periods
        + ": "
        + period.startsOn()
        + " to "
        + period.endsOn()
        + ", report due "
        + period.dueOn()
        + (period.finalPeriod() ? " (final report)" : "");
  }

  private static BigDecimal spentBefore(List<PeriodReport> all, int number) {
    return all.stream()
        .filter(report -> report.period().number() < number && !report.submissions().isEmpty())
        .map(report -> report.submissions().get(report.submissions().size() - 1).expenditure())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private Agreement agreement(DelegateExecution execution) {
    return agreements.require(execution.getProcessBusinessKey());
  }

  private ReportingPeriod period(DelegateExecution execution) {
    return reporting.period(agreement(execution).id(), periodNumber(execution));
  }

  private static int periodNumber(DelegateExecution execution) {
    return ((Number) execution.getVariable(REPORTING_PERIOD)).intValue();
  }

  static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone()).toInstant());
  }

  private static ZoneId zone() {
    return ZoneId.systemDefault();
  }
}
