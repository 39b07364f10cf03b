package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.FINAL_REPORT;
import static org.accord.reporting.ProgressReportingProcess.Variables.PROGRAMME_FIGURES;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD_LABEL;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_NARRATIVE;
import static org.accord.reporting.ProgressReportingProcess.Variables.SPENT_BEFORE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.budget.Budget;
import org.accord.budget.BudgetService;
import org.accord.reporting.IndicatorActual;
import org.accord.reporting.LineSpending;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.PeriodStatus;
import org.accord.reporting.ProgressReport;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportFigures;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingPeriods;
import org.accord.reporting.ReportingProperties;
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
  private final ReportingPeriods reporting;
  private final ProgressReports reports;
  private final ResultsFrameworkService results;
  private final BudgetService budgets;
  private final ReportingProperties properties;
  private final List<ReportFigures> figures;

  ReportingCycle(
      AgreementService agreements,
      ReportingPeriods reporting,
      ProgressReports reports,
      ResultsFrameworkService results,
      BudgetService budgets,
      ReportingProperties properties,
      List<ReportFigures> figures) {
    this.agreements = agreements;
    this.reporting = reporting;
    this.reports = reports;
    this.results = results;
    this.budgets = budgets;
    this.properties = properties;
    this.figures = figures;
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
   * with the value expected by its end, each line of the budget with what was spent on it before,
   * the figures other features keep about the agreement (a training cooperation's), and, for a
   * report sent back, what was submitted before.
   */
  public void open(DelegateExecution execution) {
    Agreement agreement = agreement(execution);
    ReportingPeriod period = reporting.open(agreement.id(), periodNumber(execution));
    List<PeriodReport> all = reports.reports(agreement);
    List<PeriodReport> before =
        all.stream().filter(report -> report.period().number() < period.number()).toList();
    execution.setVariable(REPORTING_PERIOD_LABEL, ReportFormContent.label(period, all.size()));
    execution.setVariable(FINAL_REPORT, period.finalPeriod());
    execution.setVariable(SPENT_BEFORE, PeriodReport.spent(before).toPlainString());
    figures.stream()
        .map(source -> source.of(agreement))
        .flatMap(Optional::stream)
        .reduce((one, other) -> one + "\n\n" + other)
        .ifPresent(text -> execution.setVariable(PROGRAMME_FIGURES, text));
    Optional<ProgressReport> latest = latestSubmission(all, period);
    latest.ifPresent(report -> execution.setVariable(REPORT_NARRATIVE, report.narrative()));
    ExpenditureForm.offerForSubmission(
        execution, LineSpending.of(budget(agreement), before), latest, agreement.currency());
    offerActuals(execution, agreement, period, latest);
  }

  /**
   * The forms show what the period's report now says: after a submission, for the review, its
   * indicators and its expenditure by line beside the budget.
   */
  void offerSubmitted(DelegateExecution execution) {
    Agreement agreement = agreement(execution);
    ReportingPeriod period = period(execution);
    List<PeriodReport> all = reports.reports(agreement);
    Optional<ProgressReport> latest = latestSubmission(all, period);
    latest.ifPresent(
        report ->
            ExpenditureForm.offerForReview(
                execution,
                LineSpending.of(
                    budget(agreement),
                    all.stream()
                        .filter(each -> each.period().number() <= period.number())
                        .toList()),
                report,
                agreement.currency()));
    offerActuals(execution, agreement, period, latest);
  }

  private Budget budget(Agreement agreement) {
    return budgets.budget(agreement.id(), agreement.currency());
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
            .map(indicator -> ReportFormContent.entry(agreement, period, indicator, submitted))
            .toList());
  }

  private static Optional<ProgressReport> latestSubmission(
      List<PeriodReport> all, ReportingPeriod period) {
    return all.stream()
        .filter(report -> report.period().number() == period.number())
        .findFirst()
        .flatMap(PeriodReport::latest);
  }

  public void overdue(DelegateExecution execution) {
    reporting.markOverdue(agreement(execution).id(), periodNumber(execution));
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
