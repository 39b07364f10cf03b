package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.EXPENDITURE;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORTING_PERIOD;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_DECISION;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_NARRATIVE;
import static org.accord.reporting.ProgressReportingProcess.Variables.REPORT_REVIEW_COMMENT;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.reporting.EvaluationService;
import org.accord.reporting.ProgressReportingProcess;
import org.accord.reporting.ProgressReports;
import org.accord.reporting.ReportSubmission;
import org.accord.security.CurrentUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.UserTaskPlugin;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Stores what the monitoring tasks were completed with, in the same transaction: the progress
 * report, the manager's review, the closing evaluation. Whatever the client, a report that does not
 * match the agreement's indicators is refused with a 400 naming the field, and the task stays open.
 */
@Component
class ReportRecordingPlugin extends UserTaskPlugin {

  private final AgreementService agreements;
  private final ProgressReports reports;
  private final EvaluationService evaluations;
  private final CurrentUser currentUser;
  private final ReportingCycle cycle;

  ReportRecordingPlugin(
      @Lazy AgreementService agreements,
      @Lazy ProgressReports reports,
      @Lazy EvaluationService evaluations,
      CurrentUser currentUser,
      @Lazy ReportingCycle cycle) {
    this.agreements = agreements;
    this.reports = reports;
    this.evaluations = evaluations;
    this.currentUser = currentUser;
    this.cycle = cycle;
  }

  @Override
  protected void configure(UserTask task) {
    switch (task.key()) {
      case ProgressReportingProcess.Tasks.SUBMIT_PROGRESS_REPORT ->
          task.whenCompleted(this::submitted);
      case ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT ->
          task.whenCompleted(this::reviewed);
      case PartnershipAgreementProcess.Tasks.EVALUATE_AGREEMENT ->
          task.whenCompleted(this::evaluated);
      default -> {}
    }
  }

  private void submitted(DelegateExecution execution) {
    refusingBadInput(
        () -> {
          Object expenditure = execution.getVariable(EXPENDITURE);
          Object narrative = execution.getVariable(REPORT_NARRATIVE);
          reports.submit(
              agreement(execution),
              period(execution),
              new ReportSubmission(
                  narrative == null ? null : narrative.toString(),
                  expenditure == null ? null : expenditure.toString(),
                  ExpenditureForm.submitted(execution),
                  IndicatorActualsForm.submitted(execution)),
              currentUser.actor());
          // The manager's form shows what was recorded, whichever client submitted it.
          cycle.offerSubmitted(execution);
        });
  }

  private void reviewed(DelegateExecution execution) {
    refusingBadInput(
        () -> {
          Object decision = execution.getVariable(REPORT_DECISION);
          Object comment = execution.getVariable(REPORT_REVIEW_COMMENT);
          reports.review(
              agreement(execution),
              period(execution),
              decision == null ? null : decision.toString(),
              comment == null ? null : comment.toString(),
              currentUser.actor());
        });
  }

  private void evaluated(DelegateExecution execution) {
    refusingBadInput(
        () -> {
          Object rating = execution.getVariable("evaluationRating");
          Object lessons = execution.getVariable("lessonsLearned");
          evaluations.evaluate(
              agreement(execution),
              rating == null ? null : rating.toString(),
              lessons == null ? null : lessons.toString(),
              currentUser.actor());
        });
  }

  private static void refusingBadInput(Runnable recording) {
    try {
      recording.run();
    } catch (InvalidInputException invalid) {
      throw FormRejection.of(invalid);
    }
  }

  private Agreement agreement(DelegateExecution execution) {
    return agreements.require(execution.getProcessBusinessKey());
  }

  private static int period(DelegateExecution execution) {
    return ((Number) execution.getVariable(REPORTING_PERIOD)).intValue();
  }
}
