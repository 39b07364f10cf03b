package org.accord.duediligence.process;

import org.accord.duediligence.process.DueDiligenceProcess.Tasks;
import org.accord.shared.process.DecisionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The findings each review of {@code due-diligence} completes with; findings are explained. */
@Configuration(proxyBeanMethods = false)
class DueDiligenceDecisionRules {

  @Bean
  DecisionRule legalFindings() {
    return DecisionRule.of(Tasks.LEGAL_REVIEW, "legalFindings", "CLEAR", "CONCERNS", "BLOCKING")
        .commentRequiredFor("legalComment", "CLEAR", "CONCERNS", "BLOCKING");
  }

  @Bean
  DecisionRule financialFindings() {
    return DecisionRule.of(
            Tasks.FINANCIAL_REVIEW, "financialFindings", "CLEAR", "CONCERNS", "BLOCKING")
        .commentRequiredFor("financialComment", "CLEAR", "CONCERNS", "BLOCKING");
  }

  @Bean
  DecisionRule complianceDecision() {
    return DecisionRule.of(Tasks.COMPLIANCE_REVIEW, "complianceDecision", "ACCEPT_RISK", "REJECT")
        .commentRequiredFor("complianceComment", "ACCEPT_RISK", "REJECT");
  }
}
