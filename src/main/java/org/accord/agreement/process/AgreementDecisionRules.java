package org.accord.agreement.process;

import org.accord.agreement.process.PartnershipAgreementProcess.Tasks;
import org.accord.shared.process.DecisionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decisions each task of {@code partnership-agreement} completes with. */
@Configuration(proxyBeanMethods = false)
class AgreementDecisionRules {

  @Bean
  DecisionRule screeningDecision() {
    return DecisionRule.of(Tasks.SCREEN_PROPOSAL, "screeningDecision", "ACCEPT", "REVISE", "REJECT")
        .commentRequiredFor("screeningComment", "REVISE", "REJECT");
  }

  @Bean
  DecisionRule approvalDecision() {
    return DecisionRule.of(
            Tasks.APPROVE_AGREEMENT, "approvalDecision", "APPROVE", "RETURN", "REJECT")
        .commentRequiredFor("approvalComment", "RETURN", "REJECT");
  }

  @Bean
  DecisionRule donorDecision() {
    return DecisionRule.of(
            Tasks.DONOR_SIGN_OFF, "donorDecision", "APPROVE", "REQUEST_CHANGES", "DECLINE")
        .commentRequiredFor("donorComment", "REQUEST_CHANGES", "DECLINE");
  }

  @Bean
  DecisionRule agencySignature() {
    return DecisionRule.of(Tasks.SIGN_MOU_AGENCY, "agencySigned", "true")
        .commentRequiredFor("agencySignatory", "true");
  }

  @Bean
  DecisionRule partnerSignature() {
    return DecisionRule.of(Tasks.SIGN_MOU_PARTNER, "partnerSigned", "true")
        .commentRequiredFor("partnerSignatory", "true");
  }

  @Bean
  DecisionRule evaluationRating() {
    return DecisionRule.of(
            Tasks.EVALUATE_AGREEMENT,
            "evaluationRating",
            "ACHIEVED_AS_PLANNED",
            "PARTIALLY_ACHIEVED",
            "NOT_ACHIEVED")
        .commentRequiredFor(
            "lessonsLearned", "ACHIEVED_AS_PLANNED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED");
  }
}
