package org.accord.reporting.web;

import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE;
import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE_BY_LINE;
import static org.accord.reporting.ProgressReportingProcess.Variables.INDICATOR_ACTUALS;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_DECISION;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_NARRATIVE;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_REVIEW_COMMENT;

import java.util.List;
import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.reporting.AgreementProgress;
import org.accord.reporting.Evaluation;
import org.accord.reporting.EvaluationService;
import org.accord.reporting.PeriodReport;
import org.accord.reporting.ProgressAgainstPlan;
import org.accord.reporting.ProgressReportingProcess.Tasks;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportSubmission;
import org.accord.reporting.ReportingPeriod;
import org.accord.reporting.ReportingPeriods;
import org.accord.reporting.process.ExpenditureForm;
import org.accord.reporting.process.IndicatorActualsForm;
import org.accord.security.CurrentUser;
import org.accord.shared.ConflictException;
import org.accord.shared.ForbiddenException;
import org.accord.shared.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports and indicator progress of an agreement. Submitting and reviewing a report here completes
 * the period's task in the engine, as the user: the same checks hold as in Tasklist.
 */
@RestController
class ReportingController {

  record Review(String decision, String comment) {}

  private final AgreementService agreements;
  private final ReportingPeriods reporting;
  private final ProgressReports reports;
  private final ProgressAgainstPlan progress;
  private final EvaluationService evaluations;
  private final TaskService taskService;
  private final CurrentUser currentUser;

  ReportingController(
      AgreementService agreements,
      ReportingPeriods reporting,
      ProgressReports reports,
      ProgressAgainstPlan progress,
      EvaluationService evaluations,
      TaskService taskService,
      CurrentUser currentUser) {
    this.agreements = agreements;
    this.reporting = reporting;
    this.reports = reports;
    this.progress = progress;
    this.evaluations = evaluations;
    this.taskService = taskService;
    this.currentUser = currentUser;
  }

  /** Every reporting period with its due date, status, and each submission of its report. */
  @GetMapping("/api/agreements/{reference}/reports")
  List<PeriodReport> reports(@PathVariable String reference) {
    return reports.reports(agreements.requireVisible(reference, currentUser::mayActFor));
  }

  /** Actual against expected per indicator and period, rated, and spending against budget. */
  @GetMapping("/api/agreements/{reference}/progress")
  AgreementProgress progress(@PathVariable String reference) {
    return progress.progress(agreements.requireVisible(reference, currentUser::mayActFor));
  }

  /** The closing evaluation, once a manager has made it. */
  @GetMapping("/api/agreements/{reference}/evaluation")
  Evaluation evaluation(@PathVariable String reference) {
    return evaluations
        .find(agreements.requireVisible(reference, currentUser::mayActFor))
        .orElseThrow(() -> new NotFoundException(reference + " has not been evaluated yet"));
  }

  @PostMapping("/api/agreements/{reference}/reports/{period}")
  PeriodReport submit(
      @PathVariable String reference,
      @PathVariable int period,
      @RequestBody ReportSubmission submission) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    VariableMap variables =
        Variables.createVariables()
            .putValue(REPORT_NARRATIVE, submission.narrative())
            .putValue(EXPENDITURE, submission.expenditure())
            .putValue(EXPENDITURE_BY_LINE, ExpenditureForm.list(submission.expenditureByLine()))
            .putValue(INDICATOR_ACTUALS, IndicatorActualsForm.list(submission.indicatorActuals()));
    taskService.complete(openTask(agreement, period, Tasks.SUBMIT_PROGRESS_REPORT), variables);
    return periodReport(agreement, period);
  }

  @PostMapping("/api/agreements/{reference}/reports/{period}/review")
  PeriodReport review(
      @PathVariable String reference, @PathVariable int period, @RequestBody Review review) {
    Agreement agreement = agreements.requireVisible(reference, currentUser::mayActFor);
    VariableMap variables =
        Variables.createVariables()
            .putValue(REPORT_DECISION, review.decision())
            .putValue(REPORT_REVIEW_COMMENT, review.comment());
    taskService.complete(openTask(agreement, period, Tasks.REVIEW_PROGRESS_REPORT), variables);
    return periodReport(agreement, period);
  }

  private String openTask(Agreement agreement, int number, String taskKey) {
    if (!currentUser.isInternal()) {
      throw new ForbiddenException("Progress reports are written and reviewed by the agency");
    }
    ReportingPeriod period =
        reporting.periodsOf(agreement.id()).stream()
            .filter(candidate -> candidate.number() == number)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        agreement.reference() + " has no reporting period " + number));
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(agreement.reference())
            .taskDefinitionKey(taskKey)
            .processVariableValueEquals(REPORTING_PERIOD, number)
            .singleResult();
    if (task == null) {
      throw new ConflictException(
          "Period "
              + number
              + " of "
              + agreement.reference()
              + " is "
              + period.status()
              + ": there is no "
              + taskKey
              + " task open for you");
    }
    return task.getId();
  }

  private PeriodReport periodReport(Agreement agreement, int number) {
    return reports.reports(agreement).stream()
        .filter(report -> report.period().number() == number)
        .findFirst()
        .orElseThrow();
  }
}
