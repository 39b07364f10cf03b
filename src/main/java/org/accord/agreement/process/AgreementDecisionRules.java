package org.accord.agreement.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.*;

import java.util.Set;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.agreement.PartnershipAgreementProcess.ApprovalDecision;
import org.accord.agreement.PartnershipAgreementProcess.DonorDecision;
import org.accord.agreement.PartnershipAgreementProcess.EvaluationRating;
import org.accord.agreement.PartnershipAgreementProcess.ScreeningDecision;
import org.accord.agreement.PartnershipAgreementProcess.SettlementDecision;
import org.accord.agreement.PartnershipAgreementProcess.Tasks;
import org.accord.security.Roles;
import org.accord.shared.process.AgencyOnlyVariables;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What each task of {@code partnership-agreement} completes with: its decision, and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class AgreementDecisionRules {

  @Bean
  DecisionRule screeningDecisionRule() {
    return DecisionRule.of(
        Tasks.SCREEN_PROPOSAL, SCREENING_DECISION, ScreeningDecision.class, SCREENING_COMMENT);
  }

  @Bean
  DecisionRule approvalDecisionRule() {
    return DecisionRule.of(
        Tasks.APPROVE_AGREEMENT, APPROVAL_DECISION, ApprovalDecision.class, APPROVAL_COMMENT);
  }

  @Bean
  DecisionRule donorDecisionRule() {
    return DecisionRule.of(
        Tasks.DONOR_SIGN_OFF, DONOR_DECISION, DonorDecision.class, DONOR_COMMENT);
  }

  @Bean
  DecisionRule agencySignatureRule() {
    return DecisionRule.signature(Tasks.SIGN_MOU_AGENCY, AGENCY_SIGNED, AGENCY_SIGNATORY);
  }

  @Bean
  DecisionRule partnerSignatureRule() {
    return DecisionRule.signature(Tasks.SIGN_MOU_PARTNER, PARTNER_SIGNED, PARTNER_SIGNATORY);
  }

  @Bean
  DecisionRule evaluationRatingRule() {
    return DecisionRule.of(
        Tasks.EVALUATE_AGREEMENT, EVALUATION_RATING, EvaluationRating.class, LESSONS_LEARNED);
  }

  @Bean
  DecisionRule settlementDecisionRule() {
    return DecisionRule.of(
        Tasks.SETTLE_BALANCE, SETTLEMENT_DECISION, SettlementDecision.class, SETTLEMENT_NOTE);
  }

  @Bean
  TaskInputs agreementTaskInputs() {
    return TaskInputs.none()
        .task(Tasks.SCREEN_PROPOSAL, SCREENING_DECISION, SCREENING_COMMENT)
        .task(
            Tasks.REVISE_PROPOSAL,
            TITLE,
            AMOUNT,
            CURRENCY,
            START_DATE,
            END_DATE,
            BENEFICIARY_COUNTRIES,
            AGREEMENT_TYPE,
            PRIORITY,
            REGION,
            REPORTING_FREQUENCY,
            REVISION_NOTE)
        .task(Tasks.APPROVE_AGREEMENT, APPROVAL_DECISION, APPROVAL_COMMENT)
        .task(Tasks.DONOR_SIGN_OFF, DONOR_DECISION, DONOR_COMMENT)
        .task(Tasks.SIGN_MOU_AGENCY, AGENCY_SIGNED, AGENCY_SIGNATORY)
        .task(Tasks.SIGN_MOU_PARTNER, PARTNER_SIGNED, PARTNER_SIGNATORY, PARTNER_SIGNATORY_TITLE)
        .task(Tasks.EVALUATE_AGREEMENT, EVALUATION_RATING, LESSONS_LEARNED)
        .task(
            Tasks.SETTLE_BALANCE,
            SETTLEMENT_DECISION,
            SETTLEMENT_NOTE,
            REFUND_VALUE_DATE,
            REFUND_BANK_REFERENCE,
            DONOR_CONSENT_REFERENCE,
            DONOR_CONSENT_DATE);
  }

  /** Partnership officers propose agreements; the partner signs off and signs in it. */
  @Bean
  ProcessAccess agreementAccess() {
    return new ProcessAccess(
        PartnershipAgreementProcess.KEY, Set.of(Roles.PARTNERSHIP_OFFICERS), true);
  }

  /** The agency's assessment and internal decisions, gone before the donor's sign-off. */
  @Bean
  AgencyOnlyVariables agreementAgencyOnlyVariables() {
    return AgencyOnlyVariables.of(
        PartnershipAgreementProcess.KEY,
        RISK_RATING,
        DUE_DILIGENCE_OUTCOME,
        DUE_DILIGENCE_FINDINGS,
        DUE_DILIGENCE_REQUIRED,
        SCREENING_DECISION,
        SCREENING_COMMENT,
        APPROVAL_DECISION,
        APPROVAL_COMMENT,
        APPROVER_GROUPS,
        DONOR_PROFILE,
        REVISION_NOTE);
  }
}
