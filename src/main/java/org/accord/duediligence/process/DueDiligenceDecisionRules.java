package org.accord.duediligence.process;

import static org.accord.duediligence.DueDiligenceProcess.Variables.*;

import org.accord.duediligence.DueDiligenceProcess.ComplianceDecision;
import org.accord.duediligence.DueDiligenceProcess.Findings;
import org.accord.duediligence.DueDiligenceProcess.Tasks;
import org.accord.duediligence.SanctionsReviewProcess;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each review of {@code due-diligence} completes with, findings explained; and the decision on
 * a {@code sanctions-review} match, where a confirmed match says why.
 */
@Configuration(proxyBeanMethods = false)
class DueDiligenceDecisionRules {

  @Bean
  DecisionRule legalFindingsRule() {
    return DecisionRule.of(Tasks.LEGAL_REVIEW, LEGAL_FINDINGS, Findings.class, LEGAL_COMMENT);
  }

  @Bean
  DecisionRule financialFindingsRule() {
    return DecisionRule.of(
        Tasks.FINANCIAL_REVIEW, FINANCIAL_FINDINGS, Findings.class, FINANCIAL_COMMENT);
  }

  @Bean
  DecisionRule complianceDecisionRule() {
    return DecisionRule.of(
        Tasks.COMPLIANCE_REVIEW, COMPLIANCE_DECISION, ComplianceDecision.class, COMPLIANCE_COMMENT);
  }

  @Bean
  TaskInputs dueDiligenceTaskInputs() {
    return TaskInputs.none()
        .task(Tasks.LEGAL_REVIEW, LEGAL_FINDINGS, LEGAL_COMMENT)
        .task(Tasks.FINANCIAL_REVIEW, FINANCIAL_FINDINGS, FINANCIAL_COMMENT)
        .task(Tasks.COMPLIANCE_REVIEW, COMPLIANCE_DECISION, COMPLIANCE_COMMENT)
        .task(
            SanctionsReviewProcess.Tasks.REVIEW_SANCTIONS_MATCH,
            SanctionsReviewProcess.Variables.SANCTIONS_DECISION,
            SanctionsReviewProcess.Variables.SANCTIONS_COMMENT);
  }

  @Bean
  DecisionRule sanctionsDecisionRule() {
    return DecisionRule.of(
        SanctionsReviewProcess.Tasks.REVIEW_SANCTIONS_MATCH,
        SanctionsReviewProcess.Variables.SANCTIONS_DECISION,
        SanctionsReviewProcess.SanctionsDecision.class,
        SanctionsReviewProcess.Variables.SANCTIONS_COMMENT);
  }
}
