package org.accord.reporting.process;

import static org.accord.reporting.ProgressReportingProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import org.accord.reporting.ProgressReportingProcess;
import org.accord.reporting.ProgressReportingProcess.Tasks;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each task of {@code progress-reporting} completes with: the report, then the review's
 * decision; a report sent back says what to revise.
 */
@Configuration(proxyBeanMethods = false)
class ReportingDecisionRules {

  @Bean
  DecisionRule reportDecisionRule() {
    return DecisionRule.of(
        ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT,
        ProgressReportingProcess.Variables.REPORT_DECISION,
        ProgressReportingProcess.ReportDecision.class,
        ProgressReportingProcess.Variables.REPORT_REVIEW_COMMENT);
  }

  @Bean
  TaskInputs reportingTaskInputs() {
    List<String> report = new ArrayList<>(IndicatorActualsForm.slots());
    report.addAll(ExpenditureForm.FIELDS.values());
    report.addAll(List.of(REPORT_NARRATIVE, EXPENDITURE, EXPENDITURE_BY_LINE, INDICATOR_ACTUALS));
    return TaskInputs.none()
        .task(Tasks.SUBMIT_PROGRESS_REPORT, report.toArray(String[]::new))
        .task(Tasks.REVIEW_PROGRESS_REPORT, REPORT_DECISION, REPORT_REVIEW_COMMENT);
  }
}
