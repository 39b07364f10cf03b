package org.accord.amendment.process;

import static org.accord.amendment.AgreementAmendmentProcess.Tasks.APPROVE_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.REVIEW_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Tasks.SIGN_OFF_AMENDMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.AMENDMENT_REVIEW;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.AMENDMENT_REVIEW_COMMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.APPROVAL_COMMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.APPROVAL_DECISION;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.APPROVER_GROUPS;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.DONOR_COMMENT;
import static org.accord.amendment.AgreementAmendmentProcess.Variables.DONOR_DECISION;

import java.util.Set;
import org.accord.amendment.AgreementAmendmentProcess;
import org.accord.amendment.AgreementAmendmentProcess.ApprovalDecision;
import org.accord.amendment.AgreementAmendmentProcess.DonorDecision;
import org.accord.amendment.AgreementAmendmentProcess.ReviewDecision;
import org.accord.shared.process.AgencyOnlyVariables;
import org.accord.shared.process.DecisionRule;
import org.accord.shared.process.ProcessAccess;
import org.accord.shared.process.TaskInputs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What each task of {@code agreement-amendment} completes with; a refusal always says why. */
@Configuration(proxyBeanMethods = false)
class AmendmentDecisionRules {

  @Bean
  DecisionRule amendmentReviewRule() {
    return DecisionRule.of(
        REVIEW_AMENDMENT, AMENDMENT_REVIEW, ReviewDecision.class, AMENDMENT_REVIEW_COMMENT);
  }

  @Bean
  DecisionRule amendmentApprovalRule() {
    return DecisionRule.of(
        APPROVE_AMENDMENT, APPROVAL_DECISION, ApprovalDecision.class, APPROVAL_COMMENT);
  }

  @Bean
  DecisionRule amendmentSignOffRule() {
    return DecisionRule.of(SIGN_OFF_AMENDMENT, DONOR_DECISION, DonorDecision.class, DONOR_COMMENT);
  }

  @Bean
  TaskInputs amendmentTaskInputs() {
    return TaskInputs.none()
        .task(REVIEW_AMENDMENT, AMENDMENT_REVIEW, AMENDMENT_REVIEW_COMMENT)
        .task(APPROVE_AMENDMENT, APPROVAL_DECISION, APPROVAL_COMMENT)
        .task(SIGN_OFF_AMENDMENT, DONOR_DECISION, DONOR_COMMENT);
  }

  /** The agency's review and approvals, gone before the donor's sign-off. */
  /** Started by the amendment request (a message), never from Tasklist; the partner signs off. */
  @Bean
  ProcessAccess amendmentAccess() {
    return new ProcessAccess(AgreementAmendmentProcess.KEY, Set.of(), true);
  }

  @Bean
  AgencyOnlyVariables amendmentAgencyOnlyVariables() {
    return AgencyOnlyVariables.of(
        AgreementAmendmentProcess.KEY,
        AMENDMENT_REVIEW,
        AMENDMENT_REVIEW_COMMENT,
        APPROVAL_DECISION,
        APPROVAL_COMMENT,
        APPROVER_GROUPS);
  }
}
