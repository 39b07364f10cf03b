package org.accord.training.process;

import static org.accord.agreement.PartnershipAgreementProcess.Variables.APPROVAL_DECISION;

import org.accord.agreement.Agreement;
import org.accord.agreement.AgreementService;
import org.accord.agreement.AgreementType;
import org.accord.agreement.PartnershipAgreementProcess;
import org.accord.agreement.PartnershipAgreementProcess.ApprovalDecision;
import org.accord.shared.InvalidInputException;
import org.accord.shared.process.FormRejection;
import org.accord.shared.process.UserTaskPlugin;
import org.accord.training.TrainingTermsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A training cooperation is approved with its cooperation terms, or not at all: approving one
 * without terms is refused (400 naming {@code trainingTerms}) and the task stays open. Returning or
 * rejecting it needs none.
 */
@Component
class TrainingTermsApprovalPlugin extends UserTaskPlugin {

  private final AgreementService agreements;
  private final TrainingTermsService terms;

  TrainingTermsApprovalPlugin(@Lazy AgreementService agreements, @Lazy TrainingTermsService terms) {
    this.agreements = agreements;
    this.terms = terms;
  }

  @Override
  protected void configure(UserTask task) {
    if (task.key().equals(PartnershipAgreementProcess.Tasks.APPROVE_AGREEMENT)) {
      task.whenCompleted(this::approved);
    }
  }

  private void approved(DelegateExecution execution) {
    if (!ApprovalDecision.APPROVE.name().equals(execution.getVariable(APPROVAL_DECISION))) {
      return;
    }
    Agreement agreement = agreements.require(execution.getProcessBusinessKey());
    if (agreement.type() == AgreementType.TRAINING_COOPERATION
        && terms.find(agreement.id()).isEmpty()) {
      throw FormRejection.of(
          new InvalidInputException(
              "trainingTerms",
              "a training cooperation needs its cooperation terms (courses, fees, revenue"
                  + " share, costs, recognition) before it is approved; a partnership officer"
                  + " gives them with PUT /api/agreements/"
                  + agreement.reference()
                  + "/training-terms. Approve once they are given, or return it to screening"));
    }
  }
}
