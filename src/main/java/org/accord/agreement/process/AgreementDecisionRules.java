package org.accord.agreement.process;

import static org.accord.agreement.process.PartnershipAgreementProcess.Variables.*;

import org.accord.agreement.process.PartnershipAgreementProcess.Tasks;
import org.accord.shared.process.DecisionRule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The decisions each task of {@code partnership-agreement} completes with. */
@Configuration(proxyBeanMethods = false)
class AgreementDecisionRules {

  @Bean
  DecisionRule screeningDecision() {
    return DecisionRule.of(Tasks.SCREEN_PROPOSAL, SCREENING_DECISION, "ACCEPT", "REVISE", "REJECT")
        .commentRequiredFor(SCREENING_COMMENT, "REVISE", "REJECT");
  }

  @Bean
  DecisionRule approvalDecision() {
    return DecisionRule.of(
            Tasks.APPROVE_AGREEMENT, APPROVAL_DECISION, "APPROVE", "RETURN", "REJECT")
        .commentRequiredFor(APPROVAL_COMMENT, "RETURN", "REJECT");
  }

  @Bean
  DecisionRule donorDecision() {
    return DecisionRule.of(
            Tasks.DONOR_SIGN_OFF, DONOR_DECISION, "APPROVE", "REQUEST_CHANGES", "DECLINE")
        .commentRequiredFor(DONOR_COMMENT, "REQUEST_CHANGES", "DECLINE");
  }

  @Bean
  DecisionRule agencySignature() {
    return DecisionRule.of(Tasks.SIGN_MOU_AGENCY, AGENCY_SIGNED, "true")
        .commentRequiredFor(AGENCY_SIGNATORY, "true");
  }

  @Bean
  DecisionRule partnerSignature() {
    return DecisionRule.of(Tasks.SIGN_MOU_PARTNER, PARTNER_SIGNED, "true")
        .commentRequiredFor(PARTNER_SIGNATORY, "true");
  }

  @Bean
  DecisionRule evaluationRating() {
    return DecisionRule.of(
            Tasks.EVALUATE_AGREEMENT,
            EVALUATION_RATING,
            "ACHIEVED_AS_PLANNED",
            "PARTIALLY_ACHIEVED",
            "NOT_ACHIEVED")
        .commentRequiredFor(
            LESSONS_LEARNED, "ACHIEVED_AS_PLANNED", "PARTIALLY_ACHIEVED", "NOT_ACHIEVED");
  }
}
