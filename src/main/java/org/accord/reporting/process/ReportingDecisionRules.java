package org.accord.reporting.process;

import org.accord.shared.process.DecisionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The review decision of {@code progress-reporting}; a report sent back says what to revise. */
@Configuration(proxyBeanMethods = false)
class ReportingDecisionRules {

  @Bean
  DecisionRule reportDecision() {
    return DecisionRule.of(
            ProgressReportingProcess.Tasks.REVIEW_PROGRESS_REPORT,
            ProgressReportingProcess.Variables.REPORT_DECISION,
            "ACCEPT",
            "REVISE")
        .commentRequiredFor(ProgressReportingProcess.Variables.REPORT_REVIEW_COMMENT, "REVISE");
  }
}
